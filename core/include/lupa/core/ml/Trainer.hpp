// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/ml/Network.hpp>
#include <lupa/core/ml/Tensor.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace lupa::ml {

/// Settings of supervised training with Adam on mini-batches.
struct TrainConfig {
    std::uint64_t seed = 1;          ///< seeds the shuffling and the validation split
    int epochs = 20;                 ///< maximum number of passes over the training samples, >= 1
    int batchSize = 64;              ///< samples per optimiser step, >= 1
    double learningRate = 1e-3;      ///< Adam's step size, > 0
    double validationFraction = 0.2; ///< share of samples held out for validation, in [0, 1)
    int patience = 0;         ///< stop after this many epochs without improvement; 0 = never stop early
    double minDelta = 0;      ///< an epoch improves when its loss is below the best minus this, >= 0
    std::string loss = "mse"; ///< "mse" (mean squared error), "masked_mse" (the mean squared error over
                              ///< the target entries that are not NaN: NaN marks padding to ignore) or
                              ///< "bce" (binary cross-entropy; needs a network with probability output
                              ///< and targets in [0, 1]) or "cross_entropy" (softmax cross-entropy of
                              ///< class logits [N, K]; targets are class indices 0..K-1, shape [N] or [N, 1])
    double weightDecay = 0;   ///< L2 penalty added by Adam, >= 0

    /// Success when every field is in range and the loss is known; a Usage error naming the field.
    [[nodiscard]] Result<void> validate() const;
    /// All fields as a JSON object (for model metadata).
    [[nodiscard]] nlohmann::json toJson() const;
    /// Reads what toJson() wrote; missing fields keep their defaults. A BadInput error on wrong types.
    [[nodiscard]] static Result<TrainConfig> fromJson(const nlohmann::json& json);
};

/// What happened during training. Losses are means over samples and outputs of the configured loss.
struct TrainHistory {
    std::vector<double> trainLoss;      ///< per epoch, over the training samples (during the epoch)
    std::vector<double> validationLoss; ///< per epoch, after the epoch; empty without validation
    int bestEpoch = -1;                 ///< 0-based epoch whose weights the network holds at the end
    double bestLoss = 0;       ///< the monitored loss (validation if any, else training) of bestEpoch
    bool stoppedEarly = false; ///< true when patience ran out before the last epoch
};

/// One finished epoch, for live loss curves.
struct EpochReport {
    int epoch = 0;             ///< 0-based index of the epoch just finished
    int epochs = 0;            ///< the configured maximum
    double trainLoss = 0;      ///< mean training loss of the epoch
    double validationLoss = 0; ///< validation loss after the epoch, NaN without validation
};

/// Called after every epoch, on the training thread.
using EpochCallback = std::function<void(const EpochReport&)>;

/// Trains `network` to map `inputs` (shape [N, inputShape...]) to `targets` (shape [N, outputShape...];
/// for loss "cross_entropy" class indices of shape [N] or [N, 1]).
/// Samples are split once, with a generator seeded by config.seed, into training and validation
/// sets; the training set is reshuffled every epoch. The monitored loss is the validation loss when
/// there is a validation set, else the training loss; at the end the network holds the weights of
/// the epoch with the lowest monitored loss. Same network weights, data and config give the same
/// history and weights on the same thread count.
///
/// Progress goes to `progress` ("epoch 3/20, loss 0.0123") and cancellation is polled every batch:
/// a cancelled job returns Error::cancelled() and leaves the network exactly as it was before
/// training. Errors: Usage for an invalid config or loss, BadInput for mismatched data shapes.
[[nodiscard]] Result<TrainHistory> train(Network& network, const Tensor& inputs, const Tensor& targets,
                                         const TrainConfig& config,
                                         ProgressSink& progress = NullProgress::instance(),
                                         const EpochCallback& onEpoch = {});

} // namespace lupa::ml
