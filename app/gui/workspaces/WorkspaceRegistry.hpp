// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "WorkspaceContext.hpp"

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace lupa::app {

class Workspace;

/// The workspaces lupa knows. Each capability registers its workspace from its own source file
/// (see WorkspaceRegistration), so adding one touches no other file.
class WorkspaceRegistry {
public:
    /// Creates a workspace for a main window.
    using Factory = std::function<Workspace*(const WorkspaceContext& context, QWidget* parent)>;

    /// One registered workspace.
    struct Entry {
        int order = 0; ///< position in the tab strip and of its Ctrl+<n> shortcut, ascending
        QString id;    ///< the workspace's id()
        Factory create;
    };

    /// The process-wide registry.
    [[nodiscard]] static WorkspaceRegistry& instance();

    /// Registers a workspace; an id registered twice keeps its first entry.
    void add(Entry entry);

    /// Every registered workspace, sorted by order.
    [[nodiscard]] std::vector<Entry> entries() const;

private:
    std::vector<Entry> m_entries;
};

/// Registers workspace type W at static initialisation:
/// `const WorkspaceRegistration<TrackingWorkspace> registration{30, "tracking"};`
/// W needs a constructor W(const WorkspaceContext&, QWidget* parent).
template <typename W>
class WorkspaceRegistration {
public:
    WorkspaceRegistration(int order, const char* id) {
        WorkspaceRegistry::instance().add(
            {order, QString::fromLatin1(id),
             [](const WorkspaceContext& context, QWidget* parent) -> Workspace* {
                 return new W(context, parent);
             }});
    }
};

} // namespace lupa::app
