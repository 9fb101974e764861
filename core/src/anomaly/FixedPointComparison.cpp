// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/anomaly/FixedPointComparison.hpp>
#include <lupa/core/anomaly/Scoring.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lupa::anomaly {
namespace {

StageDeviation deviation(std::string stage, const ml::Tensor& floating, const ml::Tensor& fixed,
                         const ml::FixedPointFormat& format) {
    StageDeviation d;
    d.stage = std::move(stage);
    d.width = floating.rowSize();
    double squared = 0;
    double floatSquared = 0;
    std::uint64_t overflows = 0;
    for (std::size_t i = 0; i < floating.values.size(); ++i) {
        const double difference = static_cast<double>(fixed.values[i]) - floating.values[i];
        d.maxAbsDifference = std::max(d.maxAbsDifference, std::abs(difference));
        squared += difference * difference;
        floatSquared += static_cast<double>(floating.values[i]) * floating.values[i];
        overflows += format.overflows(floating.values[i]) ? 1 : 0;
    }
    const auto n = static_cast<double>(std::max<std::size_t>(1, floating.values.size()));
    d.rmsDifference = std::sqrt(squared / n);
    d.floatRms = std::sqrt(floatSquared / n);
    d.overflowShare = static_cast<double>(overflows) / n;
    return d;
}

ml::Tensor quantisedCopy(const ml::Tensor& tensor, const ml::FixedPointFormat& format) {
    ml::Tensor copy = tensor;
    for (auto& v : copy.values)
        v = static_cast<float>(format.quantise(v));
    return copy;
}

FeatureTable headOf(const FeatureTable& table, std::int64_t rows) {
    FeatureTable head;
    head.path = table.path;
    head.columns = table.columns;
    head.adcLayout = table.adcLayout;
    std::vector<std::int64_t> indices(static_cast<std::size_t>(rows));
    std::iota(indices.begin(), indices.end(), 0);
    head.features = table.features.selectRows(indices);
    return head;
}

} // namespace

Result<FixedPointComparison> compareFixedPoint(const ml::DenseModel& model, const FeatureTable& table,
                                               const ml::FixedPointConfig& config, std::int64_t maxEvents) {
    LUPA_TRY(config.weights.validate());
    LUPA_TRY(config.data.validate());
    auto info = AnomalyModelInfo::fromMetadata(model.metadata());
    if (!info)
        return Error::badInput(info.error().message, model.source());
    const auto head = headOf(table, std::min(maxEvents, table.rowCount()));
    auto raw = selectColumns(head, info->columns);
    if (!raw)
        return std::move(raw).error();
    auto events = prepareEvents(*raw, *info, model.metadata().normalisation);
    if (!events)
        return std::move(events).error();
    const ml::Tensor* prepared = &events->inputs;
    std::vector<ml::Tensor> floatLayers;
    std::vector<ml::Tensor> fixedLayers;
    LUPA_TRY(model.forward(*prepared, &floatLayers));
    LUPA_TRY(model.forwardFixed(*prepared, config, &fixedLayers));
    FixedPointComparison result;
    result.config = config;
    result.events = static_cast<std::uint64_t>(head.rowCount());
    result.stages.push_back(
        deviation("input", *prepared, quantisedCopy(*prepared, config.data), config.data));
    for (std::size_t k = 0; k < floatLayers.size(); ++k)
        result.stages.push_back(deviation(fmt::format("layer {} ({})", k + 1, model.layers()[k].activation),
                                          floatLayers[k], fixedLayers[k], config.data));
    auto floating = scoreEvents(model, head);
    ScoreOptions fixedOptions;
    fixedOptions.fixedPoint = config;
    auto fixed = scoreEvents(model, head, fixedOptions);
    if (!floating)
        return std::move(floating).error();
    if (!fixed)
        return std::move(fixed).error();
    result.floatScores = std::move(floating->scores);
    result.fixedScores = std::move(fixed->scores);
    // Differences relative to the mean float score (per-event ratios explode for near-zero scores).
    const auto n = static_cast<double>(std::max<std::size_t>(1, result.floatScores.size()));
    const double scale =
        std::max(std::accumulate(result.floatScores.begin(), result.floatScores.end(), 0.0) / n, 1e-300);
    double sum = 0;
    for (std::size_t i = 0; i < result.floatScores.size(); ++i) {
        const double difference = std::abs(result.fixedScores[i] - result.floatScores[i]);
        sum += difference;
        result.maxRelativeScoreDifference = std::max(result.maxRelativeScoreDifference, difference / scale);
    }
    result.meanRelativeScoreDifference = sum / n / scale;
    return result;
}

nlohmann::json FixedPointComparison::toJson() const {
    auto stageList = nlohmann::json::array();
    for (const auto& s : stages)
        stageList.push_back({{"stage", s.stage},
                             {"width", s.width},
                             {"max_abs_difference", s.maxAbsDifference},
                             {"rms_difference", s.rmsDifference},
                             {"float_rms", s.floatRms},
                             {"overflow_share", s.overflowShare}});
    return {{"weights", config.weights.toString()},
            {"data", config.data.toString()},
            {"events", events},
            {"mean_relative_score_difference", meanRelativeScoreDifference},
            {"max_relative_score_difference", maxRelativeScoreDifference},
            {"stages", stageList}};
}

} // namespace lupa::anomaly
