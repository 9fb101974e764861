// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace lupa::ml {

/// The non-linearity between the layers of a network.
enum class Activation {
    Relu,      ///< max(0, x)
    Tanh,      ///< tanh(x)
    LeakyRelu, ///< x for x > 0, 0.01 x otherwise
};

/// "relu", "tanh", "leaky_relu".
[[nodiscard]] const char* toString(Activation activation);

/// The activation named "relu", "tanh" or "leaky_relu", or a BadInput error.
[[nodiscard]] Result<Activation> parseActivation(std::string_view name);

/// Names of the network kinds lupa can build; each kind has a parameter struct in its own header
/// (MlpParams, DenseAutoencoderParams, ConvAutoencoderParams, CnnClassifierParams) that converts to and from
/// NetworkSpec::params.
namespace kinds {
inline constexpr std::string_view kMlp = "mlp";                            ///< see Mlp.hpp
inline constexpr std::string_view kDenseAutoencoder = "dense_autoencoder"; ///< see DenseAutoencoder.hpp
inline constexpr std::string_view kConvAutoencoder = "conv_autoencoder";   ///< see ConvAutoencoder.hpp
inline constexpr std::string_view kCnnClassifier = "cnn_classifier";       ///< see CnnClassifier.hpp
} // namespace kinds

/// What network to build: a kind and that kind's parameters, as JSON so that model files can store
/// it and new kinds (a convolutional autoencoder, a CNN classifier) can be added without changing
/// this type. Build one with MlpParams::toSpec() and friends; Network::create() validates it.
struct NetworkSpec {
    std::string kind;      ///< one of the names in lupa::ml::kinds
    nlohmann::json params; ///< the kind's parameters, as its params struct writes them

    /// {"kind": ..., "params": {...}}.
    [[nodiscard]] nlohmann::json toJson() const;
    /// Reads what toJson() wrote; a BadInput error when "kind" or "params" is missing or mistyped.
    /// The parameters themselves are validated by Network::create().
    [[nodiscard]] static Result<NetworkSpec> fromJson(const nlohmann::json& json);

    friend bool operator==(const NetworkSpec&, const NetworkSpec&) = default;
};

} // namespace lupa::ml
