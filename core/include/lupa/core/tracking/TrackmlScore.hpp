// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/tracking/Submission.hpp>
#include <lupa/core/tracking/TrackMatch.hpp>
#include <lupa/core/trackml/Event.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <vector>

/// The TrackML score of one event, as the challenge's reference implementation (trackml-library,
/// score.py, score_event) computes it:
///
///   score = sum over good tracks t of  w(t) / W
///
/// where a track is good when more than half of its hits come from its majority particle and it holds
/// more than half of that particle's hits in the event (TrackMatch::isGood; the particle's hit count is
/// taken from the truth, not from the particles file), w(t) is the summed truth weight of the track's hits
/// made by its majority particle, and W the summed truth weight of all hits of the event. Noise hits
/// (particle_id 0) are a particle like any other, so a track made of more than half of the event's noise
/// hits is good; TrackML gives noise hits weight 0, so it adds nothing there. The score lies in [0, 1]
/// whatever the weights sum to (TrackML's sum to 1); the perfect assignment, track_id = particle_id,
/// scores 1. Majority ties and unassigned hits follow the reference (see TrackMatch.hpp).
namespace lupa::tracking {

/// The TrackML score of one event and the counts behind it.
struct TrackmlScore {
    double score = 0;             ///< sum of the good tracks' majority weights over totalWeight (see above)
    double goodWeight = 0;        ///< summed truth weight the good tracks collect (not normalised)
    double totalWeight = 0;       ///< summed truth weight of all hits of the event
    std::size_t hits = 0;         ///< truth hits of the event
    std::size_t assignedHits = 0; ///< hits the submission assigns to a track
    std::size_t tracks = 0;       ///< distinct track_ids of the submission
    /// Good tracks among `tracks`; an unassigned hit that is good as a one-hit track adds to the score but
    /// is not counted here.
    std::size_t goodTracks = 0;
};

/// Scores already-matched tracks (matchTracks) against a truth of total weight `totalWeight`.
/// @param totalWeight summed truth weight of the event, > 0
[[nodiscard]] TrackmlScore scoreMatches(const std::vector<TrackMatch>& matches, double totalWeight);

/// The TrackML score of `assignment` against `truth`. BadInput when the truth is empty, its weights sum to
/// zero (the score is undefined) or the assignment names hits the truth does not have.
[[nodiscard]] Result<TrackmlScore> scoreEvent(const std::vector<trackml::TruthHit>& truth,
                                              const TrackAssignment& assignment);

/// The score as JSON: score, good_weight, total_weight, hits, assigned_hits, unassigned_hits, tracks,
/// good_tracks.
[[nodiscard]] nlohmann::json toJson(const TrackmlScore& score);

} // namespace lupa::tracking
