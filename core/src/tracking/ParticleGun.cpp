// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/tracking/ParticleGun.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numbers>

namespace lupa::tracking {
namespace {

struct Species {
    int pdgId; ///< of the positive particle
    double mass;
    double fraction;
};

// Positive codes are the positive particles; electrons and muons are positive with a negative code.
constexpr Species kSpecies[] = {
    {211, 0.13957039, 0.81},  {321, 0.493677, 0.10},  {2212, 0.93827209, 0.05},
    {-11, 0.000510999, 0.02}, {-13, 0.1056584, 0.02},
};

} // namespace

double spectrumPt(const ParticleGunConfig& config, double u) {
    // Survival function S(pT) = ((1 + pT/p0) / (1 + ptMin/p0))^-(n-1); u maps onto [S(ptMax), 1].
    const double p0 = config.ptScale;
    const double exponent = config.ptPower - 1;
    const double tMin = 1 + config.ptMin / p0;
    const double survivalMax = std::pow((1 + config.ptMax / p0) / tMin, -exponent);
    const double survival = 1 - u * (1 - survivalMax);
    const double pt = p0 * (tMin * std::pow(survival, -1 / exponent) - 1);
    return std::clamp(pt, config.ptMin, config.ptMax);
}

double particleMass(int pdgId) {
    const int code = std::abs(pdgId);
    for (const auto& species : kSpecies)
        if (std::abs(species.pdgId) == code)
            return species.mass;
    return kSpecies[0].mass;
}

GeneratedParticle generateParticle(const ParticleGunConfig& config, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> flat(0.0, 1.0);
    GeneratedParticle particle;
    const double pt = spectrumPt(config, flat(rng));
    const double eta = config.etaMax * (2 * flat(rng) - 1);
    const double phi = std::numbers::pi * (2 * flat(rng) - 1);
    particle.charge = flat(rng) < 0.5 ? 1 : -1;
    double pick = flat(rng);
    const Species* chosen = &kSpecies[0];
    for (const auto& species : kSpecies) {
        chosen = &species;
        if (pick < species.fraction)
            break;
        pick -= species.fraction;
    }
    particle.pdgId = chosen->pdgId * particle.charge;
    particle.mass = chosen->mass;
    particle.momentum = {pt * std::cos(phi), pt * std::sin(phi), pt * std::sinh(eta)};
    return particle;
}

} // namespace lupa::tracking
