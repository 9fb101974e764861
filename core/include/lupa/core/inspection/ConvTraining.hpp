// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// Training of module inspection's convolutional networks (in lupa::core_ml: it needs libtorch).
// Programs reach it through app/modules' lupa_inspection_trainer.so; inference runs without libtorch
// in lupa::vision's ConvModel.

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/ml/CnnClassifier.hpp>
#include <lupa/core/ml/ConvAutoencoder.hpp>
#include <lupa/core/ml/ModelMetadata.hpp>
#include <lupa/core/ml/Tensor.hpp>
#include <lupa/core/ml/Trainer.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace lupa::inspection {

/// ModelMetadata::kind of an inspection autoencoder (anomaly maps by reconstruction error).
inline constexpr std::string_view kInspectionAutoencoderKind = "inspection-ae";
/// ModelMetadata::kind of a defect classifier.
inline constexpr std::string_view kDefectClassifierKind = "defect-classifier";
/// Version of the inspection fields in ModelMetadata::extra["inspection"] (written by the trainers).
inline constexpr int kInspectionModelVersion = 1;

/// How to build and train the convolutional autoencoder. network.patchSize must equal the patches' side.
struct ConvAutoencoderOptions {
    ml::ConvAutoencoderParams network;
    ml::TrainConfig train = defaultTrainConfig();

    /// Adam, 8 epochs, batches of 32, learning rate 2e-3, 10 % validation, patience 3, loss "mse".
    [[nodiscard]] static ml::TrainConfig defaultTrainConfig();
};

/// How to build and train the defect classifier. network.cropSize must equal the crops' side;
/// network.classCount is set from the class names.
struct DefectClassifierOptions {
    ml::CnnClassifierParams network;
    ml::TrainConfig train = defaultTrainConfig();

    /// Adam, 20 epochs, batches of 32, learning rate 2e-3, 15 % validation, patience 4, "cross_entropy".
    [[nodiscard]] static ml::TrainConfig defaultTrainConfig();
};

/// A trained inspection network: its model file and how training went.
struct TrainedConvModel {
    /// A complete lupa model file (ModelFileFormat.hpp). Its metadata: kind (kInspectionAutoencoderKind
    /// or kDefectClassifierKind), inputShape (1, side, side), trainingSetHash of the inputs, and
    /// extra["inspection"] = {"version", "classNames" (classifier; index = class), "pixelScale":
    /// "grey8/255"}, extra["training"] = {"config", "history", "samples"}. Thresholds are added later
    /// by whoever calibrates the model (ModelMetadata::thresholds).
    std::string modelFile;
    ml::ModelMetadata metadata; ///< the metadata inside modelFile
    ml::TrainHistory history;   ///< losses per epoch
};

/// Trains a convolutional autoencoder on defect-free patches of shape [N, 1, S, S], grey values in
/// [0, 1] (vision::samplePatches makes them), seeded by options.train.seed. Errors: BadInput for fewer
/// than 2 patches or patches of another shape than (1, patchSize, patchSize), Usage for invalid
/// options, Cancelled when `progress` asks (polled every batch).
[[nodiscard]] Result<TrainedConvModel> trainConvAutoencoder(const ml::Tensor& patches,
                                                            const ConvAutoencoderOptions& options,
                                                            ProgressSink& progress = NullProgress::instance(),
                                                            const ml::EpochCallback& onEpoch = {});

/// Trains a CNN classifier of defect crops [N, 1, S, S] (grey values in [0, 1]; vision::cropsForBoxes
/// makes them) with labels[i] the index into `classNames` of crop i (at least two classes), seeded by
/// options.train.seed. Errors: BadInput for mismatched sizes or labels out of range, Usage for invalid
/// options, Cancelled when `progress` asks.
[[nodiscard]] Result<TrainedConvModel>
trainDefectClassifier(const ml::Tensor& crops, const std::vector<int>& labels,
                      const std::vector<std::string>& classNames, const DefectClassifierOptions& options,
                      ProgressSink& progress = NullProgress::instance(),
                      const ml::EpochCallback& onEpoch = {});

} // namespace lupa::inspection
