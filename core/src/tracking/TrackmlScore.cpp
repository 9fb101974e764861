// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/tracking/TrackmlScore.hpp>

#include <fmt/format.h>

namespace lupa::tracking {
namespace {

double totalWeightOf(const std::vector<trackml::TruthHit>& truth) {
    double total = 0;
    for (const auto& hit : truth)
        total += hit.weight;
    return total;
}

} // namespace

TrackmlScore scoreMatches(const std::vector<TrackMatch>& matches, double totalWeight) {
    TrackmlScore result;
    result.totalWeight = totalWeight;
    for (const auto& match : matches) {
        result.hits += match.hitCount;
        if (match.trackId) {
            result.assignedHits += match.hitCount;
            ++result.tracks;
        }
        if (!match.isGood())
            continue;
        if (match.trackId)
            ++result.goodTracks;
        result.goodWeight += match.majorityWeight;
        // Normalised per track and then summed, in the reference's order of operations.
        result.score += match.majorityWeight / totalWeight;
    }
    return result;
}

Result<TrackmlScore> scoreEvent(const std::vector<trackml::TruthHit>& truth,
                                const TrackAssignment& assignment) {
    const double totalWeight = totalWeightOf(truth);
    if (!truth.empty() && !(totalWeight > 0))
        return Error::badInput(
            fmt::format("the truth weights of the event's {} hits sum to {}: the score is undefined",
                        truth.size(), totalWeight));
    auto matches = matchTracks(truth, assignment);
    if (!matches)
        return std::move(matches).error();
    return scoreMatches(*matches, totalWeight);
}

nlohmann::json toJson(const TrackmlScore& score) {
    return {{"score", score.score},
            {"good_weight", score.goodWeight},
            {"total_weight", score.totalWeight},
            {"hits", score.hits},
            {"assigned_hits", score.assignedHits},
            {"unassigned_hits", score.hits - score.assignedHits},
            {"tracks", score.tracks},
            {"good_tracks", score.goodTracks}};
}

} // namespace lupa::tracking
