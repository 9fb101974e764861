// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/DisjointSets.hpp>
#include <lupa/core/tracking/Segmentation.hpp>

#include <algorithm>
#include <numeric>

namespace lupa::tracking {
namespace {

/// The kept edges as adjacency lists: per hit, its outgoing kept edges (best score first) and in-degree.
struct KeptEdges {
    std::vector<std::vector<std::uint32_t>> out; ///< edge indices
    std::vector<std::uint32_t> inDegree;
};

KeptEdges keptEdges(const HitGraph& graph, std::span<const float> scores, double cut) {
    KeptEdges kept{std::vector<std::vector<std::uint32_t>>(graph.hitCount),
                   std::vector<std::uint32_t>(graph.hitCount, 0)};
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e)
        if (scores[e] >= cut) {
            kept.out[graph.source[e]].push_back(e);
            ++kept.inDegree[graph.target[e]];
        }
    for (auto& edges : kept.out)
        std::stable_sort(edges.begin(), edges.end(), [&](auto a, auto b) { return scores[a] > scores[b]; });
    return kept;
}

/// Hits taken by tracks, and per hit how many kept edges still come in from hits not taken.
struct Usage {
    std::vector<char> used;
    std::vector<std::uint32_t> remainingIn;

    void take(std::uint32_t hit, const HitGraph& graph, const KeptEdges& kept) {
        used[hit] = 1;
        for (const auto e : kept.out[hit])
            --remainingIn[graph.target[e]];
    }
};

/// Walks the best kept edges from `start` through hits not yet used; takes and returns the path.
std::vector<std::uint32_t> walk(std::uint32_t start, const HitGraph& graph, const KeptEdges& kept,
                                Usage& usage) {
    std::vector<std::uint32_t> path{start};
    usage.take(start, graph, kept);
    for (std::uint32_t hit = start;;) {
        const auto& edges = kept.out[hit];
        const auto next =
            std::find_if(edges.begin(), edges.end(), [&](auto e) { return !usage.used[graph.target[e]]; });
        if (next == edges.end())
            return path;
        hit = graph.target[*next];
        usage.take(hit, graph, kept);
        path.push_back(hit);
    }
}

/// The next walk's start in `component`: the first unused hit without unused inner neighbours, else (a
/// cycle) the first unused hit; -1 when all are used.
std::int64_t nextStart(const std::vector<std::uint32_t>& component, const Usage& usage) {
    std::int64_t fallback = -1;
    for (const auto hit : component) {
        if (usage.used[hit])
            continue;
        if (usage.remainingIn[hit] == 0)
            return hit;
        if (fallback < 0)
            fallback = hit;
    }
    return fallback;
}

} // namespace

SegmentationResult segmentTracks(const HitGraph& graph, std::span<const float> scores,
                                 const SegmentationConfig& config) {
    const std::size_t n = graph.hitCount;
    SegmentationResult result;
    result.trackOfHit.assign(n, 0);
    const KeptEdges kept = keptEdges(graph, scores, config.edgeCut);
    DisjointSets sets(n);
    for (std::uint32_t hit = 0; hit < n; ++hit)
        for (const auto e : kept.out[hit])
            sets.join(hit, graph.target[e]);
    std::vector<std::vector<std::uint32_t>> members(n);
    for (std::uint32_t hit = 0; hit < n; ++hit)
        members[sets.find(hit)].push_back(hit);

    Usage usage{std::vector<char>(n, 0), kept.inDegree};
    auto addTrack = [&](const std::vector<std::uint32_t>& hits) {
        if (hits.size() < std::max<std::size_t>(config.minHits, 1))
            return false;
        ++result.tracks;
        for (const auto hit : hits)
            result.trackOfHit[hit] = result.tracks;
        return true;
    };
    for (std::uint32_t root = 0; root < n; ++root) {
        const auto& component = members[root];
        if (component.size() < 2)
            continue;
        ++result.components;
        const bool simplePath = std::all_of(component.begin(), component.end(), [&](auto hit) {
            return kept.out[hit].size() <= 1 && kept.inDegree[hit] <= 1;
        });
        if (simplePath || !config.walkthrough) {
            addTrack(component);
            continue;
        }
        ++result.splitComponents;
        for (auto start = nextStart(component, usage); start >= 0; start = nextStart(component, usage))
            addTrack(walk(static_cast<std::uint32_t>(start), graph, kept, usage));
    }
    return result;
}

TrackAssignment assignmentOf(std::span<const trackml::Hit> hits, std::span<const std::uint64_t> trackOfHit) {
    TrackAssignment assignment;
    for (std::size_t i = 0; i < hits.size() && i < trackOfHit.size(); ++i)
        if (trackOfHit[i] != 0)
            assignment.emplace(hits[i].id, trackOfHit[i]);
    return assignment;
}

} // namespace lupa::tracking
