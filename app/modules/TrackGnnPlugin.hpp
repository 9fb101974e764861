// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// `track train` and `track run --model` need libtorch (the interaction network), so they run in a module of
// their own (lupa_track_gnn.so) that lupa-cli and lupa load only when asked (ModuleLoader.hpp). The model
// never crosses the module boundary: the module trains and writes it, or reads it and reconstructs.
#include <lupa/core/Json.hpp>
#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/ml/Trainer.hpp>
#include <lupa/core/tracking/GnnTracker.hpp>
#include <lupa/core/trackml/Event.hpp>

#include <filesystem>
#include <optional>
#include <vector>

namespace lupa::cli {

/// One training run of the GNN pipeline, written to `out`.
struct TrackTrainRequest {
    const std::vector<trackml::Event>* events = nullptr;
    tracking::GnnTrainConfig config;
    std::filesystem::path out;
    int threads = 0; ///< 0 = one per core
    ProgressSink* progress = nullptr;
    ml::EpochCallback onEpoch; ///< after every epoch, on the training thread; may be empty
};

/// What training reports: the model's training record (losses, graph sizes) and the map's size.
struct TrackTrainSummary {
    Json training;
    std::size_t modulePairs = 0;
    std::size_t layerPairs = 0;
    std::int64_t parameters = 0;
};

/// One reconstruction with a trained model.
struct TrackGnnRunRequest {
    std::filesystem::path model;
    const std::vector<trackml::Hit>* hits = nullptr;
    std::optional<tracking::SegmentationConfig> segmentation; ///< replaces the model's when given
    int threads = 0;
    ProgressSink* progress = nullptr;
};

/// The reconstruction and the model's graph kind.
struct TrackGnnRunOutput {
    tracking::GnnResult result;
    tracking::GraphKind graph = tracking::GraphKind::LayerMap;
    tracking::SegmentationConfig segmentation; ///< the settings used
};

using TrackTrainFunction = Result<TrackTrainSummary> (*)(const TrackTrainRequest& request);
using TrackGnnRunFunction = Result<TrackGnnRunOutput> (*)(const TrackGnnRunRequest& request);
inline constexpr const char* kTrackTrainSymbol = "lupaTrackTrain";
inline constexpr const char* kTrackGnnRunSymbol = "lupaTrackGnnRun";
inline constexpr const char* kTrackGnnModule = "lupa_track_gnn.so";

/// Loads the module and trains (the model is written to request.out).
[[nodiscard]] Result<TrackTrainSummary> runTrackTrainModule(const TrackTrainRequest& request);
/// Loads the module and reconstructs with the model file.
[[nodiscard]] Result<TrackGnnRunOutput> runTrackGnnModule(const TrackGnnRunRequest& request);

} // namespace lupa::cli
