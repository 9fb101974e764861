// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QString>

namespace lupa::app {

/// The colour themes lupa offers; both use Qt's Fusion style.
enum class Theme { Light, Dark };

/// "light" or "dark", as stored in the settings.
[[nodiscard]] QString toString(Theme theme);

/// The theme named by `name`; Light for anything unknown.
[[nodiscard]] Theme themeFromString(const QString& name);

/// Sets the Fusion style and the theme's palette on the running QApplication.
void applyTheme(Theme theme);

} // namespace lupa::app
