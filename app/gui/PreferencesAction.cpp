// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "PreferencesAction.hpp"

#include "PreferencesDialog.hpp"

#include <lupa/core/Log.hpp>

namespace lupa::app {

PreferencesAction::PreferencesAction(QWidget* window)
    : QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"), window)
    , m_window(window) {
    setObjectName(QStringLiteral("preferencesAction"));
    setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> shortcuts{QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    const QKeySequence standard(QKeySequence::Preferences);
    if (!standard.isEmpty() && standard != shortcuts.first())
        shortcuts.append(standard);
    setShortcuts(shortcuts);
    setStatusTip(tr("Threads, theme and language"));
    connect(this, &QAction::triggered, this, [this] { showDialog(); });
}

PreferencesDialog* PreferencesAction::showDialog() {
    const Preferences before = Preferences::load();
    auto* dialog = new PreferencesDialog(before, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const Preferences chosen = dialog->preferences();
        chosen.save();
        chosen.apply();
        if (chosen.language != before.language)
            logInfo("The new language is used from the next start");
        Q_EMIT applied(chosen);
    });
    dialog->open();
    return dialog;
}

} // namespace lupa::app
