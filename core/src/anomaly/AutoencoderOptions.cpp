// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The defaults of anomaly training, in core (no libtorch) so that option parsers can use them.
#include <lupa/core/anomaly/Training.hpp>

namespace lupa::anomaly {

ml::TrainConfig AutoencoderOptions::defaultTrainConfig() {
    ml::TrainConfig config;
    config.epochs = 20;
    config.batchSize = 256;
    config.learningRate = 1e-3;
    config.validationFraction = 0.2;
    config.patience = 3;
    config.loss = "masked_mse";
    return config;
}

} // namespace lupa::anomaly
