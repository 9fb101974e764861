// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace lupa::app {

/// The name of a persistent setting and the value it has until it is first written.
template <typename T>
struct SettingKey {
    const char* name; ///< key in QSettings, "group/name"
    T defaultValue;   ///< returned while the setting was never written
};

/// lupa's persistent settings. Every key and its default live here and nowhere else; the values are
/// stored by QSettings under the organisation and application names set at start-up.
class Settings {
public:
    /// Threads for parallel work; 0 = one per hardware core.
    static inline const SettingKey<int> kThreads{"preferences/threads", 0};
    /// "light" or "dark".
    static inline const SettingKey<QString> kTheme{"preferences/theme", QStringLiteral("light")};
    /// Language code ("en", "ja", "de"), empty = follow the system.
    static inline const SettingKey<QString> kLanguage{"preferences/language", QString()};
    /// Recently opened files, most recent first, absolute paths.
    static inline const SettingKey<QStringList> kRecentFiles{"files/recent", QStringList()};
    /// Folder the Open dialog starts in.
    static inline const SettingKey<QString> kLastDirectory{"files/lastDirectory", QString()};
    /// QMainWindow::saveGeometry() of the main window.
    static inline const SettingKey<QByteArray> kWindowGeometry{"window/geometry", QByteArray()};
    /// QMainWindow::saveState() of the main window: toolbars and docks.
    static inline const SettingKey<QByteArray> kWindowState{"window/state", QByteArray()};
    /// Id of the workspace shown at start-up.
    static inline const SettingKey<QString> kCurrentWorkspace{"window/workspace",
                                                              QStringLiteral("event-display")};

    /// The stored value of `key`, or its default.
    template <typename T>
    [[nodiscard]] static T value(const SettingKey<T>& key) {
        const QVariant stored = QSettings().value(QLatin1String(key.name));
        if (!stored.isValid() || !stored.canConvert<T>())
            return key.defaultValue;
        return stored.template value<T>();
    }

    /// Stores `value` under `key`.
    template <typename T>
    static void setValue(const SettingKey<T>& key, const T& value) {
        QSettings().setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    /// Forgets `key`, so that value() returns its default again.
    template <typename T>
    static void remove(const SettingKey<T>& key) {
        QSettings().remove(QLatin1String(key.name));
    }
};

} // namespace lupa::app
