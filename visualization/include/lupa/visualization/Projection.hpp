// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/visualization/Primitives.hpp>

#include <vector>

namespace lupa::visualization {

/// How world positions [mm] are mapped before drawing.
enum class Projection {
    None, ///< drawn where they are
    Rz,   ///< r-z plane drawn in x-y: x = z, y = r signed by y (upper and lower halves apart)
};

/// The r-z projection of `position` [mm]: (z, ±r, 0), r signed by y.
[[nodiscard]] Vector3 projectRz(const Vector3& position);

/// `projection` applied to one position [mm].
[[nodiscard]] Vector3 project(Projection projection, const Vector3& position);

/// Applies `projection` in place to interleaved x, y, z positions [mm].
void projectPositions(Projection projection, std::vector<float>& positions);

/// The pseudorapidity of the direction (x, y, z): -ln tan(theta / 2); ±30 along the beam axis.
[[nodiscard]] double pseudorapidity(const Vector3& direction);

/// The azimuth of the direction (x, y, z) [rad], in (-pi, pi].
[[nodiscard]] double azimuth(const Vector3& direction);

/// The unit direction of pseudorapidity `eta` and azimuth `phi` [rad].
[[nodiscard]] Vector3 directionOf(double eta, double phi);

} // namespace lupa::visualization
