// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace lupa::app {

class DockLayout;

/// The View menu: workspaces, panels, full screen and resetting the layout.
class ViewActions : public QObject {
    Q_OBJECT

public:
    ViewActions(QMainWindow* window, DockLayout* layout);

    /// Adds the workspace actions, a Panels submenu with every dock's toggle, Full Screen and
    /// Reset Layout to `menu`.
    void populate(QMenu* menu, const QList<QAction*>& workspaceActions, const QList<QDockWidget*>& docks);

    [[nodiscard]] QAction* fullScreenAction() const { return m_fullScreen; }
    [[nodiscard]] QAction* resetLayoutAction() const { return m_resetLayout; }

private:
    QMainWindow* m_window;
    QAction* m_fullScreen;
    QAction* m_resetLayout;
};

} // namespace lupa::app
