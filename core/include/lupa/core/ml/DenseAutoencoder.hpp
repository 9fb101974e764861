// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/ml/NetworkSpec.hpp>

#include <cstdint>
#include <vector>

namespace lupa::ml {

/// A fully connected autoencoder: input -> encoderSizes... -> latentSize -> mirrored decoder ->
/// input. The latent layer is linear (no activation); the output is linear unless sigmoidOutput.
/// Network::encode() returns the latent vector.
struct DenseAutoencoderParams {
    std::int64_t inputSize = 0;               ///< number of input (and output) features, > 0
    std::vector<std::int64_t> encoderSizes;   ///< hidden widths from input to latent, may be empty
    std::int64_t latentSize = 0;              ///< width of the bottleneck, > 0
    Activation activation = Activation::Relu; ///< after every hidden layer
    bool sigmoidOutput = false;               ///< a sigmoid after the last layer (outputs in (0, 1))
    /// A variational autoencoder: the encoder's last layer outputs the mean and the log-variance of
    /// the latent Gaussian (2 x latentSize values); in training the decoder sees mean + noise x sigma
    /// and the loss adds beta x KL(q(z|x) || N(0, 1)) / inputSize per event; in inference the decoder
    /// sees the mean. encode() returns (mean, log-variance).
    bool variational = false;
    double beta = 1.0; ///< weight of the KL term (variational only), >= 0

    /// Layer widths from the input to the encoder's output: inputSize, encoderSizes..., latentSize
    /// (2 x latentSize for a variational autoencoder: mean and log-variance).
    [[nodiscard]] std::vector<std::int64_t> encoderWidths() const;
    /// Layer widths from the latent vector to the output: latentSize, encoderSizes reversed..., inputSize.
    [[nodiscard]] std::vector<std::int64_t> decoderWidths() const;

    /// The spec of kind "dense_autoencoder" with these parameters.
    [[nodiscard]] NetworkSpec toSpec() const;
    /// Reads and validates the parameters of a "dense_autoencoder" spec; a BadInput error saying what
    /// is wrong.
    [[nodiscard]] static Result<DenseAutoencoderParams> fromSpec(const NetworkSpec& spec);
};

} // namespace lupa::ml
