// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/ConvLimits.hpp"
#include "ml/JsonRead.hpp"

#include <lupa/core/ml/ConvAutoencoder.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lupa::ml {
namespace {
constexpr std::string_view kConvAutoencoderContext = "network 'conv_autoencoder'";
} // namespace

std::int64_t ConvAutoencoderParams::strideProduct() const {
    return std::int64_t{1} << std::min<std::size_t>(channels.size(), 62);
}

NetworkSpec ConvAutoencoderParams::toSpec() const {
    return {std::string(kinds::kConvAutoencoder), {{"patchSize", patchSize}, {"channels", channels}}};
}

Result<void> ConvAutoencoderParams::validate() const {
    LUPA_TRY(detail::checkConvChannels(channels, kConvAutoencoderContext));
    if (patchSize < 1 || patchSize > detail::kMaxConvInputSide || patchSize % strideProduct() != 0)
        return Error::badInput(fmt::format("{}: 'patchSize' is {} but must be a multiple of {} up to {}",
                                           kConvAutoencoderContext, patchSize, strideProduct(),
                                           detail::kMaxConvInputSide));
    return success();
}

Result<ConvAutoencoderParams> ConvAutoencoderParams::fromSpec(const NetworkSpec& spec) {
    using detail::Need;
    if (spec.kind != kinds::kConvAutoencoder)
        return Error::badInput(
            fmt::format("{}: the spec is of kind '{}'", kConvAutoencoderContext, spec.kind));
    LUPA_TRY(detail::requireObject(spec.params, kConvAutoencoderContext));
    ConvAutoencoderParams params;
    LUPA_TRY(
        detail::readInt(spec.params, "patchSize", params.patchSize, Need::Required, kConvAutoencoderContext));
    LUPA_TRY(detail::readIntList(spec.params, "channels", params.channels, Need::Required,
                                 kConvAutoencoderContext));
    LUPA_TRY(params.validate());
    return params;
}

} // namespace lupa::ml
