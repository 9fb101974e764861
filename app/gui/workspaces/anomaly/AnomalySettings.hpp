// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Settings.hpp"

namespace lupa::app {

/// The Anomaly workspace's persistent settings (read and written through Settings::value/setValue):
/// the last inputs and training settings, restored when the workspace is created.
struct AnomalySettings {
    /// The background file (absolute path), empty = none.
    static inline const SettingKey<QString> kBackground{"anomaly/background", QString()};
    /// The signal files (absolute paths).
    static inline const SettingKey<QStringList> kSignals{"anomaly/signals", QStringList()};
    /// The last model file opened or saved.
    static inline const SettingKey<QString> kModel{"anomaly/model", QString()};
    /// Encoder hidden widths, "64, 32".
    static inline const SettingKey<QString> kHiddenSizes{"anomaly/hiddenSizes", QStringLiteral("32")};
    /// Width of the bottleneck.
    static inline const SettingKey<int> kLatentSize{"anomaly/latentSize", 8};
    /// Maximum training epochs.
    static inline const SettingKey<int> kEpochs{"anomaly/epochs", 20};
    /// Training seed.
    static inline const SettingKey<int> kSeed{"anomaly/seed", 1};
};

} // namespace lupa::app
