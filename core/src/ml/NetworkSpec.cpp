// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/JsonRead.hpp"

#include <lupa/core/ml/NetworkSpec.hpp>

#include <fmt/format.h>

namespace lupa::ml {

const char* toString(Activation activation) {
    switch (activation) {
    case Activation::Relu:
        return "relu";
    case Activation::Tanh:
        return "tanh";
    case Activation::LeakyRelu:
        return "leaky_relu";
    }
    return "relu";
}

Result<Activation> parseActivation(std::string_view name) {
    for (const auto activation : {Activation::Relu, Activation::Tanh, Activation::LeakyRelu})
        if (name == toString(activation))
            return activation;
    return Error::badInput(fmt::format("unknown activation '{}' (expected relu, tanh or leaky_relu)", name));
}

nlohmann::json NetworkSpec::toJson() const {
    return {{"kind", kind}, {"params", params}};
}

Result<NetworkSpec> NetworkSpec::fromJson(const nlohmann::json& json) {
    using detail::Need;
    constexpr std::string_view kContext = "network spec";
    LUPA_TRY(detail::requireObject(json, kContext));
    NetworkSpec spec;
    LUPA_TRY(detail::readString(json, "kind", spec.kind, Need::Required, kContext));
    const auto params = json.find("params");
    if (params == json.end() || !params->is_object())
        return Error::badInput("network spec: 'params' must be a JSON object");
    spec.params = *params;
    return spec;
}

} // namespace lupa::ml
