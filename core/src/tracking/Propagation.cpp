// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/tracking/Propagation.hpp>

#include <algorithm>
#include <limits>

namespace lupa::tracking {

/// The helix from the current point: transverse arc length s [mm] runs along the direction of flight,
/// the direction's azimuth turns as phi(s) = phi - k s, and z(s) = z + s tanLambda.
struct Propagator::Step {
    double x = 0; ///< [mm]
    double y = 0;
    double z = 0;
    double phi = 0;       ///< azimuth of the direction [rad]
    double tanLambda = 0; ///< pz / pT
    double k = 0;         ///< signed curvature q B / pT [1/mm]
    double cx = 0;        ///< centre of the transverse circle [mm]
    double cy = 0;
    double sMax = 0; ///< arc length left before the turning limit [mm]

    /// Transverse position after arc length s.
    void at(double s, double& px, double& py) const {
        const double phiS = phi - k * s;
        px = cx - std::sin(phiS) / k;
        py = cy + std::cos(phiS) / k;
    }
};

namespace {

constexpr double kMinArc = 1e-9;      // [mm] a crossing must lie ahead of the current point
constexpr double kSameLayerArc = 1.0; // [mm] the layer just crossed is only met again after a loop
constexpr double kMaxPathFactor = 20; // cap on 1/|cos incidence| for the material crossed
constexpr double kElectronMass = 0.000511 * units::GeV;

// Rotates the unit vector d by two small Gaussian angles of width theta0 about two axes across it.
Vec3 scatter(const Vec3& d, double theta0, std::mt19937_64& rng) {
    std::normal_distribution<double> gauss(0.0, theta0);
    Vec3 u = std::abs(d.z) < 0.99 ? Vec3{d.y, -d.x, 0} : Vec3{0, d.z, -d.y}; // d x z, or d x x
    const double un = std::sqrt(u.x * u.x + u.y * u.y + u.z * u.z);
    u = {u.x / un, u.y / un, u.z / un};
    const Vec3 v{d.y * u.z - d.z * u.y, d.z * u.x - d.x * u.z, d.x * u.y - d.y * u.x};
    const double a = std::tan(gauss(rng));
    const double b = std::tan(gauss(rng));
    Vec3 out{d.x + a * u.x + b * v.x, d.y + a * u.y + b * v.y, d.z + a * u.z + b * v.z};
    const double n = std::sqrt(out.x * out.x + out.y * out.y + out.z * out.z);
    return {out.x / n, out.y / n, out.z / n};
}

} // namespace

Propagator::Propagator(const SimGeometry& geometry, PropagationConfig config)
    : m_geometry(geometry)
    , m_config(config) {
    const auto& layers = geometry.layers();
    for (std::uint32_t i = 0; i < layers.size(); ++i)
        (layers[i].shape == LayerShape::Cylinder ? m_cylinders : m_disks).push_back(i);
    std::stable_sort(m_disks.begin(), m_disks.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return layers[a].z < layers[b].z; });
    for (const auto i : m_disks)
        m_diskZ.push_back(layers[i].z);
}

// The first forward crossing of each cylinder: intersect the track's circle with the layer's circle.
void Propagator::findCylinder(const Step& step, double& best, std::uint32_t& bestLayer,
                              std::uint32_t lastLayer) const {
    const double radius = 1.0 / std::abs(step.k);
    const double d2 = step.cx * step.cx + step.cy * step.cy;
    const double d = std::sqrt(d2);
    if (d < 1e-12)
        return;
    const double ax = step.x - step.cx; // the current point seen from the centre
    const double ay = step.y - step.cy;
    const double sign = step.k > 0 ? 1.0 : -1.0;
    for (const auto index : m_cylinders) {
        const SimLayer& layer = m_geometry.layers()[index];
        const double rc = layer.radius;
        const double a = (rc * rc - radius * radius + d2) / (2 * d);
        const double h2 = rc * rc - a * a;
        if (h2 < 0)
            continue;
        const double h = std::sqrt(h2);
        for (const double side : {-1.0, 1.0}) {
            const double qx = (a * step.cx - side * h * step.cy) / d - step.cx;
            const double qy = (a * step.cy + side * h * step.cx) / d - step.cy;
            // The radius vector turns by -k s: the arc is the clockwise (k > 0) angle from a to q.
            double turn = -sign * std::atan2(ax * qy - ay * qx, ax * qx + ay * qy);
            if (turn < 0)
                turn += 2 * std::numbers::pi;
            const double s = turn * radius;
            if (s <= kMinArc || s >= best || s > step.sMax || (index == lastLayer && s < kSameLayerArc))
                continue;
            if (std::abs(step.z + s * step.tanLambda) > layer.halfLength)
                continue;
            best = s;
            bestLayer = index;
        }
    }
}

// The first disk ahead in z whose radial range the helix meets there; later disks lie further along.
void Propagator::findDisk(const Step& step, double& best, std::uint32_t& bestLayer) const {
    if (std::abs(step.tanLambda) < 1e-12)
        return;
    const auto n = static_cast<std::ptrdiff_t>(m_disks.size());
    const bool forward = step.tanLambda > 0;
    std::ptrdiff_t i =
        forward ? std::upper_bound(m_diskZ.begin(), m_diskZ.end(), step.z + kMinArc) - m_diskZ.begin()
                : std::lower_bound(m_diskZ.begin(), m_diskZ.end(), step.z - kMinArc) - m_diskZ.begin() - 1;
    for (; i >= 0 && i < n; i += forward ? 1 : -1) {
        const auto index = m_disks[static_cast<std::size_t>(i)];
        const SimLayer& layer = m_geometry.layers()[index];
        const double s = (layer.z - step.z) / step.tanLambda;
        if (s >= best || s > step.sMax)
            return;
        double px = 0;
        double py = 0;
        step.at(s, px, py);
        const double r = std::hypot(px, py);
        if (r >= layer.rMin && r <= layer.rMax) {
            best = s;
            bestLayer = index;
            return;
        }
    }
}

void Propagator::propagate(TrackState state, std::mt19937_64& rng, std::vector<Crossing>& crossings) const {
    const auto& layers = m_geometry.layers();
    Step step;
    step.x = state.position.x;
    step.y = state.position.y;
    step.z = state.position.z;
    double pt = std::hypot(state.momentum.x, state.momentum.y);
    if (pt <= 0 || state.charge == 0 || m_config.bz == 0)
        return;
    step.phi = std::atan2(state.momentum.y, state.momentum.x);
    step.tanLambda = state.momentum.z / pt;
    double turned = 0;
    std::uint32_t lastLayer = std::numeric_limits<std::uint32_t>::max();
    for (int n = 0; n < m_config.maxCrossings; ++n) {
        step.k = state.charge * m_config.bz / pt;
        step.cx = step.x + std::sin(step.phi) / step.k;
        step.cy = step.y - std::cos(step.phi) / step.k;
        step.sMax = (m_config.maxTurn - turned) / std::abs(step.k);
        double best = std::numeric_limits<double>::infinity();
        std::uint32_t bestLayer = lastLayer;
        findCylinder(step, best, bestLayer, lastLayer);
        findDisk(step, best, bestLayer);
        if (!std::isfinite(best))
            return;
        // Move to the crossing; put it exactly on the surface (the helix formula is off by ~1e-12 mm).
        const SimLayer& layer = layers[bestLayer];
        step.at(best, step.x, step.y);
        step.phi -= step.k * best;
        turned += std::abs(step.k) * best;
        if (layer.shape == LayerShape::Cylinder) {
            const double scale = layer.radius / std::hypot(step.x, step.y);
            step.x *= scale;
            step.y *= scale;
            step.z += best * step.tanLambda;
        } else {
            step.z = layer.z;
        }
        const double norm = std::sqrt(1 + step.tanLambda * step.tanLambda);
        const Vec3 direction{std::cos(step.phi) / norm, std::sin(step.phi) / norm, step.tanLambda / norm};
        Crossing crossing;
        crossing.layer = bestLayer;
        crossing.position = {step.x, step.y, step.z};
        crossing.momentum = {pt * std::cos(step.phi), pt * std::sin(step.phi), pt * step.tanLambda};
        crossing.cosIncidence = layer.shape == LayerShape::Disk
                                    ? std::abs(direction.z)
                                    : std::abs(direction.x * step.x + direction.y * step.y) / layer.radius;
        crossings.push_back(crossing);
        lastLayer = bestLayer;

        const double material = layer.xOverX0 * std::min(1.0 / crossing.cosIncidence, kMaxPathFactor);
        double p = pt * norm;
        Vec3 newDirection = direction;
        if (m_config.multipleScattering && material > 0) {
            const double beta = p / std::hypot(p, state.mass);
            newDirection = scatter(direction, highlandTheta0(p, beta, material, state.charge), rng);
        }
        if (m_config.energyLoss && material > 0) {
            double energy = std::hypot(p, state.mass) - kIonisationPerX0 * material;
            if (state.mass < 2 * kElectronMass)
                energy *= std::exp(-material); // mean bremsstrahlung loss
            if (energy <= state.mass * (1 + 1e-9))
                return;
            p = std::sqrt(energy * energy - state.mass * state.mass);
        }
        const double transverse = std::hypot(newDirection.x, newDirection.y);
        if (transverse < 1e-9)
            return;
        pt = p * transverse;
        step.phi = std::atan2(newDirection.y, newDirection.x);
        step.tanLambda = newDirection.z / transverse;
        if (pt < 1e-3 * units::GeV || turned >= m_config.maxTurn)
            return;
    }
}

} // namespace lupa::tracking
