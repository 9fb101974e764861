// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/tracking/HelixFit.hpp>
#include <lupa/core/tracking/LayerIndex.hpp>
#include <lupa/core/tracking/Seeding.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace lupa::tracking {

/// Windows and stopping rule of the track following. A layer's search window is an ellipse around the
/// predicted crossing, with half-axes (across phi, along z or r) of the layer's region (pixel, short
/// strip, long strip: by the largest radius of its hits) plus scattering * distance / pT.
struct FollowingConfig {
    HelixFitConfig fit;                  ///< field and hit resolutions of the refits
    double pixelRadius = 200;            ///< layers within this radius are pixel layers [mm]
    double shortStripRadius = 720;       ///< layers within this radius (and not pixel) are short strips [mm]
    double windowU[3] = {0.5, 1.0, 1.5}; ///< half-window across phi: pixel, short, long strips [mm]
    double windowV[3] = {0.8, 2.5, 8.0}; ///< half-window along z (barrel) or r (disk) [mm]
    double scattering = 0.005;           ///< window growth per mm to the last hit and per 1/GeV [mm/mm GeV]
    int maxMissedLayers = 2;             ///< stop after this many crossed layers in a row without a hit
    double maxTurn = 3.0;                ///< stop after the helix turned this much from its PCA [rad]
    int beamSpotBelowHits = 5;           ///< refits of fewer hits include the beam axis in the circle
    bool overlapHits = true; ///< also take a second hit of a layer, on another module (overlapping modules)
};

/// A track candidate: its hits, ordered outwards, and the helix fitted to them.
struct TrackCandidate {
    std::vector<std::uint32_t> hits; ///< indices into LayerIndex::hits()
    Helix helix;
    int missedLayers = 0; ///< crossed layers without a hit, inside the track
};

/// Follows `seed` outwards: from the last hit, predicts the first layer the current helix crosses (the
/// cylinder or disk of every layer, within the extent of its hits), takes the hit nearest to the
/// prediction inside the layer's window, refits the helix with it; a layer without a hit counts as missed.
/// Stops after maxMissedLayers misses in a row, maxTurn, or when no layer is ahead. nullopt when the seed's
/// helix cannot be fitted.
[[nodiscard]] std::optional<TrackCandidate> followTrack(const LayerIndex& index, const Seed& seed,
                                                        const FollowingConfig& config);

} // namespace lupa::tracking
