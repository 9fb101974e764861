// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/inspection/Detection.hpp>
#include <lupa/vision/qc/OperatorDecision.hpp>

#include <optional>
#include <string>
#include <utility>

namespace lupa::vision::qc {

/// One defect of an inspection as the QC record keeps it: the pipeline's finding plus the operator's
/// decision. All numbers must be finite (the database refuses NaN, and the whole inspection with it).
struct DefectRecord {
    inspection::Box box;                     ///< where, in pixels of the inspected image (px)
    int classId = inspection::kUnclassified; ///< class id (inspection::kUnclassified when unnamed)
    std::string className;   ///< class name as the classifier called it ("open", "short", ...)
    double confidence = 0.0; ///< ranking score in [0, 1]
    double areaPx = 0.0;     ///< pixels above threshold (px), >= 0
    double areaMm2 = 0.0;    ///< the same area (mm²), >= 0; 0 when the pixel scale is unknown
    double peakScore = 0.0;  ///< highest normalised anomaly score (1 = at threshold)
    double meanScore = 0.0;  ///< mean normalised anomaly score over its pixels
    std::string region;      ///< region of interest it lies in ("" when none)
    std::optional<OperatorDecision> decision; ///< the latest operator decision, if any

    friend bool operator==(const DefectRecord&, const DefectRecord&) = default;
};

/// The record of a defect the pipeline found (no decision yet), its class called `className`.
[[nodiscard]] inline DefectRecord defectRecordOf(const inspection::Detection& detection,
                                                 std::string className) {
    DefectRecord defect;
    defect.box = detection.box;
    defect.classId = detection.classId;
    defect.className = std::move(className);
    defect.confidence = detection.confidence;
    defect.areaPx = detection.areaPx;
    defect.areaMm2 = detection.areaMm2;
    defect.peakScore = detection.peakScore;
    defect.meanScore = detection.meanScore;
    defect.region = detection.region;
    return defect;
}

} // namespace lupa::vision::qc
