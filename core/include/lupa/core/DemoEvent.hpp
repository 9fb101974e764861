// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <cstdint>
#include <filesystem>
#include <vector>

namespace lupa {

/// One hit of the demo event: a point where a charged particle crossed a cylindrical layer.
struct DemoHit {
    double x = 0;              ///< [mm]
    double y = 0;              ///< [mm]
    double z = 0;              ///< [mm]
    int layer = 0;             ///< index of the layer, 0 = innermost
    std::int64_t particle = 0; ///< id of the particle that made it, starting at 1
};

/// Settings of the demo event: helices from the origin in a solenoid field crossing barrel layers.
struct DemoEventConfig {
    std::uint64_t seed = 42;
    int particles = 200;     ///< number of charged particles
    double fieldTesla = 2.0; ///< solenoid field along z [T]
    std::vector<double> layerRadii{32, 72, 116, 172, 260, 360, 500, 660, 820, 1020}; ///< [mm]
    double halfLength = 1100; ///< layers end at |z| = halfLength [mm]
};

/// Generates the built-in demo event (deterministic for a given seed). Capabilities bring their own,
/// richer simulators; this one exists so that the application and the CLI have something to show.
[[nodiscard]] std::vector<DemoHit> makeDemoEvent(const DemoEventConfig& config = {});

/// Writes hits as CSV "hit_id,x,y,z,layer_id,particle_id" atomically.
Result<void> writeDemoHitsCsv(const std::vector<DemoHit>& hits, const std::filesystem::path& path);

} // namespace lupa
