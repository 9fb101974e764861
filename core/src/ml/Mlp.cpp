// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/JsonRead.hpp"
#include "ml/LayerSizes.hpp"

#include <lupa/core/ml/Mlp.hpp>

#include <fmt/format.h>

namespace lupa::ml {

NetworkSpec MlpParams::toSpec() const {
    return {std::string(kinds::kMlp),
            {{"layers", layerSizes}, {"activation", toString(activation)}, {"sigmoidOutput", sigmoidOutput}}};
}

Result<MlpParams> MlpParams::fromSpec(const NetworkSpec& spec) {
    using detail::Need;
    constexpr std::string_view kContext = "network 'mlp'";
    if (spec.kind != kinds::kMlp)
        return Error::badInput(fmt::format("{}: the spec is of kind '{}'", kContext, spec.kind));
    LUPA_TRY(detail::requireObject(spec.params, kContext));
    MlpParams params;
    LUPA_TRY(detail::readIntList(spec.params, "layers", params.layerSizes, Need::Required, kContext));
    std::string activation = toString(params.activation);
    LUPA_TRY(detail::readString(spec.params, "activation", activation, Need::Optional, kContext));
    auto parsed = parseActivation(activation);
    if (!parsed)
        return Error::badInput(fmt::format("{}: {}", kContext, parsed.error().message));
    params.activation = *parsed;
    LUPA_TRY(detail::readBool(spec.params, "sigmoidOutput", params.sigmoidOutput, Need::Optional, kContext));
    if (params.layerSizes.size() < 2)
        return Error::badInput(
            fmt::format("{}: 'layers' needs at least an input and an output size", kContext));
    LUPA_TRY(detail::checkLayerSizes(params.layerSizes, "layers", kContext));
    LUPA_TRY(detail::checkParameterCount(detail::denseParameterCount(params.layerSizes), kContext));
    return params;
}

} // namespace lupa::ml
