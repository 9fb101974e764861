// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// Training of module inspection's convolutional networks runs in a module of its own
// (lupa_inspection_trainer.so) that lupa-cli and lupa load only when asked (ModuleLoader.hpp):
// inference needs no libtorch (vision::ConvModel).

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/inspection/ConvTraining.hpp>
#include <lupa/core/ml/Tensor.hpp>
#include <lupa/core/ml/Trainer.hpp>

#include <string>
#include <vector>

namespace lupa::cli {

inline constexpr const char* kInspectionTrainerModule = "lupa_inspection_trainer.so";

/// One training run of the inspection autoencoder (inspection::trainConvAutoencoder).
struct ConvAutoencoderTrainRequest {
    const ml::Tensor* patches = nullptr; ///< [N, 1, S, S], grey in [0, 1] (vision::samplePatches)
    inspection::ConvAutoencoderOptions options;
    int threads = 0; ///< 0 = one per core
    ProgressSink* progress = nullptr;
    /// Called after every epoch on the training thread (live loss curves); may be empty.
    ml::EpochCallback onEpoch;
};

/// One training run of the defect classifier (inspection::trainDefectClassifier).
struct DefectClassifierTrainRequest {
    const ml::Tensor* crops = nullptr;                    ///< [N, 1, S, S], grey in [0, 1]
    const std::vector<int>* labels = nullptr;             ///< per crop, an index into classNames
    const std::vector<std::string>* classNames = nullptr; ///< at least two
    inspection::DefectClassifierOptions options;
    int threads = 0; ///< 0 = one per core
    ProgressSink* progress = nullptr;
    ml::EpochCallback onEpoch; ///< may be empty
};

/// The module's entry points, looked up by name.
using ConvAutoencoderTrainFunction =
    Result<inspection::TrainedConvModel> (*)(const ConvAutoencoderTrainRequest& request);
using DefectClassifierTrainFunction =
    Result<inspection::TrainedConvModel> (*)(const DefectClassifierTrainRequest& request);
inline constexpr const char* kConvAutoencoderTrainSymbol = "lupaInspectionTrainAutoencoder";
inline constexpr const char* kDefectClassifierTrainSymbol = "lupaInspectionTrainClassifier";

/// Loads the module (loadModuleSymbol) and trains the autoencoder. A Usage error when the request
/// lacks its patches.
[[nodiscard]] Result<inspection::TrainedConvModel>
runConvAutoencoderTrainingModule(const ConvAutoencoderTrainRequest& request);

/// Loads the module and trains the classifier. A Usage error when the request lacks crops, labels or
/// class names.
[[nodiscard]] Result<inspection::TrainedConvModel>
runDefectClassifierTrainingModule(const DefectClassifierTrainRequest& request);

} // namespace lupa::cli
