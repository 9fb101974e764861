// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "WorkspaceSwitcher.hpp"

#include "Workspace.hpp"
#include "WorkspaceStack.hpp"

#include <QAction>
#include <QActionGroup>

namespace lupa::app {

WorkspaceSwitcher::WorkspaceSwitcher(WorkspaceStack* stack, QWidget* parent)
    : QToolBar(tr("Workspaces"), parent)
    , m_stack(stack)
    , m_group(new QActionGroup(this)) {
    setObjectName(QStringLiteral("workspaceToolBar"));
    setMovable(false);
    setFloatable(false);
    setIconSize(QSize(22, 22));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_group->setExclusive(true);
    const QList<Workspace*>& workspaces = m_stack->workspaces();
    for (int i = 0; i < workspaces.size(); ++i)
        addWorkspaceAction(workspaces[i], i);
    connect(m_stack, &WorkspaceStack::currentWorkspaceChanged, this, &WorkspaceSwitcher::followCurrent);
    followCurrent(m_stack->current());
}

void WorkspaceSwitcher::addWorkspaceAction(Workspace* workspace, int index) {
    QAction* action = addAction(workspace->icon(), workspace->title());
    action->setObjectName(QStringLiteral("workspaceAction-") + workspace->id());
    action->setCheckable(true);
    action->setData(workspace->id());
    if (index < 9) {
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            workspace->title(), action->shortcut().toString(QKeySequence::NativeText)));
    }
    action->setShortcutContext(Qt::ApplicationShortcut);
    m_group->addAction(action);
    m_actions.append(action);
    connect(action, &QAction::triggered, this, [this, workspace] { m_stack->setCurrent(workspace); });
}

void WorkspaceSwitcher::followCurrent(Workspace* workspace) {
    for (QAction* action : m_actions)
        action->setChecked(workspace != nullptr && action->data().toString() == workspace->id());
}

} // namespace lupa::app
