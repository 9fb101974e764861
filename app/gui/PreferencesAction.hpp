// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Preferences.hpp"

#include <QAction>

namespace lupa::app {

class PreferencesDialog;

/// Tools > Preferences: opens the PreferencesDialog; when it is accepted, stores and applies the
/// new preferences.
class PreferencesAction : public QAction {
    Q_OBJECT

public:
    /// @param window the window the dialog belongs to
    explicit PreferencesAction(QWidget* window);

    /// Opens the dialog without blocking; returns it (it deletes itself when closed).
    PreferencesDialog* showDialog();

Q_SIGNALS:
    /// New preferences were stored and applied.
    void applied(const lupa::app::Preferences& preferences);

private:
    QWidget* m_window;
};

} // namespace lupa::app
