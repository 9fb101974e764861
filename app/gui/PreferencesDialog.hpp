// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Preferences.hpp"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace lupa::app {

/// Edits the Preferences: threads for parallel work, colour theme and language.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    /// @param initial the values the dialog starts with
    explicit PreferencesDialog(const Preferences& initial, QWidget* parent = nullptr);

    /// The values chosen in the dialog.
    [[nodiscard]] Preferences preferences() const;

    [[nodiscard]] QSpinBox* threadsBox() const { return m_threads; }
    [[nodiscard]] QComboBox* themeBox() const { return m_theme; }
    [[nodiscard]] QComboBox* languageBox() const { return m_language; }

private:
    void updateRestartHint();

    QString m_initialLanguage;
    QSpinBox* m_threads;
    QComboBox* m_theme;
    QComboBox* m_language;
    QLabel* m_restartHint;
};

} // namespace lupa::app
