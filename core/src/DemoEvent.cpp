// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/DemoEvent.hpp>
#include <lupa/core/Units.hpp>

#include <fmt/format.h>

#include <cmath>
#include <numbers>
#include <random>

namespace lupa {
namespace {

struct Helix {
    double radius; // transverse radius of curvature [mm]
    double phi0;   // initial direction in the transverse plane [rad]
    double cotTheta;
    double charge; // +1 or -1
};

// Where a helix from the origin crosses a cylinder of radius r: false when it never gets there.
bool crossing(const Helix& h, double r, double& x, double& y, double& z) {
    if (r >= 2 * h.radius)
        return false;
    const double turn = 2 * std::asin(r / (2 * h.radius)); // turning angle at the crossing [rad]
    const double pathLength = h.radius * turn;             // transverse path length [mm]
    const double phi = h.phi0 - h.charge * turn / 2;       // azimuth of the crossing point
    x = r * std::cos(phi);
    y = r * std::sin(phi);
    z = pathLength * h.cotTheta;
    return true;
}

} // namespace

std::vector<DemoHit> makeDemoEvent(const DemoEventConfig& config) {
    std::mt19937_64 random(config.seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::uniform_real_distribution<double> eta(-2.5, 2.5);
    std::vector<DemoHit> hits;
    for (int p = 1; p <= config.particles; ++p) {
        // pT falls like 1/pT^2 above 0.5 GeV: pT = 0.5 / (1 - u).
        const double pT = 0.5 * units::GeV / std::max(1e-3, 1.0 - 0.95 * uniform(random));
        const double charge = uniform(random) < 0.5 ? -1.0 : 1.0;
        const Helix helix{pT / (config.fieldTesla * units::T), 2 * std::numbers::pi * uniform(random),
                          std::sinh(eta(random)), charge};
        for (std::size_t layer = 0; layer < config.layerRadii.size(); ++layer) {
            DemoHit hit{0, 0, 0, static_cast<int>(layer), p};
            if (!crossing(helix, config.layerRadii[layer], hit.x, hit.y, hit.z) ||
                std::abs(hit.z) > config.halfLength)
                break;
            hits.push_back(hit);
        }
    }
    return hits;
}

Result<void> writeDemoHitsCsv(const std::vector<DemoHit>& hits, const std::filesystem::path& path) {
    auto file = AtomicFile::open(path);
    if (!file)
        return std::move(file).error();
    auto& out = (*file)->stream();
    out << "hit_id,x,y,z,layer_id,particle_id\n";
    std::int64_t id = 1;
    for (const auto& hit : hits)
        out << fmt::format("{},{:.4f},{:.4f},{:.4f},{},{}\n", id++, hit.x, hit.y, hit.z, hit.layer,
                           hit.particle);
    return (*file)->commit();
}

} // namespace lupa
