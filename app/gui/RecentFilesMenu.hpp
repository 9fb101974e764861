// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QMenu>

namespace lupa::app {

class RecentFiles;

/// The File > Open Recent menu: one entry per recent file and "Clear Recent Files".
class RecentFilesMenu : public QMenu {
    Q_OBJECT

public:
    /// @param recentFiles the list shown; the menu follows its changes
    RecentFilesMenu(RecentFiles* recentFiles, QWidget* parent = nullptr);

Q_SIGNALS:
    /// The user chose a file.
    void fileChosen(const QString& path);

private:
    void rebuild();

    RecentFiles* m_recentFiles;
};

} // namespace lupa::app
