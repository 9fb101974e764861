// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/ml/NetworkSpec.hpp>

#include <cstdint>
#include <vector>

namespace lupa::ml {

/// A fully convolutional autoencoder of one-channel images (module inspection: anomaly maps from the
/// reconstruction error). Input and output have shape (1, patchSize, patchSize), grey values in [0, 1].
/// Encoder: per entry of `channels` a 3x3 convolution with stride 2 and padding 1, then ReLU (each
/// halves the resolution). Decoder, mirrored: per level a nearest-neighbour upsampling x2, a 3x3
/// convolution (padding 1) and ReLU, down to channels[0]; then a 3x3 convolution to one channel and a
/// sigmoid. Being fully convolutional it runs on any image whose sides are multiples of
/// strideProduct() (the inference engine pads and crops). Network::encode() returns the bottleneck.
struct ConvAutoencoderParams {
    std::int64_t patchSize = 64; ///< side of the training patches (px), a multiple of strideProduct()
    std::vector<std::int64_t> channels{8, 16, 32}; ///< encoder widths, one per stride-2 level (1 to 6 levels)

    /// 2^levels: image sides must be multiples of it (px).
    [[nodiscard]] std::int64_t strideProduct() const;
    /// The spec of kind "conv_autoencoder" with these parameters.
    [[nodiscard]] NetworkSpec toSpec() const;
    /// Reads and validates the parameters of a "conv_autoencoder" spec; a BadInput error saying what
    /// is wrong.
    [[nodiscard]] static Result<ConvAutoencoderParams> fromSpec(const NetworkSpec& spec);
    /// Success when the parameters are in range; a BadInput error naming the parameter otherwise.
    [[nodiscard]] Result<void> validate() const;
};

} // namespace lupa::ml
