// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/tracking/BaselineTracker.hpp>
#include <lupa/core/tracking/LayerIndex.hpp>
#include <lupa/core/tracking/Segmentation.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>

namespace lupa::tracking {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

bool positive(double value) {
    return std::isfinite(value) && value > 0;
}

/// Follows every seed; a seed whose hits all lie on one earlier candidate would rebuild it, and a seed
/// with a hit of a long candidate is most likely a fake or a duplicate: both are skipped.
Result<std::vector<TrackCandidate>> followSeeds(const LayerIndex& index, const std::vector<Seed>& seeds,
                                                const BaselineConfig& config, ProgressSink* progress) {
    constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> candidateOf(index.hits().size(), kNone);
    std::vector<char> locked(index.hits().size(), 0);
    std::vector<TrackCandidate> candidates;
    for (std::size_t s = 0; s < seeds.size(); ++s) {
        if (progress && s % 4096 == 0) {
            if (progress->isCancelled())
                return Error::cancelled();
            progress->report(0.2 + 0.7 * static_cast<double>(s) / static_cast<double>(seeds.size()),
                             "following");
        }
        const auto& hits = seeds[s].hits;
        const std::uint32_t owner = candidateOf[hits[0]];
        if (owner != kNone && candidateOf[hits[1]] == owner && candidateOf[hits[2]] == owner)
            continue;
        if (locked[hits[0]] || locked[hits[1]] || locked[hits[2]])
            continue;
        auto track = followTrack(index, seeds[s], config.following);
        if (!track || track->hits.size() < config.minHits)
            continue;
        const bool lock = track->hits.size() >= config.lockHits && track->missedLayers == 0;
        for (const auto h : track->hits) {
            candidateOf[h] = static_cast<std::uint32_t>(candidates.size());
            locked[h] = locked[h] || lock;
        }
        candidates.push_back(std::move(*track));
    }
    return candidates;
}

/// Longer, then better-fitting candidates first; each keeps the hits still free.
std::size_t resolveAmbiguities(const LayerIndex& index, const std::vector<TrackCandidate>& candidates,
                               const BaselineConfig& config, std::vector<std::uint64_t>& trackOfHit) {
    std::vector<std::size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = candidates[a];
        const auto& y = candidates[b];
        if (x.hits.size() != y.hits.size())
            return x.hits.size() > y.hits.size();
        return x.helix.chi2PerNdf() < y.helix.chi2PerNdf();
    });
    std::vector<char> taken(index.hits().size(), 0);
    std::uint64_t tracks = 0;
    std::vector<std::uint32_t> free;
    for (const std::size_t c : order) {
        free.clear();
        for (const auto h : candidates[c].hits)
            if (!taken[h])
                free.push_back(h);
        if (free.size() < config.minHits ||
            static_cast<double>(free.size()) <
                config.minFreeFraction * static_cast<double>(candidates[c].hits.size()))
            continue;
        ++tracks;
        for (const auto h : free) {
            taken[h] = 1;
            trackOfHit[index.hits()[h].source] = tracks;
        }
    }
    return static_cast<std::size_t>(tracks);
}

} // namespace

Result<void> validate(const BaselineConfig& config) {
    const auto& s = config.seeding;
    const auto& f = config.following;
    if (!positive(config.bFieldTesla))
        return Error::usage("the field must be > 0 T");
    if (!positive(s.minPt) || !positive(s.maxSeedRadius) || !positive(s.maxZ0) || !positive(s.maxD0) ||
        !(s.phiTolerance >= 0) || !positive(s.deltaThetaBase) || !(s.deltaThetaScattering >= 0))
        return Error::usage("seeding cuts must be finite and > 0 (phi tolerance >= 0)");
    if (s.layersAhead < 1)
        return Error::usage("seeding needs at least one layer ahead");
    for (int r = 0; r < 3; ++r)
        if (!positive(f.windowU[r]) || !positive(f.windowV[r]))
            return Error::usage("search windows must be finite and > 0 mm");
    if (!(f.scattering >= 0) || f.maxMissedLayers < 0 || !positive(f.maxTurn) || !positive(f.fit.sigmaZ) ||
        !positive(f.fit.sigmaTransverse))
        return Error::usage("following settings out of range");
    if (config.minHits < 3)
        return Error::usage(fmt::format("tracks need at least 3 hits, not {}", config.minHits));
    if (!(config.minFreeFraction >= 0 && config.minFreeFraction <= 1))
        return Error::usage("minFreeFraction must be in [0, 1]");
    if (config.lockHits < 3)
        return Error::usage("lockHits must be >= 3");
    if (config.phiBins < 1 || config.phiBins > 100000)
        return Error::usage("phi bins must be in [1, 100000]");
    return {};
}

Result<BaselineResult> reconstructBaseline(std::span<const trackml::Hit> hits, const BaselineConfig& input,
                                           ProgressSink* progress) {
    LUPA_TRY(validate(input));
    BaselineConfig config = input;
    config.seeding.bFieldTesla = config.bFieldTesla;
    config.following.fit.bFieldTesla = config.bFieldTesla;
    BaselineResult result;
    result.trackOfHit.assign(hits.size(), 0);
    const auto start = Clock::now();

    if (progress)
        progress->report(0.0, "indexing");
    auto stage = Clock::now();
    const LayerIndex index(hits, config.phiBins);
    result.layers = index.layers().size();
    result.seconds.indexing = since(stage);

    if (progress)
        progress->report(0.05, "seeding");
    stage = Clock::now();
    const std::vector<Seed> seeds = findSeeds(index, config.seeding);
    result.seeds = seeds.size();
    result.seconds.seeding = since(stage);

    stage = Clock::now();
    auto candidates = followSeeds(index, seeds, config, progress);
    if (!candidates)
        return std::move(candidates).error();
    result.candidates = candidates->size();
    result.seconds.following = since(stage);

    if (progress)
        progress->report(0.9, "ambiguity");
    stage = Clock::now();
    result.tracks = resolveAmbiguities(index, *candidates, config, result.trackOfHit);
    result.seconds.ambiguity = since(stage);
    result.assignedHits = static_cast<std::size_t>(
        std::count_if(result.trackOfHit.begin(), result.trackOfHit.end(), [](auto t) { return t != 0; }));
    result.seconds.total = since(start);
    if (progress)
        progress->report(1.0, "done");
    return result;
}

TrackAssignment toAssignment(std::span<const trackml::Hit> hits, const BaselineResult& result) {
    return assignmentOf(hits, result.trackOfHit);
}

nlohmann::json toJson(const BaselineConfig& config) {
    const auto& s = config.seeding;
    const auto& f = config.following;
    return {{"field_tesla", config.bFieldTesla},
            {"min_hits", config.minHits},
            {"phi_bins", config.phiBins},
            {"lock_hits", config.lockHits},
            {"min_free_fraction", config.minFreeFraction},
            {"seeding",
             {{"min_pt_gev", s.minPt},
              {"max_seed_radius_mm", s.maxSeedRadius},
              {"layers_ahead", s.layersAhead},
              {"max_z0_mm", s.maxZ0},
              {"max_d0_mm", s.maxD0},
              {"phi_tolerance_rad", s.phiTolerance},
              {"delta_theta_base_rad", s.deltaThetaBase},
              {"delta_theta_scattering_rad_gev", s.deltaThetaScattering}}},
            {"following",
             {{"window_u_mm", {f.windowU[0], f.windowU[1], f.windowU[2]}},
              {"window_v_mm", {f.windowV[0], f.windowV[1], f.windowV[2]}},
              {"scattering_mm_gev_per_mm", f.scattering},
              {"max_missed_layers", f.maxMissedLayers},
              {"max_turn_rad", f.maxTurn}}}};
}

} // namespace lupa::tracking
