// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "WorkspaceContext.hpp"

#include <QList>
#include <QStackedWidget>

namespace lupa::app {

class Workspace;

/// The main window's central widget: every workspace, one shown at a time.
class WorkspaceStack : public QStackedWidget {
    Q_OBJECT

public:
    explicit WorkspaceStack(QWidget* parent = nullptr);

    /// Creates every workspace of the WorkspaceRegistry, in its order.
    void populate(const WorkspaceContext& context);
    /// Adds one workspace (the stack takes ownership).
    void addWorkspace(Workspace* workspace);

    /// All workspaces, in tab order.
    [[nodiscard]] const QList<Workspace*>& workspaces() const { return m_workspaces; }
    /// The workspace shown, or nullptr when there is none.
    [[nodiscard]] Workspace* current() const;
    /// The workspace with this id, or nullptr.
    [[nodiscard]] Workspace* find(const QString& id) const;
    /// The first workspace of type W, or nullptr.
    template <typename W>
    [[nodiscard]] W* find() const {
        for (Workspace* workspace : m_workspaces) {
            if (auto* typed = qobject_cast<W*>(workspace))
                return typed;
        }
        return nullptr;
    }

    /// Shows the workspace with this id; false when there is none.
    bool setCurrent(const QString& id);
    /// Shows `workspace`, which must be one of workspaces().
    void setCurrent(Workspace* workspace);

Q_SIGNALS:
    /// Another workspace is shown now.
    void currentWorkspaceChanged(lupa::app::Workspace* workspace);

private:
    QList<Workspace*> m_workspaces;
};

} // namespace lupa::app
