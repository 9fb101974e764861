// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/ml/Normalisation.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace lupa::ml {

/// What a model file says about its network besides the weights.
struct ModelMetadata {
    std::string kind; ///< what the model is for, e.g. "anomaly-ae", "inspection-ae"; names it in messages
    std::vector<std::int64_t> inputShape;     ///< one sample, e.g. {57} or {1, 64, 64}; empty = the network's
    Normalisation normalisation;              ///< applied to inputs before the network
    std::map<std::string, double> thresholds; ///< named decision thresholds, in the score's units
    std::string trainingSetHash;              ///< hashTrainingSet() of the training inputs
    std::string lupaVersion;                  ///< lupa version that wrote the file; saveModel fills it
    std::string createdUtc;                   ///< "2024-05-01T12:00:00Z"; saveModel fills it when empty
    nlohmann::json extra = nlohmann::json::object(); ///< anything else (training config, scores, ...)

    /// All fields as a JSON object.
    [[nodiscard]] nlohmann::json toJson() const;
    /// Reads what toJson() wrote; a BadInput error naming the first missing or mistyped field.
    [[nodiscard]] static Result<ModelMetadata> fromJson(const nlohmann::json& json);

    friend bool operator==(const ModelMetadata&, const ModelMetadata&) = default;
};

} // namespace lupa::ml
