// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/ml/NetworkSpec.hpp>

#include <cstdint>
#include <vector>

namespace lupa::ml {

/// A small convolutional classifier of one-channel square crops (module inspection: defect classes).
/// Input shape (1, cropSize, cropSize), grey values in [0, 1]. Per entry of `channels` a block of a
/// 3x3 convolution (padding 1), ReLU and 2x2 max pooling; then a global average pool and a linear
/// layer to classCount logits (no softmax: train with loss "cross_entropy"; the inference engine
/// returns softmax probabilities).
struct CnnClassifierParams {
    std::int64_t cropSize = 48;                     ///< side of the crops (px), at least 2^blocks
    std::vector<std::int64_t> channels{16, 32, 32}; ///< widths of the convolution blocks (1 to 6)
    std::int64_t classCount = 2;                    ///< number of classes, >= 2

    /// The spec of kind "cnn_classifier" with these parameters.
    [[nodiscard]] NetworkSpec toSpec() const;
    /// Reads and validates the parameters of a "cnn_classifier" spec; a BadInput error saying what is
    /// wrong.
    [[nodiscard]] static Result<CnnClassifierParams> fromSpec(const NetworkSpec& spec);
    /// Success when the parameters are in range; a BadInput error naming the parameter otherwise.
    [[nodiscard]] Result<void> validate() const;
};

} // namespace lupa::ml
