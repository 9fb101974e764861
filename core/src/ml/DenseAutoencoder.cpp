// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/JsonRead.hpp"
#include "ml/LayerSizes.hpp"

#include <lupa/core/ml/DenseAutoencoder.hpp>

#include <fmt/format.h>

namespace lupa::ml {

std::vector<std::int64_t> DenseAutoencoderParams::encoderWidths() const {
    std::vector<std::int64_t> widths{inputSize};
    widths.insert(widths.end(), encoderSizes.begin(), encoderSizes.end());
    widths.push_back(variational ? 2 * latentSize : latentSize);
    return widths;
}

std::vector<std::int64_t> DenseAutoencoderParams::decoderWidths() const {
    std::vector<std::int64_t> widths{latentSize};
    widths.insert(widths.end(), encoderSizes.rbegin(), encoderSizes.rend());
    widths.push_back(inputSize);
    return widths;
}

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
    LUPA_TRY(detail::checkParameterCount(2 * detail::denseParameterCount(params.encoderWidths()), kContext));
    return params;
}

} // namespace lupa::ml
