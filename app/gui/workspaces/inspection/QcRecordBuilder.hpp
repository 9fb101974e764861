// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "InspectionOutcome.hpp"

#include <lupa/core/Result.hpp>
#include <lupa/vision/qc/InspectionRecord.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lupa::app {

/// Who inspected which module, as the control panel says.
struct ModuleContext {
    std::string moduleSerial;
    std::string moduleType;
    std::string stage;
    std::string operatorName;
    std::string station; ///< the inspection station (the host name)
};

/// What the operator decided about one inspection: a DefectStatus per defect (in the outcome's order),
/// the verdict they set ("" = no decision) and a comment shared by the record and its verdict decision.
struct OperatorReview {
    std::vector<int> defectStatus;
    std::string verdictOverride;
    std::string comment;
};

/// The QC record of `outcome` (boxes in tested-image pixels) with the operator's decisions in it,
/// time-stamped `timeUtc` (ISO 8601). Open defects and an empty verdict override carry no decision.
[[nodiscard]] vision::qc::InspectionRecord makeQcRecord(const InspectionOutcome& outcome,
                                                        const ModuleContext& module,
                                                        const OperatorReview& review,
                                                        const std::string& timeUtc);

/// The decision on a defect for `status` (a widgets::DefectStatus), or nothing for an open defect.
[[nodiscard]] std::optional<vision::qc::OperatorDecision>
defectDecision(int status, const std::string& operatorName, const std::string& timeUtc);

/// The decision on `pipelineVerdict` when the operator set `verdict` (confirmed when equal, else overruled
/// with the new verdict), or nothing when `verdict` is empty.
[[nodiscard]] std::optional<vision::qc::OperatorDecision>
verdictDecision(const std::string& pipelineVerdict, const std::string& verdict, const std::string& comment,
                const std::string& operatorName, const std::string& timeUtc);

/// Now in UTC as ISO 8601 ("2024-05-17T09:30:00Z").
[[nodiscard]] std::string utcNow();

} // namespace lupa::app
