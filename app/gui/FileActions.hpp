// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace lupa::app {

class FileOpener;
class RecentFiles;

/// The File menu's actions: Open (with the recent files) and Quit.
class FileActions : public QObject {
    Q_OBJECT

public:
    /// @param window the window whose Open dialogs and Quit these are
    FileActions(QWidget* window, FileOpener* opener, RecentFiles* recentFiles);

    /// Adds Open, Open Recent and Quit to `menu`.
    void populate(QMenu* menu);

    [[nodiscard]] QAction* openAction() const { return m_open; }
    [[nodiscard]] QAction* quitAction() const { return m_quit; }

    /// Asks for files with an Open dialog (non-blocking) and opens them.
    /// @param filters name filters to offer first; empty = every workspace's
    void chooseAndOpen(const QStringList& filters = {});

private:
    QWidget* m_window;
    FileOpener* m_opener;
    RecentFiles* m_recentFiles;
    QAction* m_open;
    QAction* m_quit;
};

} // namespace lupa::app
