// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "Preferences.hpp"

#include "Settings.hpp"

#include <lupa/core/Log.hpp>
#include <lupa/core/Parallel.hpp>

#include <algorithm>
#include <string>

namespace lupa::app {

Preferences Preferences::load() {
    Preferences preferences;
    preferences.threads = std::max(0, Settings::value(Settings::kThreads));
    preferences.theme = themeFromString(Settings::value(Settings::kTheme));
    preferences.language = Settings::value(Settings::kLanguage);
    return preferences;
}

void Preferences::save() const {
    Settings::setValue(Settings::kThreads, threads);
    Settings::setValue(Settings::kTheme, toString(theme));
    Settings::setValue(Settings::kLanguage, language);
}

void Preferences::apply() const {
    setThreadCount(threads);
    applyTheme(theme);
    logInfo("Parallel work uses " + std::to_string(threadCount()) + " threads");
}

} // namespace lupa::app
