// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <cmath>
#include <numbers>

namespace lupa {

/// `angle` [rad] wrapped into [-pi, pi): azimuths and azimuth differences.
[[nodiscard]] inline double wrapAngle(double angle) {
    constexpr double pi = std::numbers::pi;
    if (angle >= pi || angle < -pi)
        angle -= 2 * pi * std::floor((angle + pi) / (2 * pi));
    return angle >= pi ? -pi : angle;
}

} // namespace lupa
