// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "WorkspaceStack.hpp"

#include "Workspace.hpp"
#include "WorkspaceRegistry.hpp"

namespace lupa::app {

WorkspaceStack::WorkspaceStack(QWidget* parent)
    : QStackedWidget(parent) {
    setObjectName(QStringLiteral("workspaceStack"));
    connect(this, &QStackedWidget::currentChanged, this,
            [this](int) { Q_EMIT currentWorkspaceChanged(current()); });
}

void WorkspaceStack::populate(const WorkspaceContext& context) {
    for (const WorkspaceRegistry::Entry& entry : WorkspaceRegistry::instance().entries())
        addWorkspace(entry.create(context, this));
}

void WorkspaceStack::addWorkspace(Workspace* workspace) {
    m_workspaces.append(workspace);
    addWidget(workspace);
}

Workspace* WorkspaceStack::current() const {
    return qobject_cast<Workspace*>(currentWidget());
}

Workspace* WorkspaceStack::find(const QString& id) const {
    for (Workspace* workspace : m_workspaces) {
        if (workspace->id() == id)
            return workspace;
    }
    return nullptr;
}

bool WorkspaceStack::setCurrent(const QString& id) {
    Workspace* workspace = find(id);
    if (workspace == nullptr)
        return false;
    setCurrent(workspace);
    return true;
}

void WorkspaceStack::setCurrent(Workspace* workspace) {
    setCurrentWidget(workspace);
}

} // namespace lupa::app
