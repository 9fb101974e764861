// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/tracking/HitGraph.hpp>
#include <lupa/core/tracking/Submission.hpp>
#include <lupa/core/trackml/Event.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace lupa::tracking {

/// Settings of turning scored edges into tracks.
struct SegmentationConfig {
    double edgeCut = 0.5;    ///< edges scored below this are dropped, in [0, 1]
    std::size_t minHits = 3; ///< shorter tracks are dropped (their hits stay unassigned), >= 1
    bool walkthrough = true; ///< split components that are not simple paths by walking the best edges
};

/// What segmentation made of the graph.
struct SegmentationResult {
    std::vector<std::uint64_t> trackOfHit; ///< parallel to the hits: track id from 1, 0 = unassigned
    std::size_t tracks = 0;
    std::size_t components = 0;      ///< connected components with at least two hits
    std::size_t splitComponents = 0; ///< components that were not simple paths and went to the walkthrough
};

/// Connected components of the edges scored at least edgeCut; with walkthrough, each component in which a
/// hit has more than one kept edge inwards or outwards is split into paths instead: from every hit without
/// an inner neighbour (in hit order), follow the best-scored edge to a hit not yet used, as long as there is
/// one; a path of at least minHits hits becomes a track; repeated on the hits left until no path grows.
/// `scores` is parallel to the graph's edges. Deterministic.
[[nodiscard]] SegmentationResult segmentTracks(const HitGraph& graph, std::span<const float> scores,
                                               const SegmentationConfig& config = {});

/// `trackOfHit` (parallel to `hits`, 0 = unassigned) as a TrackML assignment hit_id -> track_id.
[[nodiscard]] TrackAssignment assignmentOf(std::span<const trackml::Hit> hits,
                                           std::span<const std::uint64_t> trackOfHit);

} // namespace lupa::tracking
