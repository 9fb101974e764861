// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// Private to core's ML sources: includes libtorch. Never include this from a public header.

#include "ml/WeightsCodec.hpp"

#include <lupa/core/ml/Network.hpp>

#include <fmt/format.h>
#include <torch/torch.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace lupa::ml {

/// The libtorch side of a Network.
struct Network::Impl {
    NetworkSpec spec;
    torch::nn::Sequential module{nullptr}; ///< the whole network
    std::size_t encoderDepth = 0;          ///< the first modules of module form the encoder; 0 = none
    bool probabilityOutput = false;        ///< the last layer is a sigmoid
    std::vector<std::int64_t> inputShape;  ///< one sample
    std::vector<std::int64_t> outputShape; ///< one sample
};

namespace detail {

/// Gives core's ML sources (the trainer) access to a network's libtorch module.
struct NetworkAccess {
    static Network::Impl& impl(Network& network) { return *network.m_impl; }
    static const Network::Impl& impl(const Network& network) { return *network.m_impl; }
};

/// A libtorch tensor viewing `tensor`'s values without copying; valid while `tensor` lives and must
/// not be written to.
inline torch::Tensor viewAsTorch(const Tensor& tensor) {
    return torch::from_blob(const_cast<float*>(tensor.values.data()), tensor.shape, torch::kFloat32);
}

/// A lupa tensor copied from a libtorch float tensor.
inline Tensor fromTorch(const torch::Tensor& tensor) {
    const auto contiguous = tensor.detach().to(torch::kFloat32).contiguous();
    const auto* data = contiguous.data_ptr<float>();
    return Tensor{contiguous.sizes().vec(),
                  std::vector<float>(data, data + static_cast<std::size_t>(contiguous.numel()))};
}

/// Every parameter and then every buffer of `module`, in libtorch's fixed order, with name and shape and,
/// when `withValues`, a copy of the values (what the weights codec writes and expects).
inline std::vector<NamedValues> namedTensors(const torch::nn::Module& module, bool withValues) {
    std::vector<NamedValues> tensors;
    auto add = [&](const auto& items) {
        for (const auto& item : items) {
            NamedValues entry{item.key(), item.value().sizes().vec(), {}};
            if (withValues)
                entry.values = fromTorch(item.value()).values;
            tensors.push_back(std::move(entry));
        }
    };
    add(module.named_parameters());
    add(module.named_buffers());
    return tensors;
}

/// Copies decoded weights (namedTensors() order: parameters, then buffers) into `module`.
inline void copyWeights(torch::nn::Module& module, std::vector<NamedValues>& values) {
    torch::NoGradGuard noGrad;
    auto source = values.begin();
    for (auto& parameter : module.parameters())
        parameter.copy_(torch::from_blob((source++)->values.data(), parameter.sizes(), torch::kFloat32));
    for (auto& buffer : module.buffers())
        buffer.copy_(torch::from_blob((source++)->values.data(), buffer.sizes(), torch::kFloat32));
}

/// Deep copies of every parameter and buffer of `module`, in a fixed order.
inline std::vector<torch::Tensor> snapshotState(const torch::nn::Module& module) {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> state;
    for (const auto& parameter : module.parameters())
        state.push_back(parameter.detach().clone());
    for (const auto& buffer : module.buffers())
        state.push_back(buffer.detach().clone());
    return state;
}

/// Copies a snapshotState() of a module of the same architecture into `module`.
inline void restoreState(torch::nn::Module& module, const std::vector<torch::Tensor>& state) {
    torch::NoGradGuard noGrad;
    std::size_t index = 0;
    for (auto& parameter : module.parameters())
        parameter.copy_(state.at(index++));
    for (auto& buffer : module.buffers())
        buffer.copy_(state.at(index++));
}

/// The first line of an exception's message, without libtorch's C++ backtrace.
inline std::string exceptionMessage(const std::exception& error) {
    const auto* torchError = dynamic_cast<const c10::Error*>(&error);
    const std::string_view text = torchError != nullptr ? torchError->what_without_backtrace() : error.what();
    return std::string(text.substr(0, text.find('\n')));
}

} // namespace detail
} // namespace lupa::ml
