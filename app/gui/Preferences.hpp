// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Theme.hpp"

#include <QString>

namespace lupa::app {

/// What the user chose in the Preferences dialog.
struct Preferences {
    int threads = 0; ///< threads for parallel work; 0 = one per hardware core
    Theme theme = Theme::Light;
    QString language; ///< "en", "ja", "de"; empty = follow the system

    /// The stored preferences, or the defaults from Settings.
    [[nodiscard]] static Preferences load();
    /// Stores these preferences.
    void save() const;
    /// Applies what can change while lupa runs: the thread count and the theme. A new language
    /// takes effect at the next start.
    void apply() const;

    friend bool operator==(const Preferences&, const Preferences&) = default;
};

} // namespace lupa::app
