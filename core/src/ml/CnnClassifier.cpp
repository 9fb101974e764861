// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/ConvLimits.hpp"
#include "ml/JsonRead.hpp"

#include <lupa/core/ml/CnnClassifier.hpp>

#include <fmt/format.h>

namespace lupa::ml {
namespace {
constexpr std::string_view kCnnClassifierContext = "network 'cnn_classifier'";
constexpr std::int64_t kMaxClasses = 1024;
} // namespace

NetworkSpec CnnClassifierParams::toSpec() const {
    return {std::string(kinds::kCnnClassifier),
            {{"cropSize", cropSize}, {"channels", channels}, {"classCount", classCount}}};
}

Result<void> CnnClassifierParams::validate() const {
    LUPA_TRY(detail::checkConvChannels(channels, kCnnClassifierContext));
    const std::int64_t smallest = std::int64_t{1} << channels.size();
    if (cropSize < smallest || cropSize > detail::kMaxConvInputSide)
        return Error::badInput(fmt::format("{}: 'cropSize' is {} but must be between {} and {}",
                                           kCnnClassifierContext, cropSize, smallest,
                                           detail::kMaxConvInputSide));
    if (classCount < 2 || classCount > kMaxClasses)
        return Error::badInput(fmt::format("{}: 'classCount' is {} but must be between 2 and {}",
                                           kCnnClassifierContext, classCount, kMaxClasses));
    return success();
}

Result<CnnClassifierParams> CnnClassifierParams::fromSpec(const NetworkSpec& spec) {
    using detail::Need;
    if (spec.kind != kinds::kCnnClassifier)
        return Error::badInput(fmt::format("{}: the spec is of kind '{}'", kCnnClassifierContext, spec.kind));
    LUPA_TRY(detail::requireObject(spec.params, kCnnClassifierContext));
    CnnClassifierParams params;
    LUPA_TRY(
        detail::readInt(spec.params, "cropSize", params.cropSize, Need::Required, kCnnClassifierContext));
    LUPA_TRY(
        detail::readIntList(spec.params, "channels", params.channels, Need::Required, kCnnClassifierContext));
    LUPA_TRY(
        detail::readInt(spec.params, "classCount", params.classCount, Need::Required, kCnnClassifierContext));
    LUPA_TRY(params.validate());
    return params;
}

} // namespace lupa::ml
