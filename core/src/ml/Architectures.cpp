// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/Architectures.hpp"

#include <lupa/core/ml/DenseAutoencoder.hpp>
#include <lupa/core/ml/Mlp.hpp>

#include <fmt/format.h>

#include <ATen/CPUGeneratorImpl.h>
#include <cmath>

namespace lupa::ml::detail {
namespace {

void addActivation(torch::nn::Sequential& sequential, Activation activation) {
    switch (activation) {
    case Activation::Relu:
        sequential->push_back(torch::nn::ReLU());
        return;
    case Activation::Tanh:
        sequential->push_back(torch::nn::Tanh());
        return;
    case Activation::LeakyRelu:
        sequential->push_back(torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.01)));
        return;
    }
}

// Linear layers through `sizes`, with `activation` after each one except the last when !activateLast.
torch::nn::Sequential denseStack(const std::vector<std::int64_t>& sizes, Activation activation,
                                 bool activateLast) {
    torch::nn::Sequential stack;
    for (std::size_t i = 1; i < sizes.size(); ++i) {
        stack->push_back(torch::nn::Linear(sizes[i - 1], sizes[i]));
        if (i + 1 < sizes.size() || activateLast)
            addActivation(stack, activation);
    }
    return stack;
}

Result<BuiltModule> buildMlp(const NetworkSpec& spec) {
    auto params = MlpParams::fromSpec(spec);
    if (!params)
        return std::move(params).error();
    BuiltModule built;
    built.module = denseStack(params->layerSizes, params->activation, false);
    if (params->sigmoidOutput)
        built.module->push_back(torch::nn::Sigmoid());
    built.probabilityOutput = params->sigmoidOutput;
    built.inputShape = {params->layerSizes.front()};
    return built;
}

Result<BuiltModule> buildDenseAutoencoder(const NetworkSpec& spec) {
    auto params = DenseAutoencoderParams::fromSpec(spec);
    if (!params)
        return std::move(params).error();
    // One flat stack (libtorch cannot nest Sequentials): the encoder is its first encoderDepth modules.
    BuiltModule built;
    built.module = denseStack(params->encoderWidths(), params->activation, false);
    built.encoderDepth = built.module->size();
    if (params->variational)
        built.module->push_back(Reparameterise(params->latentSize, params->inputSize, params->beta));
    built.module->extend(*denseStack(params->decoderWidths(), params->activation, false));
    if (params->sigmoidOutput)
        built.module->push_back(torch::nn::Sigmoid());
    built.probabilityOutput = params->sigmoidOutput;
    built.inputShape = {params->inputSize};
    return built;
}

} // namespace

ReparameteriseImpl::ReparameteriseImpl(std::int64_t latentSize, std::int64_t inputSize, double beta)
    : m_latent(latentSize)
    , m_scale(beta / static_cast<double>(inputSize))
    , m_generator(at::detail::createCPUGenerator(0)) {}

void ReparameteriseImpl::seed(std::uint64_t seed) {
    m_generator = at::detail::createCPUGenerator(seed);
}

torch::Tensor ReparameteriseImpl::forward(const torch::Tensor& input) {
    const auto mean = input.narrow(1, 0, m_latent);
    const auto logVariance = input.narrow(1, m_latent, m_latent).clamp(-30.0, 30.0);
    const auto kl = 0.5 * (mean.pow(2) + logVariance.exp() - 1.0 - logVariance).sum(1);
    m_penalty = kl.mean() * m_scale;
    if (!is_training())
        return mean;
    const auto noise = torch::randn(mean.sizes(), m_generator, mean.options());
    return mean + noise * (0.5 * logVariance).exp();
}

std::vector<std::shared_ptr<ReparameteriseImpl>> samplingSteps(const torch::nn::Module& module) {
    std::vector<std::shared_ptr<ReparameteriseImpl>> steps;
    for (const auto& child : module.modules(/*include_self=*/false))
        if (auto step = std::dynamic_pointer_cast<ReparameteriseImpl>(child))
            steps.push_back(step);
    return steps;
}

Result<BuiltModule> buildModule(const NetworkSpec& spec) {
    if (spec.kind == kinds::kMlp)
        return buildMlp(spec);
    if (spec.kind == kinds::kDenseAutoencoder)
        return buildDenseAutoencoder(spec);
    return Error::badInput(fmt::format("unknown network kind '{}' (expected {} or {})", spec.kind,
                                       kinds::kMlp, kinds::kDenseAutoencoder));
}

void initialiseWeights(torch::nn::Module& module, std::uint64_t seed) {
    torch::NoGradGuard noGrad;
    auto generator = at::detail::createCPUGenerator(seed);
    for (const auto& step : samplingSteps(module))
        step->seed(seed ^ 0x5DEECE66DULL);
    for (const auto& child : module.modules(/*include_self=*/true)) {
        auto parameters = child->named_parameters(/*recurse=*/false);
        auto* weight = parameters.find("weight");
        if (weight == nullptr || weight->dim() < 2)
            continue; // normalisation layers keep their ones and zeros
        const double fanIn = static_cast<double>(weight->numel() / weight->size(0));
        const double bound = 1.0 / std::sqrt(fanIn);
        weight->uniform_(-bound, bound, generator);
        if (auto* bias = parameters.find("bias"); bias != nullptr && bias->defined())
            bias->uniform_(-bound, bound, generator);
    }
}

} // namespace lupa::ml::detail
