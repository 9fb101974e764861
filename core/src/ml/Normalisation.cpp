// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/JsonRead.hpp"

#include <lupa/core/ml/Normalisation.hpp>

#include <fmt/format.h>

#include <cmath>
#include <cstddef>

namespace lupa::ml {
namespace {

constexpr double kMinStd = 1e-12;

Result<void> checkSamples(const Tensor& samples) {
    if (!samples.isConsistent() || samples.shape.empty() || samples.rowCount() < 1 || samples.rowSize() < 1)
        return Error::badInput(
            fmt::format("cannot fit a normalisation on a tensor of shape {}", shapeToString(samples.shape)));
    return success();
}

// Mean and standard deviation of `group(i)` over the elements i of `samples`, for groups [0, groups).
template <typename Group>
Normalisation fitGroups(const Tensor& samples, std::size_t groups, Group group) {
    std::vector<double> sum(groups, 0.0);
    std::vector<double> count(groups, 0.0);
    for (std::size_t i = 0; i < samples.values.size(); ++i) {
        sum[group(i)] += samples.values[i];
        count[group(i)] += 1;
    }
    Normalisation result{std::vector<double>(groups), std::vector<double>(groups, 0.0)};
    for (std::size_t g = 0; g < groups; ++g)
        result.mean[g] = sum[g] / count[g];
    // Two passes: the variance from squared deviations stays accurate for large offsets.
    for (std::size_t i = 0; i < samples.values.size(); ++i) {
        const double deviation = samples.values[i] - result.mean[group(i)];
        result.stdDev[group(i)] += deviation * deviation;
    }
    for (std::size_t g = 0; g < groups; ++g) {
        const double sigma = std::sqrt(result.stdDev[g] / count[g]);
        result.stdDev[g] = sigma < kMinStd || !std::isfinite(sigma) ? 1.0 : sigma;
    }
    return result;
}

// Maps every element of `batch` with `transform(value, mean, std)`.
template <typename Transform>
Result<Tensor> mapBatch(const Normalisation& normalisation, const Tensor& batch, Transform transform) {
    if (!batch.isConsistent() || batch.shape.empty() || !normalisation.fits(batch.rowSize()))
        return Error::badInput(fmt::format("a normalisation of {} features cannot apply to shape {}",
                                           normalisation.mean.size(), shapeToString(batch.shape)));
    Tensor result = batch;
    if (normalisation.isIdentity())
        return result;
    const std::size_t features = normalisation.mean.size();
    for (std::size_t i = 0; i < result.values.size(); ++i) {
        const std::size_t f = features == 1 ? 0 : i % features;
        result.values[i] =
            static_cast<float>(transform(result.values[i], normalisation.mean[f], normalisation.stdDev[f]));
    }
    return result;
}

} // namespace

Result<Normalisation> Normalisation::fitPerFeature(const Tensor& samples) {
    LUPA_TRY(checkSamples(samples));
    const auto features = static_cast<std::size_t>(samples.rowSize());
    return fitGroups(samples, features, [features](std::size_t i) { return i % features; });
}

Result<Normalisation> Normalisation::fitGlobal(const Tensor& samples) {
    LUPA_TRY(checkSamples(samples));
    return fitGroups(samples, 1, [](std::size_t) { return std::size_t{0}; });
}

bool Normalisation::fits(std::int64_t featureCount) const {
    if (mean.size() != stdDev.size())
        return false;
    for (std::size_t i = 0; i < mean.size(); ++i)
        if (!(stdDev[i] > 0) || !std::isfinite(stdDev[i]) || !std::isfinite(mean[i]))
            return false;
    return mean.size() <= 1 || static_cast<std::int64_t>(mean.size()) == featureCount;
}

Result<Tensor> Normalisation::apply(const Tensor& batch) const {
    return mapBatch(*this, batch, [](double x, double mu, double sigma) { return (x - mu) / sigma; });
}

Result<Tensor> Normalisation::invert(const Tensor& batch) const {
    return mapBatch(*this, batch, [](double x, double mu, double sigma) { return x * sigma + mu; });
}

nlohmann::json Normalisation::toJson() const {
    return {{"mean", mean}, {"std", stdDev}};
}

Result<Normalisation> Normalisation::fromJson(const nlohmann::json& json) {
    using detail::Need;
    constexpr std::string_view kContext = "normalisation";
    LUPA_TRY(detail::requireObject(json, kContext));
    Normalisation result;
    LUPA_TRY(detail::readDoubleList(json, "mean", result.mean, Need::Required, kContext));
    LUPA_TRY(detail::readDoubleList(json, "std", result.stdDev, Need::Required, kContext));
    if (result.mean.size() != result.stdDev.size())
        return Error::badInput(fmt::format("normalisation: {} means but {} standard deviations",
                                           result.mean.size(), result.stdDev.size()));
    if (!result.fits(static_cast<std::int64_t>(result.mean.size())))
        return Error::badInput(
            "normalisation: every standard deviation must be positive and every value finite");
    return result;
}

} // namespace lupa::ml
