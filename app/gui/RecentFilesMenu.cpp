// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "RecentFilesMenu.hpp"

#include "RecentFiles.hpp"

#include <QDir>
#include <QFileInfo>

namespace lupa::app {

RecentFilesMenu::RecentFilesMenu(RecentFiles* recentFiles, QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_recentFiles(recentFiles) {
    setObjectName(QStringLiteral("recentFilesMenu"));
    connect(m_recentFiles, &RecentFiles::changed, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild() {
    clear();
    const QStringList& files = m_recentFiles->files();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        // Mnemonics 1..9 for the first entries; '&' in file names must not become one.
        QString name = QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&"));
        const QString text = i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(name) : name;
        QAction* action = addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    if (!files.isEmpty())
        addSeparator();
    QAction* clearAction = addAction(tr("&Clear Recent Files"));
    clearAction->setEnabled(!files.isEmpty());
    connect(clearAction, &QAction::triggered, m_recentFiles, &RecentFiles::clear);
    setEnabled(!files.isEmpty());
}

} // namespace lupa::app
