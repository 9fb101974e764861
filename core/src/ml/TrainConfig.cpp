// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/JsonRead.hpp"

#include <lupa/core/ml/Trainer.hpp>

#include <fmt/format.h>

#include <cmath>

namespace lupa::ml {

Result<void> TrainConfig::validate() const {
    auto bad = [](std::string_view field, std::string_view rule) {
        return Error::usage(fmt::format("training config: '{}' must be {}", field, rule));
    };
    if (epochs < 1)
        return bad("epochs", "at least 1");
    if (batchSize < 1)
        return bad("batchSize", "at least 1");
    if (!std::isfinite(learningRate) || learningRate <= 0)
        return bad("learningRate", "a positive number");
    if (!(validationFraction >= 0 && validationFraction < 1))
        return bad("validationFraction", "in [0, 1)");
    if (patience < 0)
        return bad("patience", "0 (off) or positive");
    if (!(minDelta >= 0) || !std::isfinite(minDelta))
        return bad("minDelta", "0 or positive");
    if (!(weightDecay >= 0) || !std::isfinite(weightDecay))
        return bad("weightDecay", "0 or positive");
    if (loss != "mse" && loss != "bce" && loss != "masked_mse" && loss != "cross_entropy")
        return bad("loss", "\"mse\", \"masked_mse\", \"bce\" or \"cross_entropy\"");
    return success();
}

nlohmann::json TrainConfig::toJson() const {
    return {{"seed", seed},
            {"epochs", epochs},
            {"batchSize", batchSize},
            {"learningRate", learningRate},
            {"validationFraction", validationFraction},
            {"patience", patience},
            {"minDelta", minDelta},
            {"loss", loss},
            {"weightDecay", weightDecay}};
}

Result<TrainConfig> TrainConfig::fromJson(const nlohmann::json& json) {
    using detail::Need;
    constexpr std::string_view kContext = "training config";
    LUPA_TRY(detail::requireObject(json, kContext));
    TrainConfig config;
    LUPA_TRY(detail::readUnsigned(json, "seed", config.seed, Need::Optional, kContext));
    LUPA_TRY(detail::readInt(json, "epochs", config.epochs, Need::Optional, kContext));
    LUPA_TRY(detail::readInt(json, "batchSize", config.batchSize, Need::Optional, kContext));
    LUPA_TRY(detail::readDouble(json, "learningRate", config.learningRate, Need::Optional, kContext));
    LUPA_TRY(
        detail::readDouble(json, "validationFraction", config.validationFraction, Need::Optional, kContext));
    LUPA_TRY(detail::readInt(json, "patience", config.patience, Need::Optional, kContext));
    LUPA_TRY(detail::readDouble(json, "minDelta", config.minDelta, Need::Optional, kContext));
    LUPA_TRY(detail::readString(json, "loss", config.loss, Need::Optional, kContext));
    LUPA_TRY(detail::readDouble(json, "weightDecay", config.weightDecay, Need::Optional, kContext));
    return config;
}

} // namespace lupa::ml
