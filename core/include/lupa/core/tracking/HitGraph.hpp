// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/tracking/ModuleMap.hpp>
#include <lupa/core/trackml/Event.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace lupa::tracking {

/// A graph whose nodes are the hits of an event and whose directed edges join an inner hit to an outer one
/// that may follow it on a track.
struct HitGraph {
    std::size_t hitCount = 0;          ///< nodes: the event's hits, in their order
    std::vector<std::uint32_t> source; ///< per edge: the inner hit's index
    std::vector<std::uint32_t> target; ///< per edge: the outer hit's index
    [[nodiscard]] std::size_t edgeCount() const { return source.size(); }
};

/// How the graph of an event is built.
enum class GraphKind {
    LayerMap,  ///< layer pairs and doublet ranges learned from the truth of the training events
    ModuleMap, ///< module pairs and doublet ranges learned from the truth (needs ~10^3 training events)
    Geometric, ///< doublet cuts only (GeometricGraphConfig), when no module map should be learned
};

/// "layer_map", "module_map" or "geometric".
[[nodiscard]] const char* toString(GraphKind kind);
/// The kind named by toString(), or nothing.
[[nodiscard]] std::optional<GraphKind> parseGraphKind(std::string_view name);

/// Settings of building a graph from a module map.
struct ModuleMapGraphConfig {
    /// Each doublet range of the map is widened on both sides by this fraction of its width, >= 0.
    double margin = 0.1;
};

/// Edges between hits of layer pairs in `map` (its coarse part) whose doublet variables lie in the layer
/// pair's widened ranges: generalises from a few training events, where module pairs need ~10^3 events.
/// Deterministic; Cancelled when `progress` is.
[[nodiscard]] Result<HitGraph> buildLayerMapGraph(std::span<const trackml::Hit> hits, const ModuleMap& map,
                                                  const ModuleMapGraphConfig& config = {},
                                                  ProgressSink* progress = nullptr);

/// Settings of the geometric fallback graph (used when no module map exists).
struct GeometricGraphConfig {
    double maxPhiSlope = 6e-4; ///< |dphi / dr| [rad/mm]: 6e-4 keeps particles above ~0.5 GeV in 2 T
    double maxZ0 = 200;        ///< |z0| [mm]
    double maxDeta = 0.2;      ///< |eta difference|
    double maxDistance = 350;  ///< the outer hit lies within this distance of the inner one [mm]
    int phiBins = 128;         ///< phi bins of the hit index
};

/// Edges between hits of module pairs in `map` whose doublet variables lie in the pair's widened ranges.
/// Deterministic; Cancelled when `progress` is.
[[nodiscard]] Result<HitGraph> buildModuleMapGraph(std::span<const trackml::Hit> hits, const ModuleMap& map,
                                                   const ModuleMapGraphConfig& config = {},
                                                   ProgressSink* progress = nullptr);

/// Edges from each hit to hits farther out (larger radius in the barrel, larger |z| in the endcaps) that pass
/// the cuts of `config`. Deterministic.
[[nodiscard]] HitGraph buildGeometricGraph(std::span<const trackml::Hit> hits,
                                           const GeometricGraphConfig& config = {});

/// Per edge: 1 when both hits come from the same particle (not noise), else 0. A BadInput error when the
/// event has no truth or the truth does not cover every hit.
[[nodiscard]] Result<std::vector<float>> edgeTruth(const trackml::Event& event, const HitGraph& graph);

/// Number of features per node and per edge that graphFeatures() writes.
inline constexpr int kNodeFeatures = 3;
inline constexpr int kEdgeFeatures = 6;

/// The inputs of an edge classifier, each feature scaled to order one.
struct GraphFeatures {
    std::vector<float> nodes; ///< per hit: r / 1000 mm, phi / pi, z / 1000 mm
    std::vector<float>
        edges; ///< per edge: dr / 100 mm, 10 dphi, dz / 1000 mm, deta, 1000 phiSlope, z0 / 200 mm
};
[[nodiscard]] GraphFeatures graphFeatures(std::span<const trackml::Hit> hits, const HitGraph& graph);

/// Edge efficiency and purity of the edges an edge classifier keeps, against the truth.
struct EdgeQuality {
    std::size_t kept = 0;      ///< edges kept
    std::size_t trueKept = 0;  ///< of those, joining hits of one particle
    std::size_t trueTotal = 0; ///< true edges in the graph
    double efficiency = 0;     ///< trueKept / trueTotal
    double purity = 0;         ///< trueKept / kept
};
/// The quality of the edges whose score is at least `cut` (all edges when `scores` is empty).
[[nodiscard]] EdgeQuality edgeQuality(std::span<const float> truth, std::span<const float> scores = {},
                                      double cut = 0.5);

} // namespace lupa::tracking
