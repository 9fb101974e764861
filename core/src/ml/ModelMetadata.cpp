// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/JsonRead.hpp"

#include <lupa/core/ml/ModelMetadata.hpp>

#include <fmt/format.h>

namespace lupa::ml {
namespace {

Result<void> readThresholds(const nlohmann::json& json, std::map<std::string, double>& out) {
    const auto it = json.find("thresholds");
    if (it == json.end())
        return success();
    if (!it->is_object())
        return Error::badInput("model metadata: 'thresholds' must be an object of numbers");
    for (const auto& [name, value] : it->items()) {
        if (!value.is_number())
            return Error::badInput(fmt::format("model metadata: threshold '{}' must be a number", name));
        out[name] = value.get<double>();
    }
    return success();
}

} // namespace

nlohmann::json ModelMetadata::toJson() const {
    return {{"kind", kind},
            {"inputShape", inputShape},
            {"normalisation", normalisation.toJson()},
            {"thresholds", thresholds},
            {"trainingSetHash", trainingSetHash},
            {"lupaVersion", lupaVersion},
            {"createdUtc", createdUtc},
            {"extra", extra}};
}

Result<ModelMetadata> ModelMetadata::fromJson(const nlohmann::json& json) {
    using detail::Need;
    constexpr std::string_view kContext = "model metadata";
    LUPA_TRY(detail::requireObject(json, kContext));
    ModelMetadata metadata;
    LUPA_TRY(detail::readString(json, "kind", metadata.kind, Need::Required, kContext));
    LUPA_TRY(detail::readIntList(json, "inputShape", metadata.inputShape, Need::Required, kContext));
    if (const auto it = json.find("normalisation"); it != json.end()) {
        auto normalisation = Normalisation::fromJson(*it);
        if (!normalisation)
            return std::move(normalisation).error();
        metadata.normalisation = std::move(*normalisation);
    }
    LUPA_TRY(readThresholds(json, metadata.thresholds));
    LUPA_TRY(detail::readString(json, "trainingSetHash", metadata.trainingSetHash, Need::Optional, kContext));
    LUPA_TRY(detail::readString(json, "lupaVersion", metadata.lupaVersion, Need::Optional, kContext));
    LUPA_TRY(detail::readString(json, "createdUtc", metadata.createdUtc, Need::Optional, kContext));
    if (const auto it = json.find("extra"); it != json.end())
        metadata.extra = *it;
    return metadata;
}

} // namespace lupa::ml
