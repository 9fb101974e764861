// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "InspectionOutcome.hpp"

#include "BoxMapping.hpp"
#include "ImageConversion.hpp"

#include <lupa/vision/Defects.hpp>
#include <lupa/vision/Regions.hpp>

namespace lupa::app {
namespace {

/// The pipeline's own detections in the map's frame: the template channel reports tested-image boxes.
std::vector<inspection::Box> pipelineBoxesInMapFrame(const InspectionOutcome& outcome) {
    const auto& result = outcome.inspection.result;
    const bool testedFrame = outcome.inspection.channel == vision::AnomalyChannel::Template;
    std::vector<inspection::Box> boxes;
    for (const auto& detection : result.detections)
        boxes.push_back(testedFrame ? mapBox(detection.box, result.registration.homography,
                                             result.anomalyMap.width(), result.anomalyMap.height())
                                    : detection.box);
    return boxes;
}

void carryClasses(const InspectionOutcome& outcome, std::vector<inspection::Detection>& detections) {
    const auto boxes = pipelineBoxesInMapFrame(outcome);
    const auto& found = outcome.inspection.result.detections;
    for (auto& detection : detections) {
        double best = 0.0;
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const double overlap = inspection::intersectionOverUnion(detection.box, boxes[i]);
            if (overlap > best && found[i].classId != inspection::kUnclassified) {
                best = overlap;
                detection.classId = found[i].classId;
            }
        }
    }
}

} // namespace

void applyThresholdScale(InspectionOutcome& outcome, double scale) {
    outcome.thresholdScale = scale > 0.0 ? scale : 1.0;
    const auto& result = outcome.inspection.result;
    const vision::Image map = scaledFloatImage(result.anomalyMap, 1.0 / outcome.thresholdScale);
    outcome.detections = map.empty() ? std::vector<inspection::Detection>{}
                                     : vision::extractDefects(map, outcome.settings.reference.defects);
    vision::nameDetectionRegions(outcome.detections, outcome.settings.reference.regions);
    carryClasses(outcome, outcome.detections);
    outcome.verdict =
        vision::decideVerdict(result.registration, outcome.detections, outcome.settings.reference.verdict);
}

inspection::Box testedImageBox(const InspectionOutcome& outcome, const inspection::Box& mapFrameBox) {
    const auto inverse = invertHomography(outcome.inspection.result.registration.homography);
    if (!inverse || outcome.testedWidth <= 0)
        return mapFrameBox;
    return mapBox(mapFrameBox, *inverse, outcome.testedWidth, outcome.testedHeight);
}

std::string classNameOf(const vision::InspectionSettings& settings, int classId) {
    if (classId <= inspection::kUnclassified || classId > static_cast<int>(settings.classNames.size()))
        return {};
    return settings.classNames[static_cast<std::size_t>(classId - 1)];
}

} // namespace lupa::app
