// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageAccess.hpp"

#include <lupa/vision/Calibration.hpp>
#include <lupa/vision/ConvModel.hpp>
#include <lupa/vision/TemplateDifference.hpp>

#include <fmt/format.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace lupa::vision {

nlohmann::json ThresholdCalibration::toJson() const {
    const auto n = imageStatistics.size();
    nlohmann::json json = {
        {"threshold", threshold}, {"false_alarm_rate", falseAlarmRate}, {"margin", margin}, {"images", n}};
    if (n > 0)
        json["statistic"] = {{"min", imageStatistics.front()},
                             {"median", imageStatistics[n / 2]},
                             {"max", imageStatistics.back()}};
    return json;
}

Result<ThresholdCalibration> thresholdFromStatistics(std::vector<double> statistics, double falseAlarmRate,
                                                     double margin) {
    if (statistics.empty())
        return Error::usage("threshold calibration needs at least one image");
    if (!(falseAlarmRate > 0.0 && falseAlarmRate < 1.0))
        return Error::usage("the false-alarm rate must be in (0, 1)");
    std::sort(statistics.begin(), statistics.end());
    ThresholdCalibration calibration;
    calibration.falseAlarmRate = falseAlarmRate;
    const double n = static_cast<double>(statistics.size());
    if (n * falseAlarmRate < 1.0) {
        calibration.margin = margin;
        calibration.threshold = statistics.back() * (1.0 + margin);
    } else {
        // Nearest rank: at most floor(n * rate) images lie above the chosen statistic.
        const auto allowed = static_cast<std::size_t>(std::floor(n * falseAlarmRate));
        calibration.threshold = statistics[statistics.size() - 1 - allowed];
    }
    calibration.threshold = std::max(calibration.threshold, 1e-6);
    calibration.imageStatistics = std::move(statistics);
    return calibration;
}

double flaggingStatistic(const Image& rawMap, double minAreaPx, const std::vector<inspection::Box>& defects,
                         int guardPx) {
    cv::Mat map = matOf(rawMap).clone();
    for (const auto& box : defects) {
        const cv::Rect grown(box.x1 - guardPx, box.y1 - guardPx, box.width() + 2 * guardPx,
                             box.height() + 2 * guardPx);
        map(grown & cv::Rect(0, 0, map.cols, map.rows)).setTo(0.0F);
    }
    std::vector<float> values(map.begin<float>(), map.end<float>());
    if (values.empty())
        return 0.0;
    const auto rank = std::min(values.size(), static_cast<std::size_t>(std::max(1.0, minAreaPx))) - 1;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(rank), values.end(),
                     std::greater<>());
    return values[rank];
}

Result<ThresholdCalibration> calibrateTemplateThreshold(const std::vector<CalibrationPair>& pairs,
                                                        const InspectionSettings& settings,
                                                        double falseAlarmRate) {
    InspectionConfig raw = settings.reference;
    raw.threshold = 1.0; // the normalised map is then the raw difference
    std::vector<double> statistics;
    for (const auto& pair : pairs) {
        auto result = inspectAgainstReference(pair.tested, pair.reference, raw);
        if (!result)
            return std::move(result).error();
        if (!result->registration.ok)
            continue; // REVIEW anyway: says nothing about the threshold
        statistics.push_back(flaggingStatistic(result->anomalyMap, raw.defects.minAreaPx, pair.defects));
    }
    return thresholdFromStatistics(std::move(statistics), falseAlarmRate);
}

Result<ThresholdCalibration> calibrateTemplateForRecall(const std::vector<CalibrationPair>& pairs,
                                                        const InspectionSettings& settings,
                                                        double targetRecall) {
    if (!(targetRecall > 0.0 && targetRecall <= 1.0))
        return Error::usage("the target recall must be in (0, 1]");
    InspectionConfig raw = settings.reference;
    raw.threshold = 1.0;
    std::vector<double> statistics;
    for (const auto& pair : pairs) {
        auto result = inspectAgainstReference(pair.tested, pair.reference, raw);
        if (!result)
            return std::move(result).error();
        if (!result->registration.ok)
            continue;
        const cv::Mat& map = matOf(result->anomalyMap);
        for (const auto& box : pair.defects) {
            const cv::Rect rect =
                cv::Rect(box.x1, box.y1, box.width(), box.height()) & cv::Rect(0, 0, map.cols, map.rows);
            if (rect.area() > 0)
                statistics.push_back(flaggingStatistic(imageOf(map(rect).clone()), raw.defects.minAreaPx));
        }
    }
    if (statistics.empty())
        return Error::usage("recall calibration needs labelled defects on registered pairs");
    std::sort(statistics.begin(), statistics.end());
    ThresholdCalibration calibration;
    const auto rank =
        static_cast<std::size_t>(std::floor((1.0 - targetRecall) * static_cast<double>(statistics.size())));
    calibration.threshold = std::max(statistics[std::min(rank, statistics.size() - 1)], 1e-6);
    calibration.imageStatistics = std::move(statistics);
    return calibration;
}

Result<ThresholdCalibration> calibrateAutoencoderThreshold(const ConvModel& autoencoder,
                                                           const std::vector<Image>& goodImages,
                                                           const InspectionSettings& settings,
                                                           double falseAlarmRate) {
    ErrorMapOptions options;
    options.smoothingSigmaPx = settings.autoencoderSmoothingPx;
    options.measure = settings.autoencoderSsim ? ReconstructionError::Ssim : ReconstructionError::Squared;
    std::vector<double> statistics;
    for (const auto& image : goodImages) {
        auto map = autoencoder.reconstructionErrorMap(image, options);
        if (!map)
            return std::move(map).error();
        statistics.push_back(flaggingStatistic(*map, settings.reference.defects.minAreaPx));
    }
    return thresholdFromStatistics(std::move(statistics), falseAlarmRate);
}

} // namespace lupa::vision
