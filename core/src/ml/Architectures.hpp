// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// Private to core's ML sources: includes libtorch. To add a network kind, give it a params struct
// with toSpec()/fromSpec() (see Mlp.hpp), a name in lupa::ml::kinds, and a builder in Architectures.cpp.

#include <lupa/core/Result.hpp>
#include <lupa/core/ml/NetworkSpec.hpp>

#include <torch/torch.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lupa::ml::detail {

/// The libtorch modules of a spec, with default (not yet seeded) weights.
struct BuiltModule {
    torch::nn::Sequential module{nullptr}; ///< the whole network
    std::size_t encoderDepth = 0;          ///< the first modules that output the latent code; 0 = none
    bool probabilityOutput = false;        ///< the last layer is a sigmoid
    std::vector<std::int64_t> inputShape;  ///< one sample
};

/// Builds the modules of `spec`; a BadInput error for an unknown kind or invalid parameters.
/// Throws only what libtorch throws (the caller catches).
[[nodiscard]] Result<BuiltModule> buildModule(const NetworkSpec& spec);

/// Draws every weight and bias of `module` from U(-1/sqrt(fan_in), 1/sqrt(fan_in)) with a generator
/// seeded with `seed` (libtorch's default for Linear and Conv layers, but without its global RNG).
void initialiseWeights(torch::nn::Module& module, std::uint64_t seed);

} // namespace lupa::ml::detail
