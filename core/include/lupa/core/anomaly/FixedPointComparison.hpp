// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/anomaly/FeatureTable.hpp>
#include <lupa/core/ml/DenseModel.hpp>
#include <lupa/core/ml/FixedPoint.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace lupa::anomaly {

/// How far one stage of the fixed-point network strays from the float one.
struct StageDeviation {
    std::string stage;           ///< "input", "layer 1 (relu)", ...
    std::int64_t width = 0;      ///< values per event at this stage
    double maxAbsDifference = 0; ///< largest |fixed - float| over events and values
    double rmsDifference = 0;    ///< root mean square of fixed - float
    double floatRms = 0;         ///< root mean square of the float values (the scale to compare with)
    double overflowShare = 0;    ///< share of float values outside the data format's range
};

/// A float-versus-fixed-point comparison on a sample of events.
struct FixedPointComparison {
    ml::FixedPointConfig config;
    std::uint64_t events = 0;
    std::vector<StageDeviation> stages;     ///< input, then every layer
    double meanRelativeScoreDifference = 0; ///< mean |fixed - float| score / mean float score
    double maxRelativeScoreDifference = 0;  ///< largest |fixed - float| score / mean float score
    std::vector<double> floatScores;        ///< per event of the sample
    std::vector<double> fixedScores;

    [[nodiscard]] nlohmann::json toJson() const; ///< without the per-event scores
};

/// Runs the first `maxEvents` events of `table` through the model in float and in fixed point and
/// compares every stage, so that the layer where precision or range runs out can be found.
[[nodiscard]] Result<FixedPointComparison> compareFixedPoint(const ml::DenseModel& model,
                                                             const FeatureTable& table,
                                                             const ml::FixedPointConfig& config,
                                                             std::int64_t maxEvents = 10000);

} // namespace lupa::anomaly
