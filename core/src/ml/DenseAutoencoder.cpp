// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/JsonRead.hpp"
#include "ml/LayerSizes.hpp"

#include <lupa/core/ml/DenseAutoencoder.hpp>

#include <fmt/format.h>

namespace lupa::ml {

NetworkSpec DenseAutoencoderParams::toSpec() const {
    NetworkSpec spec{std::string(kinds::kDenseAutoencoder),
                     {{"inputSize", inputSize},
                      {"encoderSizes", encoderSizes},
                      {"latentSize", latentSize},
                      {"activation", toString(activation)},
                      {"sigmoidOutput", sigmoidOutput}}};
    if (variational) {
        spec.params["variational"] = true;
        spec.params["beta"] = beta;
    }
    return spec;
}

Result<DenseAutoencoderParams> DenseAutoencoderParams::fromSpec(const NetworkSpec& spec) {
    using detail::Need;
    constexpr std::string_view kContext = "network 'dense_autoencoder'";
    if (spec.kind != kinds::kDenseAutoencoder)
        return Error::badInput(fmt::format("{}: the spec is of kind '{}'", kContext, spec.kind));
    LUPA_TRY(detail::requireObject(spec.params, kContext));
    DenseAutoencoderParams params;
    LUPA_TRY(detail::readInt(spec.params, "inputSize", params.inputSize, Need::Required, kContext));
    LUPA_TRY(detail::readIntList(spec.params, "encoderSizes", params.encoderSizes, Need::Optional, kContext));
    LUPA_TRY(detail::readInt(spec.params, "latentSize", params.latentSize, Need::Required, kContext));
    std::string activation = toString(params.activation);
    LUPA_TRY(detail::readString(spec.params, "activation", activation, Need::Optional, kContext));
    auto parsed = parseActivation(activation);
    if (!parsed)
        return Error::badInput(fmt::format("{}: {}", kContext, parsed.error().message));
    params.activation = *parsed;
    LUPA_TRY(detail::readBool(spec.params, "sigmoidOutput", params.sigmoidOutput, Need::Optional, kContext));
    LUPA_TRY(detail::readBool(spec.params, "variational", params.variational, Need::Optional, kContext));
    LUPA_TRY(detail::readDouble(spec.params, "beta", params.beta, Need::Optional, kContext));
    if (!(params.beta >= 0 && params.beta < 1e6))
        return Error::badInput(fmt::format("{}: 'beta' must be between 0 and 1e6", kContext));
    LUPA_TRY(detail::checkLayerSizes({params.inputSize}, "inputSize", kContext));
    LUPA_TRY(detail::checkLayerSizes(params.encoderSizes, "encoderSizes", kContext));
    LUPA_TRY(detail::checkLayerSizes({params.latentSize}, "latentSize", kContext));
    std::vector<std::int64_t> sizes{params.inputSize};
    sizes.insert(sizes.end(), params.encoderSizes.begin(), params.encoderSizes.end());
    sizes.push_back(params.variational ? 2 * params.latentSize : params.latentSize);
    LUPA_TRY(detail::checkParameterCount(2 * detail::denseParameterCount(sizes), kContext));
    return params;
}

} // namespace lupa::ml
