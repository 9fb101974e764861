// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/ml/EdgeClassifier.hpp>
#include <lupa/core/tracking/HitGraph.hpp>
#include <lupa/core/tracking/ModuleMap.hpp>
#include <lupa/core/tracking/Segmentation.hpp>
#include <lupa/core/trackml/Event.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace lupa::tracking {

/// Settings of training the GNN pipeline.
struct GnnTrainConfig {
    GraphKind graph = GraphKind::LayerMap;
    ModuleMapOptions moduleMap;           ///< which particles the module map learns from
    ModuleMapGraphConfig moduleMapGraph;  ///< how the map builds graphs
    GeometricGraphConfig geometricGraph;  ///< the fallback's cuts
    ml::InteractionNetworkParams network; ///< its feature counts are set from the graphs
    ml::TrainConfig training;             ///< epochs, learning rate, validation share, seed
    SegmentationConfig segmentation;      ///< stored in the model; `track run` may override
};

/// Standardisation of the classifier's inputs: (feature - mean) / scale, then clipped to [-10, 10].
struct FeatureScaling {
    std::vector<float> nodeMean, nodeScale; ///< kNodeFeatures each
    std::vector<float> edgeMean, edgeScale; ///< kEdgeFeatures each
};

/// A trained pipeline: how to build graphs, the edge classifier and the segmentation settings.
struct GnnModel {
    GraphKind graph = GraphKind::LayerMap;
    ModuleMap moduleMap; ///< empty for GraphKind::Geometric
    ModuleMapGraphConfig moduleMapGraph;
    GeometricGraphConfig geometricGraph;
    ml::EdgeClassifier classifier;
    SegmentationConfig segmentation;
    FeatureScaling scaling;                             ///< measured on the training graphs
    nlohmann::json training = nlohmann::json::object(); ///< what training reported (losses, edge quality)
};

/// Learns the module map (layer and module pairs, unless GraphKind::Geometric) from the truth of `events`,
/// builds their graphs, labels the edges from the truth and trains the edge classifier. A BadInput error
/// names an event without truth.
[[nodiscard]] Result<GnnModel> trainGnn(std::span<const trackml::Event> events, const GnnTrainConfig& config,
                                        ProgressSink& progress = NullProgress::instance(),
                                        const ml::EpochCallback& onEpoch = {});

/// Wall-clock time of each stage [s].
struct GnnTiming {
    double graph = 0, features = 0, classifier = 0, segmentation = 0, total = 0;
};

/// What the pipeline made of one event.
struct GnnResult {
    std::vector<std::uint64_t> trackOfHit; ///< parallel to the hits: track id from 1, 0 = unassigned
    std::size_t edges = 0;                 ///< graph edges
    std::size_t keptEdges = 0;             ///< edges scored at least the cut
    std::size_t tracks = 0;
    HitGraph graph;            ///< the event's graph
    std::vector<float> scores; ///< per edge
    GnnTiming seconds;
};

/// Builds the graph of `hits`, scores its edges and segments them into tracks (`segmentation` replaces the
/// model's settings when given). Cancelled when `progress` is.
[[nodiscard]] Result<GnnResult> reconstructGnn(std::span<const trackml::Hit> hits, const GnnModel& model,
                                               const std::optional<SegmentationConfig>& segmentation = {},
                                               ProgressSink* progress = nullptr);

/// Writes `model` as a lupa model file (kind "track-gnn"), atomically.
[[nodiscard]] Result<void> saveGnnModel(const std::filesystem::path& path, const GnnModel& model);
/// Reads a model written by saveGnnModel; BadInput naming the file when it is not one.
[[nodiscard]] Result<GnnModel> loadGnnModel(const std::filesystem::path& path);

} // namespace lupa::tracking
