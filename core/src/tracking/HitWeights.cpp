// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/tracking/HitWeights.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace lupa::tracking {
namespace {

// TrackML's order-weight profile and its range of track lengths (trackml-library, weights.py).
constexpr std::array<double, 9> kOrderProfile{10, 8, 6, 5, 3, 3, 3, 5, 6};
constexpr int kMinHits = 4;
constexpr int kMaxHits = 20;

// The unnormalised weight of hit `index` of `hits`: the profile linearly interpolated at the hit, the
// profile's 9 points spread evenly from the first to the last hit.
double profileAt(int index, int hits) {
    const int last = static_cast<int>(kOrderProfile.size()) - 1;
    const auto support = [&](int j) {
        return static_cast<double>(j * (hits - 1)) / last;
    };
    const double x = index;
    int j = 0;
    while (j < last - 1 && support(j + 1) <= x)
        ++j;
    if (x >= support(last))
        return kOrderProfile[static_cast<std::size_t>(last)];
    const double slope =
        (kOrderProfile[static_cast<std::size_t>(j + 1)] - kOrderProfile[static_cast<std::size_t>(j)]) /
        (support(j + 1) - support(j));
    return slope * (x - support(j)) + kOrderProfile[static_cast<std::size_t>(j)];
}

struct ParticleInfo {
    double vz = 0;
    int hits = 0;
    double ptWeight = 0;
};

} // namespace

double ptWeight(double pt) {
    constexpr double kLow = 0.05;
    constexpr double kInf = 0.5;
    constexpr double kSup = 3.0;
    constexpr double kMin = 0.2;
    if (pt < kLow)
        return 0.0;
    if (pt <= kInf)
        return kMin;
    if (pt >= kSup)
        return 1.0;
    return kMin + (1.0 - kMin) * (pt - kInf) / (kSup - kInf);
}

double orderWeight(int index, int hits) {
    if (hits < kMinHits || index < 0 || index >= kMaxHits)
        return 0.0;
    hits = std::min(hits, kMaxHits);
    if (index >= hits)
        return 0.0;
    // TrackML's weight matrix, indexed by (hits, index): each row normalised to sum 1.
    static const auto matrix = [] {
        std::array<std::array<double, kMaxHits>, kMaxHits + 1> m{};
        for (int n = kMinHits; n <= kMaxHits; ++n) {
            double sum = 0;
            for (int i = 0; i < n; ++i)
                sum += profileAt(i, n);
            for (int i = 0; i < n; ++i)
                m[static_cast<std::size_t>(n)][static_cast<std::size_t>(i)] = profileAt(i, n) / sum;
        }
        return m;
    }();
    return matrix[static_cast<std::size_t>(hits)][static_cast<std::size_t>(index)];
}

Result<void> computeHitWeights(trackml::Event& event) {
    std::unordered_map<std::uint64_t, ParticleInfo> particles;
    particles.reserve(event.particles.size());
    for (const auto& p : event.particles)
        particles[p.id] = {p.vz, p.hitCount, ptWeight(std::hypot(p.px, p.py))};
    auto& truth = event.truth;
    std::vector<double> distance(truth.size());
    for (std::size_t i = 0; i < truth.size(); ++i) {
        const auto found = particles.find(truth[i].particleId);
        distance[i] = found == particles.end() ? 0.0 : std::abs(truth[i].tz - found->second.vz);
    }
    std::vector<std::size_t> order(truth.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (truth[a].particleId != truth[b].particleId)
            return truth[a].particleId < truth[b].particleId;
        return distance[a] < distance[b];
    });
    double total = 0;
    for (std::size_t begin = 0; begin < order.size();) {
        const std::uint64_t id = truth[order[begin]].particleId;
        std::size_t end = begin;
        while (end < order.size() && truth[order[end]].particleId == id)
            ++end;
        const auto found = particles.find(id);
        const bool weighs = id != 0 && found != particles.end();
        // pandas' rank(): tied hits get the average of their ranks, which TrackML then truncates.
        for (std::size_t tie = begin; tie < end;) {
            std::size_t tieEnd = tie + 1;
            while (tieEnd < end && distance[order[tieEnd]] == distance[order[tie]])
                ++tieEnd;
            const auto index = static_cast<int>((tie - begin) + (tieEnd - tie - 1) / 2);
            for (std::size_t k = tie; k < tieEnd; ++k) {
                auto& hit = truth[order[k]];
                hit.weight = 0;
                if (!weighs)
                    continue;
                const int hits = found->second.hits;
                if (hits >= kMinHits && index < kMaxHits && index >= std::min(hits, kMaxHits))
                    return Error::badInput(
                        fmt::format("particle {} has more truth hits than its nhits ({})", id, hits));
                hit.weight = found->second.ptWeight * orderWeight(index, hits);
                total += hit.weight;
            }
            tie = tieEnd;
        }
        begin = end;
    }
    for (auto& hit : truth)
        hit.weight = total > 0 ? hit.weight / total : 0.0;
    return success();
}

} // namespace lupa::tracking
