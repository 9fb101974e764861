// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <cstdint>
#include <string>

namespace lupa::vision::qc {

/// One line of QcDatabase::listInspections: an inspection without its defects.
struct InspectionSummary {
    std::int64_t id = 0;          ///< the inspection's id
    std::string moduleSerial;     ///< module serial number
    std::string moduleType;       ///< module type
    std::string stage;            ///< production stage
    std::string timeUtc;          ///< when it was inspected (ISO 8601, UTC)
    std::string verdict;          ///< the pipeline's verdict
    std::string finalVerdict;     ///< the verdict after the operator's latest decision (= verdict when none)
    bool verdictDecided = false;  ///< whether an operator confirmed or overruled the verdict
    std::int64_t defectCount = 0; ///< number of defects the pipeline found
    std::string operatorName;     ///< who ran the inspection
    std::string station;          ///< inspection station

    friend bool operator==(const InspectionSummary&, const InspectionSummary&) = default;
};

} // namespace lupa::vision::qc
