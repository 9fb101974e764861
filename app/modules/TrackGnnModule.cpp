// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The body of lupa_track_gnn.so (see TrackGnnPlugin.hpp).
#include "TrackGnnPlugin.hpp"

#include <lupa/core/Parallel.hpp>

extern "C" __attribute__((visibility("default"))) lupa::Result<lupa::cli::TrackTrainSummary>
lupaTrackTrain(const lupa::cli::TrackTrainRequest& request) {
    using namespace lupa;
    setThreadCount(request.threads);
    ProgressSink& progress = request.progress ? *request.progress : NullProgress::instance();
    auto model = tracking::trainGnn(*request.events, request.config, progress, request.onEpoch);
    if (!model)
        return std::move(model).error();
    LUPA_TRY(tracking::saveGnnModel(request.out, *model));
    return cli::TrackTrainSummary{model->training, model->moduleMap.pairCount(),
                                  model->moduleMap.layerPairCount(), model->classifier.parameterCount()};
}

extern "C" __attribute__((visibility("default"))) lupa::Result<lupa::cli::TrackGnnRunOutput>
lupaTrackGnnRun(const lupa::cli::TrackGnnRunRequest& request) {
    using namespace lupa;
    setThreadCount(request.threads);
    auto model = tracking::loadGnnModel(request.model);
    if (!model)
        return std::move(model).error();
    auto result = tracking::reconstructGnn(*request.hits, *model, request.segmentation, request.progress);
    if (!result)
        return std::move(result).error();
    return cli::TrackGnnRunOutput{std::move(*result), model->graph,
                                  request.segmentation.value_or(model->segmentation)};
}
