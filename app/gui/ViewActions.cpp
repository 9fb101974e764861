// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ViewActions.hpp"

#include "DockLayout.hpp"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace lupa::app {

ViewActions::ViewActions(QMainWindow* window, DockLayout* layout)
    : QObject(window)
    , m_window(window)
    , m_fullScreen(new QAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), tr("&Full Screen"), this))
    , m_resetLayout(new QAction(tr("&Reset Layout"), this)) {
    m_fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        m_window->setWindowState(on ? (m_window->windowState() | Qt::WindowFullScreen)
                                    : (m_window->windowState() & ~Qt::WindowFullScreen));
    });

    m_resetLayout->setObjectName(QStringLiteral("resetLayoutAction"));
    m_resetLayout->setStatusTip(
        tr("Put the panels back where they were when lupa started for the first time"));
    connect(m_resetLayout, &QAction::triggered, layout, &DockLayout::reset);
}

void ViewActions::populate(QMenu* menu, const QList<QAction*>& workspaceActions,
                           const QList<QDockWidget*>& docks) {
    menu->addActions(workspaceActions);
    menu->addSeparator();
    QMenu* panels = menu->addMenu(tr("&Panels"));
    for (QDockWidget* dock : docks)
        panels->addAction(dock->toggleViewAction());
    menu->addSeparator();
    menu->addAction(m_fullScreen);
    menu->addAction(m_resetLayout);
}

} // namespace lupa::app
