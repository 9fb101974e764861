// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/tracking/Seeding.hpp>
#include <lupa/core/tracking/Submission.hpp>
#include <lupa/core/tracking/TrackFollowing.hpp>
#include <lupa/core/trackml/Event.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace lupa::tracking {

/// Settings of the classical baseline reconstruction; defaults suit the TrackML detector in 2 T.
struct BaselineConfig {
    double bFieldTesla = 2.0;  ///< solenoid field along +z [T], > 0
    SeedingConfig seeding;     ///< triplet seeding (its bFieldTesla is replaced by the one above)
    FollowingConfig following; ///< track following (its fit.bFieldTesla is replaced by the one above)
    std::size_t minHits = 4;   ///< tracks keep at least this many hits they do not share, >= 3
    int phiBins = 128;         ///< phi bins per layer of the hit index
    /// A candidate of at least this many hits without a missed layer claims its hits: later seeds with one
    /// of them are not followed (it saves time in dense events; >= 3).
    std::size_t lockHits = 10;
    /// A candidate is kept only when at least this fraction of its hits is not taken by better tracks
    /// (one that lost most of its hits is mostly a fake), in [0, 1].
    double minFreeFraction = 0.85;
};

/// Wall-clock time of each stage [s].
struct BaselineTiming {
    double indexing = 0;  ///< grouping the hits by layer and phi
    double seeding = 0;   ///< doublets and triplets
    double following = 0; ///< following the seeds outwards
    double ambiguity = 0; ///< shared-hit resolution
    double total = 0;
};

/// What the baseline found in one event.
struct BaselineResult {
    std::vector<std::uint64_t> trackOfHit; ///< parallel to the input hits: track id from 1, 0 = unassigned
    std::size_t layers = 0;                ///< (volume, layer) pairs seen in the hits
    std::size_t seeds = 0;                 ///< triplets found
    std::size_t candidates = 0;            ///< seeds followed into candidates with at least minHits hits
    std::size_t tracks = 0;                ///< tracks after the ambiguity resolution
    std::size_t assignedHits = 0;
    BaselineTiming seconds;
};

/// A Usage error naming the first setting out of its range, or success.
[[nodiscard]] Result<void> validate(const BaselineConfig& config);

/// Reconstructs the tracks of one event's hits (truth is not used): triplet seeds on the layers inside
/// seeding.maxSeedRadius, each followed outwards (followTrack; a seed whose hits all lie on one earlier
/// candidate, or with a hit of a candidate of lockHits hits, is skipped), then the ambiguity resolution:
/// candidates by decreasing hit count, then increasing chi2/ndf, each keeping the hits no better track took,
/// kept when at least minHits and minFreeFraction of its hits remain. Every hit ends on at most one track.
/// Deterministic. Errors: validate's, Cancelled when `progress` is.
[[nodiscard]] Result<BaselineResult> reconstructBaseline(std::span<const trackml::Hit> hits,
                                                         const BaselineConfig& config = {},
                                                         ProgressSink* progress = nullptr);

/// The result as a TrackML assignment (hit_id -> track_id) of the assigned hits.
[[nodiscard]] TrackAssignment toAssignment(std::span<const trackml::Hit> hits, const BaselineResult& result);

/// The configuration as JSON (field, cuts, windows).
[[nodiscard]] nlohmann::json toJson(const BaselineConfig& config);

} // namespace lupa::tracking
