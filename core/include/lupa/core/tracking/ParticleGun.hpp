// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/tracking/Propagation.hpp>

#include <random>

namespace lupa::tracking {

/// The kinematics of generated charged particles. The transverse momentum follows the falling spectrum
/// dN/dpT ~ (1 + pT / ptScale)^-ptPower for ptMin <= pT <= ptMax (the default fits the pT quantiles of
/// TrackML's minimum-bias particles: median 0.35 GeV, 10 % above 1 GeV); eta is uniform in
/// |eta| <= etaMax, phi uniform; the charge is +1 or -1 with equal chances.
struct ParticleGunConfig {
    double ptMin = 0.1 * units::GeV;    ///< [GeV]
    double ptMax = 100 * units::GeV;    ///< [GeV]
    double ptScale = 0.66 * units::GeV; ///< p0 of the spectrum [GeV]
    double ptPower = 3.8;               ///< n of the spectrum, > 1
    double etaMax = 4.0;                ///< pseudorapidity range |eta| <= etaMax
};

/// A charged particle as generated: species and momentum at its production vertex.
struct GeneratedParticle {
    int pdgId = 211; ///< PDG code (sign as PDG: pi+ 211, e- 11, mu- 13, ...)
    int charge = 1;  ///< [e]
    double mass = 0; ///< [GeV]
    Vec3 momentum;   ///< [GeV]
};

/// The transverse momentum at cumulative fraction `u` in [0, 1) of the spectrum of `config` (the inverse
/// of its distribution function: u = 0 gives ptMin, u -> 1 gives ptMax) [GeV].
[[nodiscard]] double spectrumPt(const ParticleGunConfig& config, double u);

/// The mass of a charged particle species by PDG code (pions, kaons, protons, electrons, muons; pions'
/// mass for others) [GeV].
[[nodiscard]] double particleMass(int pdgId);

/// Draws one particle: pT from the spectrum, eta, phi, charge, and the species (81 % pions, 10 % kaons,
/// 5 % protons, 2 % electrons, 2 % muons, signed to match the charge).
[[nodiscard]] GeneratedParticle generateParticle(const ParticleGunConfig& config, std::mt19937_64& rng);

} // namespace lupa::tracking
