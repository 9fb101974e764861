// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Angles.hpp>
#include <lupa/core/tracking/TrackFollowing.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace lupa::tracking {
namespace {

/// The turning angle in (after, before) at which `helix` crosses `layer` (within the extent of its hits,
/// plus `margin`), or a negative number when it does not. The window is checked first: this runs for every
/// layer at every step.
double crossing(const Helix& helix, const RecoLayer& layer, double margin, double after, double before) {
    double angle = -1;
    if (layer.barrel) {
        const double d = std::hypot(helix.centreX, helix.centreY);
        const double r = helix.radius;
        const double rho = layer.position;
        const double cosBeta = (d * d + r * r - rho * rho) / (2 * d * r);
        // The angle grows as its cosine falls (both in [0, pi]).
        if (d <= 0 || std::abs(cosBeta) > 1 || cosBeta >= std::cos(std::min(after, std::numbers::pi)) ||
            cosBeta <= std::cos(std::min(before, std::numbers::pi)))
            return -1;
        angle = std::acos(cosBeta);
        const double z = helix.z0 + r * angle * helix.tanLambda;
        if (z < layer.extentLow - margin || z > layer.extentHigh + margin)
            return -1;
    } else {
        if (helix.tanLambda == 0)
            return -1;
        angle = (layer.position - helix.z0) / (helix.radius * helix.tanLambda);
        if (angle <= after || angle >= before)
            return -1;
        const Vec3 p = helixPoint(helix, angle);
        const double r = std::hypot(p.x, p.y);
        if (r < layer.extentLow - margin || r > layer.extentHigh + margin)
            return -1;
    }
    return angle;
}

constexpr std::uint32_t kNoHit = std::numeric_limits<std::uint32_t>::max();
/// Hits of overlapping modules of one layer lie at least this far apart in depth (r or z) [mm].
constexpr double kMinOverlapOffset = 0.5;

/// The predicted crossing of a layer and how it moves with the layer's depth (r for a barrel layer, z
/// for a disk), so that hits on modules slightly in front of or behind the layer are compared with the
/// helix at their own depth.
struct Prediction {
    double depth = 0; ///< r (barrel) or z (disk) of the crossing [mm]
    double phi = 0;   ///< [rad]
    double v = 0;     ///< z (barrel) or r (disk) [mm]
    double r = 0;     ///< transverse radius [mm]
    double dPhi = 0;  ///< d phi / d depth [rad/mm]
    double dV = 0;    ///< d v / d depth
    bool barrel = true;
};

struct Window {
    double u = 0; ///< half-width across phi [mm]
    double v = 0; ///< half-width along z (barrel) or r (disk) [mm]
};

Prediction predict(const Helix& helix, double angle, bool barrel) {
    const Vec3 p = helixPoint(helix, angle);
    const Vec3 q = helixPoint(helix, angle + 1e-3);
    Prediction prediction;
    prediction.barrel = barrel;
    prediction.r = std::hypot(p.x, p.y);
    prediction.phi = std::atan2(p.y, p.x);
    const double rQ = std::hypot(q.x, q.y);
    const double dPhi = wrapAngle(std::atan2(q.y, q.x) - prediction.phi);
    prediction.depth = barrel ? prediction.r : p.z;
    prediction.v = barrel ? p.z : prediction.r;
    const double dDepth = barrel ? rQ - prediction.r : q.z - p.z;
    if (std::abs(dDepth) > 1e-12) {
        prediction.dPhi = dPhi / dDepth;
        prediction.dV = ((barrel ? q.z : rQ) - prediction.v) / dDepth;
    }
    return prediction;
}

/// The hit of `layer` nearest to the prediction inside the window (normalised distance below 1), or
/// kNoHit. With `first`, only hits of another module at another depth (overlapping modules are staggered
/// in r or z) count.
std::uint32_t nearestHit(const LayerIndex& index, std::uint32_t layer, const Prediction& prediction,
                         const Window& window, const RecoHit* first) {
    const auto& hits = index.hits();
    double bestDistance = 1.0;
    std::uint32_t bestHit = kNoHit;
    const double r = std::max(prediction.r, 1.0);
    index.forEachInPhi(layer, prediction.phi, window.u / r + 0.02, [&](std::uint32_t h) {
        const RecoHit& hit = hits[h];
        if (first && (hit.module == first->module ||
                      std::abs(prediction.barrel ? hit.r - first->r : hit.z - first->z) < kMinOverlapOffset))
            return;
        // Small depth offsets only (staggered modules); a far one means the layer is not flat.
        const double depth = std::clamp((prediction.barrel ? hit.r : hit.z) - prediction.depth, -20.0, 20.0);
        const double phi = prediction.phi + prediction.dPhi * depth;
        const double v = prediction.v + prediction.dV * depth;
        const double du = r * wrapAngle(hit.phi - phi);
        const double dv = (prediction.barrel ? hit.z : hit.r) - v;
        const double d2 = (du / window.u) * (du / window.u) + (dv / window.v) * (dv / window.v);
        if (d2 < bestDistance) {
            bestDistance = d2;
            bestHit = h;
        }
    });
    return bestHit;
}

int regionOf(const RecoLayer& layer, const FollowingConfig& config) {
    return layer.rMax < config.pixelRadius ? 0 : layer.rMax < config.shortStripRadius ? 1 : 2;
}

Result<Helix> refit(const LayerIndex& index, const std::vector<std::uint32_t>& hits,
                    const FollowingConfig& config) {
    std::vector<Vec3> points;
    points.reserve(hits.size());
    for (const auto h : hits)
        points.push_back({index.hits()[h].x, index.hits()[h].y, index.hits()[h].z});
    return fitHelix(points, config.fit, static_cast<int>(hits.size()) < config.beamSpotBelowHits);
}

} // namespace

std::optional<TrackCandidate> followTrack(const LayerIndex& index, const Seed& seed,
                                          const FollowingConfig& config) {
    const auto& hits = index.hits();
    const auto& layers = index.layers();
    TrackCandidate track;
    track.hits.assign(seed.hits.begin(), seed.hits.end());
    auto helix = refit(index, track.hits, config);
    if (!helix)
        return std::nullopt;
    track.helix = *helix;
    std::vector<char> visited(layers.size(), 0);
    for (const auto h : track.hits)
        visited[hits[h].layer] = 1;
    const RecoHit& last = hits[track.hits.back()];
    double angle = turningAngle(track.helix, last.x, last.y);
    Vec3 lastPoint{last.x, last.y, last.z};
    int missed = 0;
    int missedInside = 0;
    while (missed <= config.maxMissedLayers) {
        // The first layer ahead.
        double best = config.maxTurn;
        std::uint32_t next = 0;
        bool found = false;
        for (std::uint32_t l = 0; l < layers.size(); ++l) {
            if (visited[l])
                continue;
            const double a = crossing(track.helix, layers[l], 2.0, angle + 1e-9, best);
            if (a > angle + 1e-9 && a < best) {
                found = true;
                best = a;
                next = l;
            }
        }
        if (!found)
            break;
        visited[next] = 1;
        angle = best;
        const RecoLayer& layer = layers[next];
        const double distance = std::sqrt([&] {
            const Vec3 p = helixPoint(track.helix, best);
            return (p.x - lastPoint.x) * (p.x - lastPoint.x) + (p.y - lastPoint.y) * (p.y - lastPoint.y) +
                   (p.z - lastPoint.z) * (p.z - lastPoint.z);
        }());
        const double grow = config.scattering * distance / std::max(track.helix.pt, 0.1);
        const int region = regionOf(layer, config);
        const Window window{config.windowU[region] + grow, config.windowV[region] + grow};
        const Prediction prediction = predict(track.helix, best, layer.barrel);
        const std::uint32_t bestHit = nearestHit(index, next, prediction, window, nullptr);
        if (bestHit == kNoHit) {
            ++missed;
            continue;
        }
        missedInside += missed;
        missed = 0;
        const std::size_t before = track.hits.size();
        track.hits.push_back(bestHit);
        if (config.overlapHits) {
            // Overlapping modules of one layer: a second hit on another module of the same layer.
            const std::uint32_t second = nearestHit(index, next, prediction, window, &hits[bestHit]);
            if (second != kNoHit)
                track.hits.push_back(second);
        }
        auto updated = refit(index, track.hits, config);
        if (!updated) {
            track.hits.resize(before);
            break;
        }
        track.helix = *updated;
        const RecoHit& added = hits[bestHit];
        lastPoint = {added.x, added.y, added.z};
        angle = turningAngle(track.helix, added.x, added.y);
    }
    track.missedLayers = missedInside;
    return track;
}

} // namespace lupa::tracking
