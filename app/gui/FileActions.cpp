// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "FileActions.hpp"

#include "FileOpener.hpp"
#include "RecentFilesMenu.hpp"
#include "Settings.hpp"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QWidget>

namespace lupa::app {

FileActions::FileActions(QWidget* window, FileOpener* opener, RecentFiles* recentFiles)
    : QObject(window)
    , m_window(window)
    , m_opener(opener)
    , m_recentFiles(recentFiles)
    , m_open(new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this))
    , m_quit(new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this)) {
    m_open->setObjectName(QStringLiteral("openAction"));
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a file in the workspace that reads it"));
    connect(m_open, &QAction::triggered, this, [this] { chooseAndOpen(); });

    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_quit->setStatusTip(tr("Quit lupa"));
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
}

void FileActions::populate(QMenu* menu) {
    menu->addAction(m_open);
    auto* recent = new RecentFilesMenu(m_recentFiles, menu);
    connect(recent, &RecentFilesMenu::fileChosen, m_opener, &FileOpener::open);
    menu->addMenu(recent);
    menu->addSeparator();
    menu->addAction(m_quit);
}

void FileActions::chooseAndOpen(const QStringList& filters) {
    QStringList offered = filters;
    for (const QString& filter : m_opener->fileFilters()) {
        if (!offered.contains(filter))
            offered.append(filter);
    }
    QString folder = Settings::value(Settings::kLastDirectory);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    auto* dialog = new QFileDialog(m_window, tr("Open File"), folder, offered.join(QStringLiteral(";;")));
    dialog->setObjectName(QStringLiteral("openFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList& paths) {
        if (!paths.isEmpty())
            Settings::setValue(Settings::kLastDirectory, QFileInfo(paths.first()).absolutePath());
        m_opener->openAll(paths);
    });
    dialog->open();
}

} // namespace lupa::app
