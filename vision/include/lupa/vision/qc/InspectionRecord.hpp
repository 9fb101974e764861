// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/vision/qc/DefectRecord.hpp>
#include <lupa/vision/qc/OperatorDecision.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lupa::vision::qc {

/// One inspection of one module at one production stage: what was photographed, what the pipeline found,
/// which verdict it gave and what the operator decided. Plain data; QcDatabase stores it.
struct InspectionRecord {
    std::string moduleSerial;     ///< the module's serial number (unique per module), not empty
    std::string moduleType;       ///< module type ("quad module", "flex PCB", ...)
    std::string stage;            ///< production stage; one of QcDatabase::stages()
    std::string imagePath;        ///< the inspected image as given to the pipeline
    std::string imageSha256;      ///< SHA-256 of the image file, 64 lowercase hex digits (see sha256OfFile)
    std::string modelVersion;     ///< version or hash of the model that scored the image
    std::string thresholdVersion; ///< version of the thresholds that turned scores into defects and verdict
    std::string timeUtc;          ///< when the image was inspected, ISO 8601 in UTC ("2024-05-17T09:30:00Z")
    std::string operatorName;     ///< who ran the inspection
    std::string station;          ///< which inspection station (PC or set-up name)
    std::string verdict;          ///< the pipeline's verdict: "PASS", "FAIL" or "REVIEW"
    std::vector<std::string> verdictReasons; ///< why, in words ("2 defects in the wire-bond region", ...)
    std::vector<DefectRecord> defects;       ///< every defect found, in the pipeline's order
    std::optional<OperatorDecision> verdictDecision; ///< the latest operator decision on the verdict, if any
    std::string comment;                             ///< free comment on the inspection
    std::int64_t id = 0; ///< assigned by QcDatabase::recordInspection (ignored when recording)

    friend bool operator==(const InspectionRecord&, const InspectionRecord&) = default;
};

/// The verdict that counts: the operator's new verdict when the latest verdict decision overruled the
/// pipeline, otherwise the pipeline's verdict.
[[nodiscard]] inline const std::string& finalVerdict(const InspectionRecord& record) {
    if (record.verdictDecision && record.verdictDecision->decision == kOverruled)
        return record.verdictDecision->newVerdict;
    return record.verdict;
}

} // namespace lupa::vision::qc
