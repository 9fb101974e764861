// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/ml/Tensor.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace lupa::ml {

/// Standardisation of network inputs: x' = (x - mean) / std, either per feature (one mean and std for
/// each element of a sample) or global (one mean and std for all elements, e.g. image pixels).
/// Means and stds are in the units of the data. An empty Normalisation is the identity.
struct Normalisation {
    std::vector<double> mean;   ///< one per feature, or one for all; empty = identity
    std::vector<double> stdDev; ///< standard deviations, same size as mean, every value > 0

    /// Per-feature means and standard deviations over the samples (dimension 0) of `samples`.
    /// Features whose std is below 1e-12 (constant ones) get std 1. A BadInput error for a tensor
    /// without samples or with inconsistent values.
    [[nodiscard]] static Result<Normalisation> fitPerFeature(const Tensor& samples);
    /// One mean and standard deviation over every element of `samples`.
    [[nodiscard]] static Result<Normalisation> fitGlobal(const Tensor& samples);

    /// True when this is the identity (no statistics).
    [[nodiscard]] bool isIdentity() const { return mean.empty(); }
    /// True when it can apply to samples of `featureCount` elements (identity, global or per feature
    /// of that count) and every std is positive.
    [[nodiscard]] bool fits(std::int64_t featureCount) const;

    /// The standardised copy of a batch [N, ...]; a BadInput error when the sample size does not fit.
    [[nodiscard]] Result<Tensor> apply(const Tensor& batch) const;
    /// Undoes apply(): x = x' * std + mean.
    [[nodiscard]] Result<Tensor> invert(const Tensor& batch) const;

    /// {"mean": [...], "std": [...]}.
    [[nodiscard]] nlohmann::json toJson() const;
    /// Reads what toJson() wrote; a BadInput error when sizes differ or a std is not positive.
    [[nodiscard]] static Result<Normalisation> fromJson(const nlohmann::json& json);

    friend bool operator==(const Normalisation&, const Normalisation&) = default;
};

} // namespace lupa::ml
