// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/inspection/Detection.hpp>
#include <lupa/vision/InspectionSettings.hpp>
#include <lupa/vision/ModulePipeline.hpp>
#include <lupa/vision/Verdict.hpp>

#include <string>
#include <vector>

namespace lupa::app {

/// One inspected module image as the Inspection workspace keeps it: the pipeline's result and the defects
/// and verdict at the threshold the operator chose. Everything shown (registered image, anomaly map, boxes)
/// is in the map's frame, the reference image's pixels; QC records get boxes in tested-image pixels.
struct InspectionOutcome {
    std::string testedPath;    ///< the inspected image file
    std::string referencePath; ///< its golden reference ("" when the channel needs none)
    std::string modelPath;     ///< the inspection model file ("" = template difference with defaults)
    std::string imageSha256;   ///< SHA-256 of the tested file (for the QC record)
    int testedWidth = 0;       ///< size of the tested image (px)
    int testedHeight = 0;
    vision::ModuleInspection inspection; ///< as the pipeline returned it (map normalised: 1.0 = threshold)
    vision::InspectionSettings settings; ///< the pipeline's settings (defect and verdict rules, classes)
    double thresholdScale = 1.0;         ///< the operator's threshold relative to the calibrated one
    std::vector<inspection::Detection> detections; ///< at thresholdScale, boxes in the map's frame (px)
    vision::VerdictResult verdict;                 ///< at thresholdScale
};

/// Re-thresholds `outcome` without registering again: the cached normalised map divided by `scale` (the
/// threshold relative to the calibrated one, > 0), then vision::extractDefects and vision::decideVerdict.
/// Classes the pipeline's classifier gave are carried over to the defect overlapping them most.
void applyThresholdScale(InspectionOutcome& outcome, double scale);

/// The box of a defect of `outcome` (map frame) in pixels of the tested image, for the QC record.
[[nodiscard]] inspection::Box testedImageBox(const InspectionOutcome& outcome, const inspection::Box& mapBox);

/// The name of class `classId` in `settings` ("" for kUnclassified or an unknown id).
[[nodiscard]] std::string classNameOf(const vision::InspectionSettings& settings, int classId);

} // namespace lupa::app
