// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The body of lupa_inspection_trainer.so (see InspectionTrainerPlugin.hpp).
#include "InspectionTrainerPlugin.hpp"

#include <lupa/core/Parallel.hpp>

extern "C" __attribute__((visibility("default"))) lupa::Result<lupa::inspection::TrainedConvModel>
lupaInspectionTrainAutoencoder(const lupa::cli::ConvAutoencoderTrainRequest& request) {
    using namespace lupa;
    setThreadCount(request.threads);
    ProgressSink& progress = request.progress ? *request.progress : NullProgress::instance();
    return inspection::trainConvAutoencoder(*request.patches, request.options, progress, request.onEpoch);
}

extern "C" __attribute__((visibility("default"))) lupa::Result<lupa::inspection::TrainedConvModel>
lupaInspectionTrainClassifier(const lupa::cli::DefectClassifierTrainRequest& request) {
    using namespace lupa;
    setThreadCount(request.threads);
    ProgressSink& progress = request.progress ? *request.progress : NullProgress::instance();
    return inspection::trainDefectClassifier(*request.crops, *request.labels, *request.classNames,
                                             request.options, progress, request.onEpoch);
}
