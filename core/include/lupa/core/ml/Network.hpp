// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/ml/NetworkSpec.hpp>
#include <lupa/core/ml/Tensor.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lupa::ml {

namespace detail {
struct NetworkAccess;
} // namespace detail

/// A neural network built from a NetworkSpec, with its weights, running on the CPU. The machine-
/// learning library behind it stays private: nothing here exposes its types. Move-only; clone()
/// copies. Several threads may call the const methods at once; train() needs exclusive access.
class Network {
public:
    /// Builds the network of `spec` with weights drawn from a generator seeded with `seed` (the same
    /// spec and seed give the same weights, whatever else the process does). A BadInput error when
    /// the spec is invalid, naming the wrong parameter.
    [[nodiscard]] static Result<Network> create(const NetworkSpec& spec, std::uint64_t seed);

    Network(Network&& other) noexcept;
    Network& operator=(Network&& other) noexcept;
    ~Network();

    /// A deep copy: same spec, same weights.
    [[nodiscard]] Result<Network> clone() const;

    /// The spec this network was built from.
    [[nodiscard]] const NetworkSpec& spec() const;
    /// The shape of one input sample, e.g. {57} or {1, 64, 64}.
    [[nodiscard]] const std::vector<std::int64_t>& inputShape() const;
    /// The shape of one output sample, e.g. {1}.
    [[nodiscard]] const std::vector<std::int64_t>& outputShape() const;
    /// The number of trainable scalar parameters (weights and biases).
    [[nodiscard]] std::int64_t parameterCount() const;
    /// True when the last layer is a sigmoid, so outputs are probabilities in (0, 1).
    [[nodiscard]] bool hasProbabilityOutput() const;
    /// True when the network has an encoder whose output encode() returns (autoencoders).
    [[nodiscard]] bool hasEncoder() const;

    /// Runs the network in inference mode on a batch of shape [N, inputShape...] and returns the
    /// outputs, shape [N, outputShape...]. A BadInput error when the shape does not match, e.g.
    /// "model 'mlp' expects input shape [N, 57] but got [N, 56]".
    [[nodiscard]] Result<Tensor> forward(const Tensor& batch) const;
    /// Like forward() but returns the latent vectors of an autoencoder, shape [N, latent...];
    /// a Usage error for networks without an encoder.
    [[nodiscard]] Result<Tensor> encode(const Tensor& batch) const;

    /// The weights as bytes in lupa's own format: every parameter and buffer with its name and shape,
    /// values as little-endian 32-bit floats. The spec is not included.
    [[nodiscard]] Result<std::string> saveWeights() const;
    /// Replaces the weights with ones written by saveWeights() of a network of the same spec.
    /// A BadInput error when they are unreadable, truncated or not finite, or a tensor is missing or
    /// has another name or shape; the network is unchanged then. Safe on untrusted bytes: it never
    /// allocates more than the spec's tensors.
    [[nodiscard]] Result<void> loadWeights(std::string_view bytes);

private:
    struct Impl;
    explicit Network(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
    friend struct detail::NetworkAccess;
};

} // namespace lupa::ml
