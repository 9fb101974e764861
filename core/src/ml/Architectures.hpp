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

/// The sampling step of a variational autoencoder: splits its input into mean and log-variance
/// (latentSize each) and returns mean + noise x exp(log-variance / 2) in training, the mean in
/// inference. It keeps the last batch's KL penalty for the trainer.
class ReparameteriseImpl : public torch::nn::Module {
public:
    ReparameteriseImpl(std::int64_t latentSize, std::int64_t inputSize, double beta);
    torch::Tensor forward(const torch::Tensor& input);
    /// beta x mean over the batch of KL(N(mean, sigma) || N(0, 1)) / inputSize, of the last forward().
    [[nodiscard]] const torch::Tensor& penalty() const { return m_penalty; }
    /// Seeds the noise.
    void seed(std::uint64_t seed);

private:
    std::int64_t m_latent;
    double m_scale; ///< beta / inputSize
    at::Generator m_generator;
    torch::Tensor m_penalty;
};
TORCH_MODULE(Reparameterise);

/// The sampling steps inside `module` (none for networks that are not variational).
[[nodiscard]] std::vector<std::shared_ptr<ReparameteriseImpl>> samplingSteps(const torch::nn::Module& module);

/// Builds the modules of `spec`; a BadInput error for an unknown kind or invalid parameters.
/// Throws only what libtorch throws (the caller catches).
[[nodiscard]] Result<BuiltModule> buildModule(const NetworkSpec& spec);

/// Draws every weight and bias of `module` from U(-1/sqrt(fan_in), 1/sqrt(fan_in)) with a generator
/// seeded with `seed` (libtorch's default for Linear and Conv layers, but without its global RNG).
void initialiseWeights(torch::nn::Module& module, std::uint64_t seed);

} // namespace lupa::ml::detail
