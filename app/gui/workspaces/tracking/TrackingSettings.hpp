// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Settings.hpp"

namespace lupa::app {

/// The Tracking workspace's persistent settings (read and written through Settings::value/setValue):
/// the event folder, the simulation and GNN settings and the model, restored when the workspace is created.
struct TrackingSettings {
    /// The folder of TrackML events in use (absolute path), empty = none.
    static inline const SettingKey<QString> kEventFolder{"tracking/eventFolder", QString()};
    /// Events to simulate.
    static inline const SettingKey<int> kSimEvents{"tracking/simEvents", 5};
    /// Mean pile-up of simulated events.
    static inline const SettingKey<double> kSimMu{"tracking/simMu", 20.0};
    /// Seed of the simulation.
    static inline const SettingKey<int> kSimSeed{"tracking/simSeed", 1};
    /// GNN training epochs.
    static inline const SettingKey<int> kEpochs{"tracking/epochs", 20};
    /// Width of the GNN's hidden representations.
    static inline const SettingKey<int> kHidden{"tracking/hidden", 32};
    /// Message-passing steps (0 = MLP only).
    static inline const SettingKey<int> kSteps{"tracking/steps", 3};
    /// Graph construction: "layer_map", "module_map" or "geometric".
    static inline const SettingKey<QString> kGraph{"tracking/graph", QStringLiteral("layer_map")};
    /// The last GNN model trained or opened.
    static inline const SettingKey<QString> kModel{"tracking/model", QString()};
};

} // namespace lupa::app
