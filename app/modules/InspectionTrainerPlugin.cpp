// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "InspectionTrainerPlugin.hpp"

#include "ModuleLoader.hpp"

namespace lupa::cli {

Result<inspection::TrainedConvModel>
runConvAutoencoderTrainingModule(const ConvAutoencoderTrainRequest& request) {
    if (request.patches == nullptr)
        return Error::usage("an autoencoder training request without patches");
    auto symbol = loadModuleSymbol(kInspectionTrainerModule, kConvAutoencoderTrainSymbol,
                                   "the inspection trainer module");
    if (!symbol)
        return std::move(symbol).error();
    return reinterpret_cast<ConvAutoencoderTrainFunction>(*symbol)(request);
}

Result<inspection::TrainedConvModel>
runDefectClassifierTrainingModule(const DefectClassifierTrainRequest& request) {
    if (request.crops == nullptr || request.labels == nullptr || request.classNames == nullptr)
        return Error::usage("a classifier training request without crops, labels or class names");
    auto symbol = loadModuleSymbol(kInspectionTrainerModule, kDefectClassifierTrainSymbol,
                                   "the inspection trainer module");
    if (!symbol)
        return std::move(symbol).error();
    return reinterpret_cast<DefectClassifierTrainFunction>(*symbol)(request);
}

} // namespace lupa::cli
