// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/visualization/Projection.hpp>

#include <algorithm>
#include <cmath>

namespace lupa::visualization {

Vector3 projectRz(const Vector3& position) {
    const double r = std::copysign(std::hypot(position[0], position[1]), position[1]);
    return {position[2], r, 0.0};
}

Vector3 project(Projection projection, const Vector3& position) {
    return projection == Projection::Rz ? projectRz(position) : position;
}

void projectPositions(Projection projection, std::vector<float>& positions) {
    if (projection == Projection::None)
        return;
    for (std::size_t i = 0; i + 2 < positions.size(); i += 3) {
        const Vector3 p = projectRz({positions[i], positions[i + 1], positions[i + 2]});
        positions[i] = static_cast<float>(p[0]);
        positions[i + 1] = static_cast<float>(p[1]);
        positions[i + 2] = static_cast<float>(p[2]);
    }
}

double pseudorapidity(const Vector3& direction) {
    constexpr double kBeamEta = 30.0; // what "along the beam" is drawn at
    const double rho = std::hypot(direction[0], direction[1]);
    if (rho <= 0.0)
        return direction[2] >= 0.0 ? kBeamEta : -kBeamEta;
    return std::clamp(std::asinh(direction[2] / rho), -kBeamEta, kBeamEta);
}

double azimuth(const Vector3& direction) {
    return std::atan2(direction[1], direction[0]);
}

Vector3 directionOf(double eta, double phi) {
    const double sinTheta = 1.0 / std::cosh(eta);
    return {sinTheta * std::cos(phi), sinTheta * std::sin(phi), std::tanh(eta)};
}

} // namespace lupa::visualization
