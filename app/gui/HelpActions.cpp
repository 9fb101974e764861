// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "HelpActions.hpp"

#include "AboutDialog.hpp"
#include "ErrorReporter.hpp"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QUrl>

namespace lupa::app {

HelpActions::HelpActions(QWidget* window, ErrorReporter* reporter)
    : QObject(window)
    , m_window(window)
    , m_reporter(reporter)
    , m_userGuide(new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User Guide"), this))
    , m_about(new QAction(tr("&About lupa"), this))
    , m_aboutQt(new QAction(tr("About &Qt"), this)) {
    m_userGuide->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    m_userGuide->setStatusTip(tr("Open lupa's user guide"));
    connect(m_userGuide, &QAction::triggered, this, &HelpActions::showUserGuide);

    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &HelpActions::showAbout);

    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void HelpActions::populate(QMenu* menu) {
    menu->addAction(m_userGuide);
    menu->addSeparator();
    menu->addAction(m_about);
    menu->addAction(m_aboutQt);
}

QString HelpActions::userGuidePath() {
    const QDir programDir(QCoreApplication::applicationDirPath());
    const QStringList candidates{
        programDir.filePath(QStringLiteral("../share/doc/lupa/user-guide.md")),
#ifdef LUPA_SOURCE_DIR
        QStringLiteral(LUPA_SOURCE_DIR "/docs/user-guide.md"),
#endif
    };
    for (const QString& candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

void HelpActions::showAbout() {
    auto* dialog = new AboutDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HelpActions::showUserGuide() {
    const QString path = userGuidePath();
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_reporter->reportError(tr("User Guide"),
                                tr("The user guide could not be opened. It is docs/user-guide.md in lupa's "
                                   "sources and share/doc/lupa/user-guide.md where lupa is installed."),
                                path);
    }
}

} // namespace lupa::app
