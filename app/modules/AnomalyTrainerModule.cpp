// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The body of lupa_anomaly_trainer.so (see AnomalyTrainerPlugin.hpp).
#include "AnomalyTrainerPlugin.hpp"

#include <lupa/core/Parallel.hpp>
#include <lupa/core/anomaly/TorchScriptExport.hpp>

extern "C" __attribute__((visibility("default"))) lupa::Result<lupa::anomaly::TrainedAnomalyModel>
lupaAnomalyTrain(const lupa::cli::AnomalyTrainRequest& request) {
    using namespace lupa;
    setThreadCount(request.threads);
    ProgressSink& progress = request.progress ? *request.progress : NullProgress::instance();
    return anomaly::trainAutoencoder(*request.background, request.options, progress, request.onEpoch);
}

extern "C" __attribute__((visibility("default"))) lupa::Result<void>
lupaAnomalyExportTorchScript(const lupa::ml::DenseModel& model, const std::filesystem::path& path) {
    return lupa::anomaly::exportTorchScript(model, path);
}
