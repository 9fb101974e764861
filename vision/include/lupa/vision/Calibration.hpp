// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/inspection/Detection.hpp>
#include <lupa/vision/Image.hpp>
#include <lupa/vision/InspectionSettings.hpp>

#include <nlohmann/json.hpp>

#include <vector>

namespace lupa::vision {

class ConvModel;

/// A threshold and the statistics it was chosen from. Per calibration image the statistic is the
/// smallest raw map value that can still make a defect: the minAreaPx-th largest pixel of the map
/// (outside the known defects). A threshold at or above it cannot flag that image. The threshold is
/// the (1 - falseAlarmRate) quantile of these statistics (nearest rank); with fewer than 1 / rate
/// images the largest statistic is taken, raised by `margin`.
struct ThresholdCalibration {
    double threshold = 0.0;      ///< raw map value that becomes 1.0 (at threshold)
    double falseAlarmRate = 0.0; ///< the target fraction of good images flagged
    double margin = 0.0;         ///< relative margin added when the images are too few for the quantile
    std::vector<double> imageStatistics; ///< per calibration image, ascending
    [[nodiscard]] nlohmann::json toJson() const;
};

/// The threshold from per-image statistics (see ThresholdCalibration); a Usage error without images or
/// for a rate outside (0, 1).
[[nodiscard]] Result<ThresholdCalibration>
thresholdFromStatistics(std::vector<double> statistics, double falseAlarmRate, double margin = 0.1);

/// The calibration statistic of one raw map (F32): its `minAreaPx`-th largest value, ignoring pixels
/// inside `defects` grown by `guardPx` (px).
[[nodiscard]] double flaggingStatistic(const Image& rawMap, double minAreaPx,
                                       const std::vector<inspection::Box>& defects = {}, int guardPx = 8);

/// A template pair with its known defects (reference coordinates), for calibrating the template threshold.
struct CalibrationPair {
    Image tested;
    Image reference;
    std::vector<inspection::Box> defects;
};

/// The template-difference threshold at which at most `falseAlarmRate` of the pairs would get a box
/// outside their known defects.
[[nodiscard]] Result<ThresholdCalibration>
calibrateTemplateThreshold(const std::vector<CalibrationPair>& pairs, const InspectionSettings& settings,
                           double falseAlarmRate);

/// The template-difference threshold at which `targetRecall` of the pairs' labelled defects still reach
/// threshold: per labelled box the statistic is its minAreaPx-th largest raw map value inside the box, and
/// the threshold is the statistic of the box at rank floor((1 - targetRecall) n) counted from the weakest.
/// For data like DeepPCB, whose tested images all hold defects (no good images to count false alarms on);
/// the false alarms are then left to the classifier's "no defect" class. falseAlarmRate in the result is 0.
[[nodiscard]] Result<ThresholdCalibration> calibrateTemplateForRecall(const std::vector<CalibrationPair>& pairs,
                                                                      const InspectionSettings& settings,
                                                                      double targetRecall);

/// The autoencoder threshold at which at most `falseAlarmRate` of the good images would be flagged.
[[nodiscard]] Result<ThresholdCalibration> calibrateAutoencoderThreshold(const ConvModel& autoencoder,
                                                                         const std::vector<Image>& goodImages,
                                                                         const InspectionSettings& settings,
                                                                         double falseAlarmRate);

} // namespace lupa::vision
