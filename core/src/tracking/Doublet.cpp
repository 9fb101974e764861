// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Angles.hpp>
#include <lupa/core/tracking/Doublet.hpp>

#include <algorithm>
#include <cmath>

namespace lupa::tracking {

double pseudorapidity(double x, double y, double z) {
    const double r = std::hypot(x, y);
    return std::asinh(z / std::max(r, 1e-9));
}

DoubletVariables doubletVariables(const trackml::Hit& inner, const trackml::Hit& outer) {
    constexpr double kMinRadialStep = 1e-3; // [mm]
    const double rInner = std::hypot(inner.x, inner.y);
    const double rOuter = std::hypot(outer.x, outer.y);
    DoubletVariables v;
    v.dr = rOuter - rInner;
    v.dz = outer.z - inner.z;
    const double step = std::abs(v.dr) < kMinRadialStep ? std::copysign(kMinRadialStep, v.dr) : v.dr;
    v.dphi = wrapAngle(std::atan2(outer.y, outer.x) - std::atan2(inner.y, inner.x));
    v.phiSlope = v.dphi / step;
    v.z0 = inner.z - rInner * v.dz / step;
    v.deta = pseudorapidity(outer.x, outer.y, outer.z) - pseudorapidity(inner.x, inner.y, inner.z);
    return v;
}

} // namespace lupa::tracking
