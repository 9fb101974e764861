// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/tracking/LayerIndex.hpp>

#include <array>
#include <cstdint>
#include <vector>

namespace lupa::tracking {

/// Cuts of the triplet seeding on the innermost layers.
struct SeedingConfig {
    double bFieldTesla = 2.0;      ///< solenoid field along +z [T], > 0
    double minPt = 0.15;           ///< seeds bend less than a track of this pT [GeV]
    double maxSeedRadius = 200;    ///< seeding layers: all their hits lie within this radius [mm] (pixels)
    double maxZ0 = 200;            ///< doublets point back to |z| < maxZ0 on the beam axis [mm]
    double maxD0 = 1.0;            ///< the triplet's circle passes within this of the beam axis [mm]
    std::size_t layersAhead = 2;   ///< doublets reach one of the first layers ahead of hit 1 (1 = no gap)
    double phiTolerance = 0.005;   ///< added to the doublet's largest bending in phi at minPt [rad]
    double deltaThetaBase = 0.001; ///< |theta(h1 h2) - theta(h2 h3)| of the triplet's two segments is
                                   ///< below deltaThetaBase + deltaThetaScattering / pT [rad]
    double deltaThetaScattering = 0.004; ///< scattering part of that cut, pT the triplet's [rad GeV]
};

/// Three hits on three layers, ordered outwards, with a quality (smaller is better).
struct Seed {
    std::array<std::uint32_t, 3> hits{}; ///< indices into LayerIndex::hits()
    double quality = 0;                  ///< |delta theta| / its cut + |d0| / maxD0
};

/// Triplet seeds: doublets between seeding layers (hit 2 further out, on one of the layersAhead
/// layers a straight line from the origin through hit 1 meets next, |phi2 - phi1| within the bending
/// of a minPt track plus phiTolerance, the straight line in r-z through both at |z| < maxZ0 on the beam
/// axis), chained into triplets whose circle has pT > minPt and |d0| < maxD0 and whose two segments
/// agree in theta within deltaThetaBase + deltaThetaScattering / pT. Sorted with the innermost first hit
/// first, then by quality; deterministic.
[[nodiscard]] std::vector<Seed> findSeeds(const LayerIndex& index, const SeedingConfig& config);

} // namespace lupa::tracking
