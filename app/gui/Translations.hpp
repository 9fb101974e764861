// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QList>
#include <QString>

namespace lupa::app {

/// A language lupa's user interface is available in.
struct Language {
    QString code;       ///< ISO 639-1 code: "en", "ja", "de"
    QString nativeName; ///< the language's name in itself: "English", "日本語", "Deutsch"
};

/// Loads lupa's translations (compiled into the application as resources under :/i18n).
class Translations {
public:
    /// The languages lupa offers; English is the source language.
    [[nodiscard]] static QList<Language> available();

    /// Installs the translators for `language` into the application, replacing earlier ones.
    /// @param language a code from available(), or empty to follow the system locale
    /// @return the code of the language now in use ("en" when no translation matched)
    static QString install(const QString& language);
};

} // namespace lupa::app
