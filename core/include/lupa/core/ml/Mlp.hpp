// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/ml/NetworkSpec.hpp>

#include <cstdint>
#include <vector>

namespace lupa::ml {

/// A fully connected network (multi-layer perceptron): Linear layers with an activation between
/// them, none after the last unless sigmoidOutput. Input and output are flat vectors.
struct MlpParams {
    /// Widths from input to output, at least two: {57, 32, 16, 1} is 57 inputs, two hidden layers
    /// of 32 and 16 units and one output. Every width is positive.
    std::vector<std::int64_t> layerSizes;
    Activation activation = Activation::Relu; ///< between hidden layers
    bool sigmoidOutput = false;               ///< a sigmoid after the last layer (outputs in (0, 1))

    /// The spec of kind "mlp" with these parameters.
    [[nodiscard]] NetworkSpec toSpec() const;
    /// Reads and validates the parameters of an "mlp" spec; a BadInput error saying what is wrong.
    [[nodiscard]] static Result<MlpParams> fromSpec(const NetworkSpec& spec);
};

} // namespace lupa::ml
