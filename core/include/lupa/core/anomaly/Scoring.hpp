// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/anomaly/FeatureTable.hpp>
#include <lupa/core/ml/DenseModel.hpp>
#include <lupa/core/ml/FixedPoint.hpp>
#include <lupa/core/ml/ModelMetadata.hpp>
#include <lupa/core/ml/Normalisation.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lupa::anomaly {

/// The model kind written into anomaly models' metadata.
inline constexpr const char* kAnomalyModelKind = "anomaly-ae";

/// What an anomaly model stores besides its network, in metadata.extra["anomaly"].
struct AnomalyModelInfo {
    std::vector<std::string> columns; ///< the feature columns it was trained on, in input order
    /// Padded objects are masked: a column "<object>_<variable>" is left out of the loss and the
    /// score of an event whose "<object>_pt" is 0 (the ADC2021 zero padding).
    bool maskPaddedObjects = true;
    /// Columns named "*_pt" enter as log(1 + pT/GeV): transverse momenta span decades.
    bool logPt = true;
    /// The score used unless asked otherwise: "reconstruction" for autoencoders, "kl" for VAEs.
    std::string defaultScore = "reconstruction";

    [[nodiscard]] nlohmann::json toJson() const;
    /// Reads the "anomaly" entry of a model's metadata; a BadInput error when it is missing or wrong.
    [[nodiscard]] static Result<AnomalyModelInfo> fromMetadata(const ml::ModelMetadata& metadata);
};

/// For each column, the index of its object's "_pt" column, or -1 when it has none (never masked).
[[nodiscard]] std::vector<std::int64_t> paddingKeys(const std::vector<std::string>& columns);

/// The table's feature values in the model's column order, as a [rows, columns] tensor; a BadInput
/// error naming the table's file and the first column the model needs but the table lacks.
[[nodiscard]] Result<ml::Tensor> selectColumns(const FeatureTable& table,
                                               const std::vector<std::string>& columns);

/// The loss mask of an event: 1 where a feature counts, 0 where it is padding.
void maskOf(std::span<const float> rawRow, const std::vector<std::int64_t>& keys,
            std::span<std::uint8_t> mask);

/// Events as the network sees them, with their masks.
struct PreparedEvents {
    ml::Tensor inputs;              ///< [rows, columns]: transformed, standardised, 0 where masked
    std::vector<std::uint8_t> mask; ///< rows x columns: 1 where a feature counts, 0 where it is padding
};

/// Applies the model's input transformation to raw events in its column order: log(1 + pT) for
/// "*_pt" columns when info.logPt, then `normalisation`, then 0 for masked (padded) features.
[[nodiscard]] Result<PreparedEvents> prepareEvents(const ml::Tensor& raw, const AnomalyModelInfo& info,
                                                   const ml::Normalisation& normalisation);

/// Per-feature means and standard deviations of the transformed features over the unmasked
/// entries only (padding does not dilute them); constant or empty features get std 1.
[[nodiscard]] ml::Normalisation fitMaskedNormalisation(const ml::Tensor& raw, const AnomalyModelInfo& info);

/// How to score events.
/// What an anomaly score measures.
enum class ScoreKind {
    Reconstruction, ///< mean squared reconstruction error over the unmasked features
    Kl,             ///< VAEs: KL(N(mean, sigma) || N(0, 1)) of the latent, summed over its dimensions:
                    ///< needs only the encoder, the trigger-friendly score
    Combined,       ///< VAEs: reconstruction + beta x KL / features (the training loss)
};

/// "reconstruction", "kl", "combined".
[[nodiscard]] const char* toString(ScoreKind kind);
/// The kind named by toString(); a Usage error listing them.
[[nodiscard]] Result<ScoreKind> parseScoreKind(std::string_view name);

struct ScoreOptions {
    std::optional<ml::FixedPointConfig> fixedPoint; ///< emulate fixed-point inference instead of float
    bool perFeature = false;                        ///< also return each feature's share of the score
    std::optional<ScoreKind> kind;                  ///< default: the model's defaultScore
};

/// Anomaly scores of a table's events.
struct EventScores {
    /// Per event: the mean squared reconstruction error over its unmasked features, in standardised
    /// units (the feature's background standard deviation is 1).
    std::vector<double> scores;
    /// With ScoreOptions::perFeature, shape [rows, columns]: each feature's squared error divided by the
    /// event's unmasked-feature count (a row sums to the score); 0 for masked features. For the KL and
    /// combined scores the shares split the score in proportion to the reconstruction errors.
    ml::Tensor contributions;
};

/// Scores every event of `table` with an anomaly model (an autoencoder), in blocks, in parallel.
/// Errors: BadInput when the table lacks a column the model needs or the model is not an anomaly
/// model; Cancelled when progress asks.
[[nodiscard]] Result<EventScores> scoreEvents(const ml::DenseModel& model, const FeatureTable& table,
                                              const ScoreOptions& options = {},
                                              ProgressSink& progress = NullProgress::instance());

} // namespace lupa::anomaly
