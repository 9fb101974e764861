// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/tracking/HitGraph.hpp>
#include <lupa/core/tracking/LayerIndex.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <unordered_map>

namespace lupa::tracking {
namespace {

/// The hit indices of each module, modules in increasing id.
std::map<ModuleId, std::vector<std::uint32_t>> hitsByModule(std::span<const trackml::Hit> hits) {
    std::map<ModuleId, std::vector<std::uint32_t>> byModule;
    for (std::size_t i = 0; i < hits.size(); ++i)
        byModule[moduleIdOf(hits[i])].push_back(static_cast<std::uint32_t>(i));
    return byModule;
}

/// True when `outer` lies beyond `inner` for a track from the beam line: farther out in radius on a barrel
/// layer, farther out in |z| (same side) on a disk.
bool liesBeyond(const RecoLayer& inner, const RecoLayer& outer) {
    if (outer.barrel)
        return outer.position > (inner.barrel ? inner.position : inner.rMax * 0.5) + 1.0;
    const double innerZ = inner.barrel ? 0.0 : std::abs(inner.position);
    const bool sameSide = inner.barrel || (inner.position > 0) == (outer.position > 0);
    return sameSide && std::abs(outer.position) > innerZ + 1.0;
}

} // namespace

const char* toString(GraphKind kind) {
    switch (kind) {
    case GraphKind::LayerMap:
        return "layer_map";
    case GraphKind::ModuleMap:
        return "module_map";
    case GraphKind::Geometric:
        return "geometric";
    }
    return "?";
}

std::optional<GraphKind> parseGraphKind(std::string_view name) {
    for (const auto kind : {GraphKind::LayerMap, GraphKind::ModuleMap, GraphKind::Geometric})
        if (name == toString(kind))
            return kind;
    return std::nullopt;
}

Result<HitGraph> buildModuleMapGraph(std::span<const trackml::Hit> hits, const ModuleMap& map,
                                     const ModuleMapGraphConfig& config, ProgressSink* progress) {
    if (!(config.margin >= 0))
        return Error::usage(fmt::format("the module map margin is {} but must be >= 0", config.margin));
    HitGraph graph;
    graph.hitCount = hits.size();
    const auto byModule = hitsByModule(hits);
    std::size_t done = 0;
    for (const auto& [inner, innerHits] : byModule) {
        if (progress && (++done % 512) == 0) {
            if (progress->isCancelled())
                return Error::cancelled();
            progress->report(static_cast<double>(done) / byModule.size(), "building the graph");
        }
        for (const auto& connection : map.connections(inner)) {
            const auto outerHits = byModule.find(connection.outer);
            if (outerHits == byModule.end())
                continue;
            for (const auto a : innerHits)
                for (const auto b : outerHits->second)
                    if (connection.range.contains(doubletVariables(hits[a], hits[b]), config.margin)) {
                        graph.source.push_back(a);
                        graph.target.push_back(b);
                    }
        }
    }
    return graph;
}

Result<HitGraph> buildLayerMapGraph(std::span<const trackml::Hit> hits, const ModuleMap& map,
                                    const ModuleMapGraphConfig& config, ProgressSink* progress) {
    if (!(config.margin >= 0))
        return Error::usage(fmt::format("the module map margin is {} but must be >= 0", config.margin));
    HitGraph graph;
    graph.hitCount = hits.size();
    const LayerIndex index(hits);
    const auto& layers = index.layers();
    const auto& recoHits = index.hits();
    std::unordered_map<LayerId, std::uint32_t> indexOfLayer;
    for (std::uint32_t l = 0; l < layers.size(); ++l)
        indexOfLayer.emplace(layerIdOf(layers[l].volume, layers[l].layer), l);
    for (std::uint32_t li = 0; li < layers.size(); ++li) {
        if (progress && progress->isCancelled())
            return Error::cancelled();
        const LayerId inner = layerIdOf(layers[li].volume, layers[li].layer);
        for (const auto& connection : map.layerConnections(inner)) {
            const auto outer = indexOfLayer.find(connection.outer);
            if (outer == indexOfLayer.end())
                continue;
            const auto& r = connection.range;
            const double width = static_cast<double>(r.dphiHigh) - r.dphiLow;
            const double halfWindow =
                std::max(std::abs(r.dphiLow), std::abs(r.dphiHigh)) + config.margin * width + 0.01;
            for (std::size_t k = layers[li].first; k < layers[li].first + layers[li].count; ++k) {
                const RecoHit& a = recoHits[k];
                index.forEachInPhi(
                    outer->second, a.phi, std::min(halfWindow, std::numbers::pi), [&](std::uint32_t m) {
                        const RecoHit& b = recoHits[m];
                        if (r.contains(doubletVariables(hits[a.source], hits[b.source]), config.margin)) {
                            graph.source.push_back(a.source);
                            graph.target.push_back(b.source);
                        }
                    });
            }
        }
        if (progress)
            progress->report(static_cast<double>(li + 1) / layers.size(), "building the graph");
    }
    return graph;
}

HitGraph buildGeometricGraph(std::span<const trackml::Hit> hits, const GeometricGraphConfig& config) {
    HitGraph graph;
    graph.hitCount = hits.size();
    const LayerIndex index(hits, config.phiBins);
    const auto& layers = index.layers();
    const auto& recoHits = index.hits();
    const double phiWindow = std::min(std::numbers::pi, config.maxPhiSlope * config.maxDistance + 0.01);
    for (std::uint32_t li = 0; li < layers.size(); ++li) {
        for (std::uint32_t lj = 0; lj < layers.size(); ++lj) {
            if (li == lj || !liesBeyond(layers[li], layers[lj]))
                continue;
            for (std::size_t k = layers[li].first; k < layers[li].first + layers[li].count; ++k) {
                const RecoHit& a = recoHits[k];
                index.forEachInPhi(lj, a.phi, phiWindow, [&](std::uint32_t m) {
                    const RecoHit& b = recoHits[m];
                    const double dx = b.x - a.x, dy = b.y - a.y, dz = b.z - a.z;
                    if (dx * dx + dy * dy + dz * dz > config.maxDistance * config.maxDistance)
                        return;
                    const auto v = doubletVariables(hits[a.source], hits[b.source]);
                    if (std::abs(v.phiSlope) <= config.maxPhiSlope && std::abs(v.z0) <= config.maxZ0 &&
                        std::abs(v.deta) <= config.maxDeta) {
                        graph.source.push_back(a.source);
                        graph.target.push_back(b.source);
                    }
                });
            }
        }
    }
    return graph;
}

Result<std::vector<float>> edgeTruth(const trackml::Event& event, const HitGraph& graph) {
    const std::string file = event.prefix + "-truth.csv";
    if (event.truth.empty())
        return Error::badInput("edge labels need the truth, and this event has none", file);
    std::unordered_map<std::uint64_t, std::uint64_t> particleOfHit;
    particleOfHit.reserve(event.truth.size());
    for (const auto& t : event.truth)
        particleOfHit.emplace(t.hitId, t.particleId);
    std::vector<std::uint64_t> particle(event.hits.size());
    for (std::size_t i = 0; i < event.hits.size(); ++i) {
        const auto found = particleOfHit.find(event.hits[i].id);
        if (found == particleOfHit.end())
            return Error::badInput(fmt::format("hit {} has no truth record", event.hits[i].id), file);
        particle[i] = found->second;
    }
    std::vector<float> truth(graph.edgeCount());
    for (std::size_t e = 0; e < truth.size(); ++e) {
        const auto p = particle.at(graph.source[e]);
        truth[e] = p != 0 && p == particle.at(graph.target[e]) ? 1.0F : 0.0F;
    }
    return truth;
}

GraphFeatures graphFeatures(std::span<const trackml::Hit> hits, const HitGraph& graph) {
    GraphFeatures features;
    features.nodes.reserve(hits.size() * kNodeFeatures);
    for (const auto& h : hits) {
        features.nodes.push_back(static_cast<float>(std::hypot(h.x, h.y) / 1000.0));
        features.nodes.push_back(static_cast<float>(std::atan2(h.y, h.x) / std::numbers::pi));
        features.nodes.push_back(static_cast<float>(h.z / 1000.0));
    }
    features.edges.reserve(graph.edgeCount() * kEdgeFeatures);
    for (std::size_t e = 0; e < graph.edgeCount(); ++e) {
        const auto v = doubletVariables(hits[graph.source[e]], hits[graph.target[e]]);
        for (const double f : {v.dr / 100.0, 10.0 * v.dphi, v.dz / 1000.0, v.deta, 1000.0 * v.phiSlope,
                               std::clamp(v.z0 / 200.0, -50.0, 50.0)})
            features.edges.push_back(static_cast<float>(f));
    }
    return features;
}

EdgeQuality edgeQuality(std::span<const float> truth, std::span<const float> scores, double cut) {
    EdgeQuality q;
    for (std::size_t e = 0; e < truth.size(); ++e) {
        const bool isTrue = truth[e] > 0.5F;
        const bool kept = scores.empty() || scores[e] >= cut;
        q.trueTotal += isTrue ? 1 : 0;
        q.kept += kept ? 1 : 0;
        q.trueKept += kept && isTrue ? 1 : 0;
    }
    q.efficiency = q.trueTotal > 0 ? static_cast<double>(q.trueKept) / q.trueTotal : 0;
    q.purity = q.kept > 0 ? static_cast<double>(q.trueKept) / q.kept : 0;
    return q;
}

} // namespace lupa::tracking
