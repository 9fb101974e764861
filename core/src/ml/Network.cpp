// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/Architectures.hpp"
#include "ml/NetworkImpl.hpp"
#include "ml/TorchThreads.hpp"
#include "ml/WeightsCodec.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace lupa::ml {
namespace {

// Rows per forward pass: bounds the memory of inference on millions of samples.
constexpr std::int64_t kInferenceChunk = 8192;

// Runs the first `depth` modules of `module` on `input`.
torch::Tensor runPrefix(torch::nn::Sequential& module, torch::Tensor input, std::size_t depth) {
    auto layer = module->begin();
    for (std::size_t i = 0; i < depth; ++i, ++layer)
        input = layer->forward(input);
    return input;
}

// Runs the first `depth` modules of `module` on `batch` (already shape-checked) in chunks, without
// gradients.
Tensor runChunked(torch::nn::Sequential& module, const Tensor& batch, std::size_t depth) {
    torch::NoGradGuard noGrad;
    const auto input = detail::viewAsTorch(batch);
    std::vector<torch::Tensor> outputs;
    for (std::int64_t begin = 0; begin < batch.rowCount(); begin += kInferenceChunk) {
        const auto end = std::min(batch.rowCount(), begin + kInferenceChunk);
        outputs.push_back(runPrefix(module, input.slice(0, begin, end), depth));
    }
    if (outputs.empty()) // no samples: libtorch still gives the output shape
        outputs.push_back(runPrefix(module, torch::zeros(batch.shape), depth));
    return detail::fromTorch(torch::cat(outputs, 0));
}

std::string modelName(const NetworkSpec& spec) {
    return spec.kind;
}

} // namespace

Network::Network(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
Network::Network(Network&& other) noexcept = default;
Network& Network::operator=(Network&& other) noexcept = default;
Network::~Network() = default;

Result<Network> Network::create(const NetworkSpec& spec, std::uint64_t seed) {
    detail::followThreadCount();
    try {
        auto built = detail::buildModule(spec);
        if (!built)
            return std::move(built).error();
        detail::initialiseWeights(*built->module, seed);
        built->module->eval();
        auto impl = std::make_unique<Impl>();
        impl->spec = spec;
        impl->module = built->module;
        impl->encoderDepth = built->encoderDepth;
        impl->probabilityOutput = built->probabilityOutput;
        impl->inputShape = built->inputShape;
        torch::NoGradGuard noGrad;
        auto probeShape = impl->inputShape;
        probeShape.insert(probeShape.begin(), 1);
        impl->outputShape = impl->module->forward(torch::zeros(probeShape)).sizes().vec();
        impl->outputShape.erase(impl->outputShape.begin());
        return Network(std::move(impl));
    } catch (const std::exception& error) {
        return Error::runtime(
            fmt::format("cannot build network '{}': {}", spec.kind, detail::exceptionMessage(error)));
    }
}

Result<Network> Network::clone() const {
    auto copy = create(m_impl->spec, 0);
    if (!copy)
        return copy;
    try {
        detail::restoreState(*copy->m_impl->module, detail::snapshotState(*m_impl->module));
    } catch (const std::exception& error) {
        return Error::runtime(
            fmt::format("cannot copy network '{}': {}", m_impl->spec.kind, detail::exceptionMessage(error)));
    }
    return copy;
}

const NetworkSpec& Network::spec() const {
    return m_impl->spec;
}
const std::vector<std::int64_t>& Network::inputShape() const {
    return m_impl->inputShape;
}
const std::vector<std::int64_t>& Network::outputShape() const {
    return m_impl->outputShape;
}
bool Network::hasProbabilityOutput() const {
    return m_impl->probabilityOutput;
}
bool Network::hasEncoder() const {
    return m_impl->encoderDepth > 0;
}

std::int64_t Network::parameterCount() const {
    std::int64_t count = 0;
    for (const auto& parameter : m_impl->module->parameters())
        count += parameter.numel();
    return count;
}

Result<Tensor> Network::forward(const Tensor& batch) const {
    LUPA_TRY(checkBatchShape(batch, m_impl->inputShape, modelName(m_impl->spec)));
    detail::followThreadCount();
    try {
        return runChunked(m_impl->module, batch, m_impl->module->size());
    } catch (const std::exception& error) {
        return Error::runtime(
            fmt::format("model '{}' failed: {}", modelName(m_impl->spec), detail::exceptionMessage(error)));
    }
}

Result<Tensor> Network::encode(const Tensor& batch) const {
    if (!hasEncoder())
        return Error::usage(fmt::format("model '{}' has no encoder", modelName(m_impl->spec)));
    LUPA_TRY(checkBatchShape(batch, m_impl->inputShape, modelName(m_impl->spec)));
    detail::followThreadCount();
    try {
        return runChunked(m_impl->module, batch, m_impl->encoderDepth);
    } catch (const std::exception& error) {
        return Error::runtime(
            fmt::format("model '{}' failed: {}", modelName(m_impl->spec), detail::exceptionMessage(error)));
    }
}

Result<std::string> Network::saveWeights() const {
    try {
        return detail::encodeWeights(detail::namedTensors(*m_impl->module, true));
    } catch (const std::exception& error) {
        return Error::runtime(
            fmt::format("cannot serialise the weights: {}", detail::exceptionMessage(error)));
    }
}

Result<void> Network::loadWeights(std::string_view bytes) {
    try {
        auto decoded = detail::decodeWeights(bytes, detail::namedTensors(*m_impl->module, false));
        if (!decoded)
            return Error::badInput(fmt::format("the weights do not fit network '{}': {}", m_impl->spec.kind,
                                               decoded.error().message));
        detail::copyWeights(*m_impl->module, *decoded);
        return success();
    } catch (const std::exception& error) {
        return Error::runtime(fmt::format("cannot load the weights: {}", detail::exceptionMessage(error)));
    }
}

} // namespace lupa::ml
