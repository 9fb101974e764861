// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AnomalyTrainerPlugin.hpp"

#include "ModuleLoader.hpp"

namespace lupa::cli {

Result<anomaly::TrainedAnomalyModel> runAnomalyTrainerModule(const AnomalyTrainRequest& request) {
    auto symbol =
        loadModuleSymbol(kAnomalyTrainerModule, kAnomalyTrainerSymbol, "the anomaly trainer module");
    if (!symbol)
        return std::move(symbol).error();
    return reinterpret_cast<AnomalyTrainFunction>(*symbol)(request);
}

Result<void> exportTorchScriptThroughModule(const ml::DenseModel& model, const std::filesystem::path& path) {
    auto symbol =
        loadModuleSymbol(kAnomalyTrainerModule, kTorchScriptExportSymbol, "the anomaly trainer module");
    if (!symbol)
        return std::move(symbol).error();
    return reinterpret_cast<TorchScriptExportFunction>(*symbol)(model, path);
}

} // namespace lupa::cli
