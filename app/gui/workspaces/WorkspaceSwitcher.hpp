// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QList>
#include <QToolBar>

class QAction;
class QActionGroup;

namespace lupa::app {

class Workspace;
class WorkspaceStack;

/// The tab strip of workspaces: one checkable action per workspace, with Ctrl+1, Ctrl+2, ...
class WorkspaceSwitcher : public QToolBar {
    Q_OBJECT

public:
    /// @param stack the workspaces to switch between; the switcher follows its current workspace
    explicit WorkspaceSwitcher(WorkspaceStack* stack, QWidget* parent = nullptr);

    /// One action per workspace, in order (also for the View menu).
    [[nodiscard]] const QList<QAction*>& workspaceActions() const { return m_actions; }

private:
    void addWorkspaceAction(Workspace* workspace, int index);
    void followCurrent(Workspace* workspace);

    WorkspaceStack* m_stack;
    QActionGroup* m_group;
    QList<QAction*> m_actions;
};

} // namespace lupa::app
