// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/trackml/Event.hpp>

#include <cstdint>

namespace lupa::tracking {

/// A detector module as one number: volume_id, layer_id and module_id packed (16, 16 and 32 bits).
using ModuleId = std::uint64_t;

/// The packed id of the module of `hit`.
[[nodiscard]] inline ModuleId moduleIdOf(const trackml::Hit& hit) {
    return (static_cast<ModuleId>(static_cast<std::uint16_t>(hit.volume)) << 48) |
           (static_cast<ModuleId>(static_cast<std::uint16_t>(hit.layer)) << 32) |
           static_cast<ModuleId>(static_cast<std::uint32_t>(hit.module));
}

/// The variables a graph cuts on for a pair of hits, the inner one first (as seen from the beam).
struct DoubletVariables {
    double dphi = 0;     ///< azimuth of the outer hit minus that of the inner, in [-pi, pi) [rad]
    double phiSlope = 0; ///< dphi per transverse distance [rad/mm]
    double z0 = 0;       ///< z where the line through both hits (in r-z) meets r = 0 [mm]
    double deta = 0;     ///< pseudorapidity of the outer hit minus that of the inner
    double dr = 0;       ///< transverse radius of the outer hit minus that of the inner [mm]
    double dz = 0;       ///< z of the outer hit minus that of the inner [mm]
};

/// The doublet variables of `inner` then `outer`. Radial differences below 1 µm count as 1 µm (with their
/// sign) so that slopes and z0 stay finite for two hits at the same radius.
[[nodiscard]] DoubletVariables doubletVariables(const trackml::Hit& inner, const trackml::Hit& outer);

/// The pseudorapidity of the direction from the origin to (x, y, z) [mm].
[[nodiscard]] double pseudorapidity(double x, double y, double z);

} // namespace lupa::tracking
