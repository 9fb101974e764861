// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/anomaly/FeatureTable.hpp>
#include <lupa/core/ml/NetworkSpec.hpp>
#include <lupa/core/ml/Trainer.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace lupa::anomaly {

/// How to build and train an anomaly-detection autoencoder.
struct AutoencoderOptions {
    std::vector<std::int64_t> hiddenSizes{32}; ///< encoder widths between input and latent (mirrored)
    std::int64_t latentSize = 8;               ///< width of the bottleneck
    ml::Activation activation = ml::Activation::Relu;
    bool maskPaddedObjects = true; ///< leave zero-padded objects out of the loss (see AnomalyModelInfo)
    bool logPt = true;             ///< "*_pt" columns enter as log(1 + pT) (see AnomalyModelInfo)
    bool variational = false;      ///< a variational autoencoder (DenseAutoencoderParams::variational)
    double beta = 1.0;             ///< its KL weight
    ml::TrainConfig train = defaultTrainConfig();

    /// Adam, 20 epochs, batches of 256, learning rate 1e-3, 20 % validation, patience 3, masked MSE.
    [[nodiscard]] static ml::TrainConfig defaultTrainConfig();
};

/// A trained anomaly model: the bytes of its model file and how training went.
struct TrainedAnomalyModel {
    std::string modelFile; ///< a complete lupa model file (kind "anomaly-ae")
    ml::TrainHistory history;
    std::vector<double>
        backgroundThresholds; ///< score thresholds at FPR 1e-2, 1e-3, 1e-4, 1e-5 of the training set
};

/// Trains a dense autoencoder on background events only: inputs prepared by prepareEvents() with
/// fitMaskedNormalisation() statistics (stored in the model), padded objects masked in the loss, seeded by
/// options.train.seed. The model file's metadata holds the columns, the training configuration and history,
/// and score thresholds at FPR 1e-2 ... 1e-5 on the training sample ("fpr_1e-3", ...). Errors: BadInput for
/// an empty table, Usage for invalid options, Cancelled when progress asks.
[[nodiscard]] Result<TrainedAnomalyModel> trainAutoencoder(const FeatureTable& background,
                                                           const AutoencoderOptions& options,
                                                           ProgressSink& progress = NullProgress::instance(),
                                                           const ml::EpochCallback& onEpoch = {});

} // namespace lupa::anomaly
