// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The training defaults of module inspection's networks: in lupa::core (no libtorch), so that callers can
// fill a request without linking core_ml.
#include <lupa/core/inspection/ConvTraining.hpp>

namespace lupa::inspection {

ml::TrainConfig ConvAutoencoderOptions::defaultTrainConfig() {
    ml::TrainConfig config;
    config.epochs = 8;
    config.batchSize = 32;
    config.learningRate = 2e-3;
    config.validationFraction = 0.1;
    config.patience = 3;
    config.loss = "mse";
    return config;
}

ml::TrainConfig DefectClassifierOptions::defaultTrainConfig() {
    ml::TrainConfig config;
    config.epochs = 20;
    config.batchSize = 32;
    config.learningRate = 2e-3;
    config.validationFraction = 0.15;
    config.patience = 4;
    config.loss = "cross_entropy";
    return config;
}

} // namespace lupa::inspection
