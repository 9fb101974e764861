// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "HitDetails.hpp"

#include <cmath>
#include <limits>

namespace lupa::app {

double transverseRadius(double x, double y) {
    return std::hypot(x, y);
}

double pseudorapidity(double x, double y, double z) {
    const double r = transverseRadius(x, y);
    if (r == 0.0)
        return z == 0.0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), z);
    return std::asinh(z / r);
}

double azimuth(double x, double y) {
    return std::atan2(y, x);
}

} // namespace lupa::app
