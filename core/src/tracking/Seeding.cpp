// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Angles.hpp>
#include <lupa/core/tracking/HelixFit.hpp>
#include <lupa/core/tracking/Seeding.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>
#include <vector>

namespace lupa::tracking {
namespace {

/// The bending in phi of a track of radius `radius` from the beam axis out to r [rad].
double bending(double r, double radius) {
    return std::asin(std::min(1.0, r / (2 * radius)));
}

/// Could a track from the beam region through `inner` reach `layer` further out?
bool reachable(const RecoHit& inner, const RecoLayer& layer, const SeedingConfig& config) {
    if (layer.barrel)
        return layer.position > inner.r + 1.0;
    if (std::abs(layer.position) <= std::abs(inner.z))
        return false;
    return layer.position * inner.z > 0 || std::abs(inner.z) < config.maxZ0;
}

/// The largest radius at which a line from |z| < maxZ0 on the beam axis through `inner` can meet `layer`
/// [mm]: it bounds the doublet's bending in phi.
double reachRadius(const RecoHit& inner, const RecoLayer& layer, const SeedingConfig& config) {
    const double innerZ = std::abs(inner.z);
    if (layer.barrel || innerZ < config.maxZ0 + 50)
        return layer.rMax;
    const double ratio = (std::abs(layer.position) - config.maxZ0) / (innerZ - config.maxZ0);
    return std::min(layer.rMax, inner.r * ratio + 5.0);
}

/// The seeding layers a straight line from the origin through `inner` meets first beyond it (within a
/// margin for the vertex spread), nearest first: at most config.layersAhead of them.
std::vector<std::uint32_t> nextLayers(const RecoHit& inner, const std::vector<RecoLayer>& layers,
                                      const std::vector<std::uint32_t>& seedLayers,
                                      const SeedingConfig& config) {
    constexpr double kMargin = 20; // [mm] beyond a layer's extent, for lines not from the origin
    std::vector<std::pair<double, std::uint32_t>> ahead;
    for (const std::uint32_t l : seedLayers) {
        const RecoLayer& layer = layers[l];
        if (l == inner.layer || !reachable(inner, layer, config))
            continue;
        double scale = 0;
        double v = 0;
        if (layer.barrel) {
            scale = layer.position / std::max(inner.r, 1e-9);
            v = inner.z * scale;
        } else {
            if (std::abs(inner.z) < 1e-9)
                continue;
            scale = layer.position / inner.z;
            v = inner.r * scale;
        }
        if (scale > 1 && v > layer.extentLow - kMargin * scale && v < layer.extentHigh + kMargin * scale)
            ahead.emplace_back(scale, l);
    }
    std::sort(ahead.begin(), ahead.end());
    std::vector<std::uint32_t> next;
    for (std::size_t k = 0; k < ahead.size() && k < config.layersAhead; ++k)
        next.push_back(ahead[k].second);
    return next;
}

/// For each hit of the seeding layers, the hits it forms a doublet with (CSR: offsets into partners).
/// Inside each hit's range, partners are sorted by the doublet's cot(theta) (dz / dr), so that triplets
/// find the segments of similar theta by binary search.
struct Doublets {
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> partners;
    std::vector<double> cot;
};

void sortByCot(Doublets& doublets, std::size_t begin) {
    const std::size_t end = doublets.partners.size();
    std::vector<std::pair<double, std::uint32_t>> range;
    range.reserve(end - begin);
    for (std::size_t k = begin; k < end; ++k)
        range.emplace_back(doublets.cot[k], doublets.partners[k]);
    std::sort(range.begin(), range.end());
    for (std::size_t k = begin; k < end; ++k) {
        doublets.cot[k] = range[k - begin].first;
        doublets.partners[k] = range[k - begin].second;
    }
}

Doublets findDoublets(const LayerIndex& index, const std::vector<std::uint32_t>& seedLayers,
                      const SeedingConfig& config, double minRadius) {
    const auto& hits = index.hits();
    const auto& layers = index.layers();
    Doublets doublets;
    doublets.offsets.assign(hits.size() + 1, 0);
    for (std::uint32_t i = 0; i < hits.size(); ++i) {
        doublets.offsets[i] = static_cast<std::uint32_t>(doublets.partners.size());
        const RecoHit& a = hits[i];
        if (!std::binary_search(seedLayers.begin(), seedLayers.end(), a.layer))
            continue;
        const double bendA = bending(a.r, minRadius);
        const auto targets = nextLayers(a, layers, seedLayers, config);
        for (const std::uint32_t layer : targets) {
            const double width =
                bending(reachRadius(a, layers[layer], config), minRadius) - bendA + config.phiTolerance;
            index.forEachInPhi(layer, a.phi, width, [&](std::uint32_t j) {
                const RecoHit& b = hits[j];
                const double dr = b.r - a.r;
                if (dr < 1.0)
                    return;
                if (std::abs(wrapAngle(b.phi - a.phi)) >
                    bending(b.r, minRadius) - bendA + config.phiTolerance)
                    return;
                const double z0 = a.z - a.r * (b.z - a.z) / dr;
                if (std::abs(z0) > config.maxZ0)
                    return;
                doublets.partners.push_back(j);
                doublets.cot.push_back((b.z - a.z) / dr);
            });
        }
        sortByCot(doublets, doublets.offsets[i]);
    }
    doublets.offsets[hits.size()] = static_cast<std::uint32_t>(doublets.partners.size());
    return doublets;
}

} // namespace

std::vector<Seed> findSeeds(const LayerIndex& index, const SeedingConfig& config) {
    const auto& hits = index.hits();
    std::vector<std::uint32_t> seedLayers;
    for (std::uint32_t l = 0; l < index.layers().size(); ++l)
        if (index.layers()[l].rMax < config.maxSeedRadius)
            seedLayers.push_back(l);
    const double minRadius = config.minPt / (kPtPerTeslaMm * config.bFieldTesla);
    const Doublets doublets = findDoublets(index, seedLayers, config, minRadius);

    std::vector<Seed> seeds;
    for (std::uint32_t i = 0; i < hits.size(); ++i) {
        const RecoHit& a = hits[i];
        for (std::uint32_t k = doublets.offsets[i]; k < doublets.offsets[i + 1]; ++k) {
            const std::uint32_t j = doublets.partners[k];
            const RecoHit& b = hits[j];
            const double thetaAB = std::atan2(b.r - a.r, b.z - a.z);
            // The loosest theta cut, at minPt, as a range in cot(theta) (d cot = d theta / sin^2 theta, with
            // 10 % margin); the triplet's own pT tightens it below.
            const double maxDeltaTheta = config.deltaThetaBase + config.deltaThetaScattering / config.minPt;
            const double cotAB = doublets.cot[k];
            const double dCot = 1.1 * maxDeltaTheta * (1 + cotAB * cotAB) + 1e-9;
            const auto first = doublets.cot.begin() + doublets.offsets[j];
            const auto last = doublets.cot.begin() + doublets.offsets[j + 1];
            const auto low = std::lower_bound(first, last, cotAB - dCot);
            for (auto m = static_cast<std::uint32_t>(low - doublets.cot.begin());
                 m < doublets.offsets[j + 1] && doublets.cot[m] <= cotAB + dCot; ++m) {
                const RecoHit& c = hits[doublets.partners[m]];
                if (c.layer == a.layer)
                    continue;
                const double dTheta = std::abs(std::atan2(c.r - b.r, c.z - b.z) - thetaAB);
                if (dTheta > maxDeltaTheta)
                    continue;
                // Circle through the three points: centre from the perpendicular bisectors.
                const double bx = b.x - a.x, by = b.y - a.y;
                const double cx = c.x - a.x, cy = c.y - a.y;
                const double det = 2 * (bx * cy - by * cx);
                if (std::abs(det) < 1e-12)
                    continue;
                const double b2 = bx * bx + by * by;
                const double c2 = cx * cx + cy * cy;
                const double ux = (cy * b2 - by * c2) / det;
                const double uy = (bx * c2 - cx * b2) / det;
                const double radius = std::hypot(ux, uy);
                if (radius < minRadius)
                    continue;
                const double d0 = std::abs(std::hypot(ux + a.x, uy + a.y) - radius);
                if (d0 > config.maxD0)
                    continue;
                const double pt = kPtPerTeslaMm * config.bFieldTesla * radius;
                const double cut = config.deltaThetaBase + config.deltaThetaScattering / pt;
                if (dTheta > cut)
                    continue;
                seeds.push_back({{i, j, doublets.partners[m]}, dTheta / cut + d0 / config.maxD0});
            }
        }
    }
    std::sort(seeds.begin(), seeds.end(), [&](const Seed& x, const Seed& y) {
        const RecoHit& hx = hits[x.hits[0]];
        const RecoHit& hy = hits[y.hits[0]];
        const double dx = hx.r * hx.r + hx.z * hx.z;
        const double dy = hy.r * hy.r + hy.z * hy.z;
        if (dx != dy)
            return dx < dy;
        if (x.quality != y.quality)
            return x.quality < y.quality;
        return x.hits < y.hits;
    });
    return seeds;
}

} // namespace lupa::tracking
