// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/tracking/TrackMatch.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <span>
#include <tuple>
#include <unordered_set>

namespace lupa::tracking {
namespace {

/// A truth hit joined with its track. Unassigned hits sort after every track, each on its own.
struct JoinedHit {
    bool unassigned = false;
    std::uint64_t track = 0; ///< track_id, or the hit's truth row when unassigned
    std::uint64_t particle = 0;
    double weight = 0;

    [[nodiscard]] bool sameTrack(const JoinedHit& other) const {
        return unassigned == other.unassigned && track == other.track;
    }
    bool operator<(const JoinedHit& other) const {
        return std::tie(unassigned, track, particle) <
               std::tie(other.unassigned, other.track, other.particle);
    }
};

Result<void> checkAssignedHitsExist(const std::vector<trackml::TruthHit>& truth,
                                    const TrackAssignment& assignment) {
    std::unordered_set<std::uint64_t> known;
    known.reserve(truth.size());
    for (const auto& hit : truth)
        known.insert(hit.hitId);
    std::size_t unknown = 0;
    std::uint64_t firstUnknown = 0;
    for (const auto& [hit, track] : assignment)
        if (!known.contains(hit)) {
            firstUnknown = unknown == 0 ? hit : std::min(firstUnknown, hit);
            ++unknown;
        }
    if (unknown > 0)
        return Error::badInput(
            fmt::format("the submission assigns {} hit(s) that the event's truth does not "
                        "have, the first hit_id {} (is it the submission of another event?)",
                        unknown, firstUnknown));
    return {};
}

std::vector<JoinedHit> joinSorted(const std::vector<trackml::TruthHit>& truth,
                                  const TrackAssignment& assignment) {
    std::vector<JoinedHit> joined;
    joined.reserve(truth.size());
    for (std::size_t row = 0; row < truth.size(); ++row) {
        const auto& hit = truth[row];
        const auto it = assignment.find(hit.hitId);
        if (it == assignment.end())
            joined.push_back({true, row, hit.particleId, hit.weight});
        else
            joined.push_back({false, it->second, hit.particleId, hit.weight});
    }
    std::sort(joined.begin(), joined.end());
    return joined;
}

/// The match of one track from its hits, sorted by particle.
TrackMatch matchOf(std::span<const JoinedHit> hits,
                   const std::unordered_map<std::uint64_t, std::size_t>& counts) {
    TrackMatch match;
    if (!hits.front().unassigned)
        match.trackId = hits.front().track;
    match.hitCount = hits.size();
    for (std::size_t begin = 0; begin < hits.size();) {
        std::size_t end = begin;
        double weight = 0;
        for (; end < hits.size() && hits[end].particle == hits[begin].particle; ++end)
            weight += hits[end].weight;
        // Strictly more: the smallest particle_id keeps a tie, as in the reference.
        if (end - begin > match.majorityHitCount) {
            match.majorityParticleId = hits[begin].particle;
            match.majorityHitCount = end - begin;
            match.majorityWeight = weight;
        }
        begin = end;
    }
    match.majorityParticleHitCount = counts.at(match.majorityParticleId);
    return match;
}

} // namespace

double TrackMatch::purity() const {
    return hitCount == 0 ? 0.0 : static_cast<double>(majorityHitCount) / static_cast<double>(hitCount);
}

double TrackMatch::particleFraction() const {
    return majorityParticleHitCount == 0
               ? 0.0
               : static_cast<double>(majorityHitCount) / static_cast<double>(majorityParticleHitCount);
}

bool TrackMatch::isGood() const {
    return purity() > 0.5 && particleFraction() > 0.5;
}

std::unordered_map<std::uint64_t, std::size_t>
particleHitCounts(const std::vector<trackml::TruthHit>& truth) {
    std::unordered_map<std::uint64_t, std::size_t> counts;
    for (const auto& hit : truth)
        ++counts[hit.particleId];
    return counts;
}

Result<std::vector<TrackMatch>> matchTracks(const std::vector<trackml::TruthHit>& truth,
                                            const TrackAssignment& assignment) {
    if (truth.empty())
        return Error::badInput("the event has no truth hits: there is nothing to match tracks to");
    LUPA_TRY(checkAssignedHitsExist(truth, assignment));
    const auto counts = particleHitCounts(truth);
    const auto joined = joinSorted(truth, assignment);
    std::vector<TrackMatch> matches;
    for (std::size_t begin = 0; begin < joined.size();) {
        std::size_t end = begin + 1;
        while (end < joined.size() && joined[end].sameTrack(joined[begin]))
            ++end;
        matches.push_back(matchOf(std::span(joined).subspan(begin, end - begin), counts));
        begin = end;
    }
    return matches;
}

} // namespace lupa::tracking
