// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/trackml/Event.hpp>

namespace lupa::tracking {

/// The TrackML weight of a hit for its particle's transverse momentum: 0.2 from 0.05 to 0.5 GeV, rising
/// linearly to 1 at 3 GeV, 1 above; 0 below 0.05 GeV (TrackML's `weight_pt`).
/// @param pt [GeV]
[[nodiscard]] double ptWeight(double pt);

/// The TrackML weight of the hit at position `index` (0 = closest to the production vertex) on a track of
/// `hits` hits (TrackML's `weight_order`): the profile 10, 8, 6, 5, 3, 3, 3, 5, 6 stretched linearly over
/// the hits and normalised to sum 1 over the track. 0 for tracks of fewer than 4 hits; tracks of more than
/// 20 hits use the 20-hit profile, and their hits from index 20 on weigh 0.
[[nodiscard]] double orderWeight(int index, int hits);

/// Fills the `weight` of every truth row of `event` as the TrackML challenge (phase 1) defined it:
/// ptWeight(particle pT) x orderWeight(rank of |tz - vz| among the particle's hits, the particle's nhits),
/// normalised so that the event's weights sum to 1 (all 0 when nothing weighs). Noise hits (particle 0)
/// and hits of particles missing from `event.particles` weigh 0; ties in |tz - vz| share the lower rank
/// as pandas' average rank truncated does. BadInput when a particle has more truth hits than its nhits.
Result<void> computeHitWeights(trackml::Event& event);

} // namespace lupa::tracking
