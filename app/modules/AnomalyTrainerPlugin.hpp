// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// `anomaly train` trains a network and `anomaly export --torchscript` writes TorchScript: both run in
// a module of its own (lupa_anomaly_trainer.so) that lupa-cli and lupa load only when asked
// (ModuleLoader.hpp). Scoring and evaluation need no libtorch.

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/anomaly/FeatureTable.hpp>
#include <lupa/core/anomaly/Training.hpp>
#include <lupa/core/ml/DenseModel.hpp>
#include <lupa/core/ml/Trainer.hpp>

#include <filesystem>

namespace lupa::cli {

/// One training run.
struct AnomalyTrainRequest {
    const anomaly::FeatureTable* background = nullptr;
    anomaly::AutoencoderOptions options;
    int threads = 0; ///< 0 = one per core
    ProgressSink* progress = nullptr;
    /// Called after every epoch on the training thread (live loss curves); may be empty.
    ml::EpochCallback onEpoch;
};

/// The module's entry point, looked up by name (kAnomalyTrainerSymbol).
using AnomalyTrainFunction = Result<anomaly::TrainedAnomalyModel> (*)(const AnomalyTrainRequest& request);
inline constexpr const char* kAnomalyTrainerSymbol = "lupaAnomalyTrain";
inline constexpr const char* kAnomalyTrainerModule = "lupa_anomaly_trainer.so";

/// Loads the module (loadModuleSymbol) and trains.
[[nodiscard]] Result<anomaly::TrainedAnomalyModel>
runAnomalyTrainerModule(const AnomalyTrainRequest& request);

/// The module's second entry point: anomaly::exportTorchScript (TorchScript needs libtorch too).
using TorchScriptExportFunction = Result<void> (*)(const ml::DenseModel& model,
                                                   const std::filesystem::path& path);
inline constexpr const char* kTorchScriptExportSymbol = "lupaAnomalyExportTorchScript";

/// Loads the module and writes `model` as a TorchScript file at `path`.
[[nodiscard]] Result<void> exportTorchScriptThroughModule(const ml::DenseModel& model,
                                                          const std::filesystem::path& path);

} // namespace lupa::cli
