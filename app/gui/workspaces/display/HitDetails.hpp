// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <cstdint>
#include <limits>

namespace lupa::app {

/// What the event display's details table shows of a hit besides its position.
struct HitDetails {
    std::uint64_t id = 0;       ///< hit_id, or the row number from 1 when the file has none
    int volume = 0;             ///< volume_id, 0 when unknown
    int layer = 0;              ///< layer_id as written in the file (not renumbered)
    int module = 0;             ///< module_id, 0 when unknown
    std::uint64_t particle = 0; ///< truth particle_id, 0 for noise or when unknown
    /// Transverse momentum of the truth particle at production [GeV], NaN when unknown.
    double particlePt = std::numeric_limits<double>::quiet_NaN();
};

/// Transverse radius r = sqrt(x² + y²) [mm] of a position x, y [mm].
[[nodiscard]] double transverseRadius(double x, double y);
/// Pseudorapidity η = asinh(z / r) of a position [mm] (±large along the beam axis).
[[nodiscard]] double pseudorapidity(double x, double y, double z);
/// Azimuth φ = atan2(y, x) [rad], in (-π, π].
[[nodiscard]] double azimuth(double x, double y);

} // namespace lupa::app
