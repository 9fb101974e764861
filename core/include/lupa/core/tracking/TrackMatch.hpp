// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/tracking/Submission.hpp>
#include <lupa/core/trackml/Event.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

/// How reconstructed tracks are tied to the truth, the common ground of the TrackML score and the
/// tracking metrics.
///
/// The hits of a track are grouped by the particle that made them (the truth's particle_id; noise hits,
/// particle_id 0, form a group of their own like any particle). The track's majority particle is the
/// particle with the most hits on it. Ties go to the smallest particle_id, as in the reference
/// implementation (trackml-library, score.py: it sorts the hits by track_id then particle_id and only
/// replaces the majority particle by one with strictly more hits), so noise wins every tie.
///
/// A hit that the submission does not assign is scored as a track of its own, again as the reference
/// does (its left join gives such hits a NaN track_id, which equals no other). Such a one-hit track is
/// good only when its particle made exactly one hit in the event.
namespace lupa::tracking {

/// A reconstructed track (or an unassigned hit) and its majority particle.
struct TrackMatch {
    std::optional<std::uint64_t> trackId;     ///< the submission's track_id; nullopt for an unassigned hit
    std::size_t hitCount = 0;                 ///< hits on the track
    std::uint64_t majorityParticleId = 0;     ///< 0 = noise
    std::size_t majorityHitCount = 0;         ///< hits on the track made by the majority particle
    std::size_t majorityParticleHitCount = 0; ///< hits of the majority particle in the whole event (truth)
    double majorityWeight = 0; ///< summed truth weight of the majority particle's hits on the track

    /// Fraction of the track's hits made by its majority particle, in [0, 1].
    [[nodiscard]] double purity() const;
    /// Fraction of the majority particle's hits (in the event) that are on this track, in [0, 1].
    [[nodiscard]] double particleFraction() const;
    /// TrackML's "good track": purity() > 0.5 and particleFraction() > 0.5 (both strictly).
    [[nodiscard]] bool isGood() const;
};

/// Number of truth hits of every particle_id (noise under 0).
[[nodiscard]] std::unordered_map<std::uint64_t, std::size_t>
particleHitCounts(const std::vector<trackml::TruthHit>& truth);

/// Joins the truth with the assignment and finds every track's majority particle (rules above). Tracks
/// come ordered by track_id, the unassigned hits last in truth order. BadInput when the truth is empty or
/// the assignment names a hit_id the truth does not have (the message names the hit; the caller knows the
/// file). Unlike the reference, which silently drops such rows, lupa refuses them: they mean the
/// submission belongs to another event.
[[nodiscard]] Result<std::vector<TrackMatch>> matchTracks(const std::vector<trackml::TruthHit>& truth,
                                                          const TrackAssignment& assignment);

} // namespace lupa::tracking
