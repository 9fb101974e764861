// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <cstdint>
#include <string>

namespace lupa::vision::qc {

/// Which inspections QcDatabase::listInspections returns; an empty field does not filter.
/// Times compare as text, so give them in the same ISO 8601 UTC form the records use.
struct InspectionFilter {
    std::string moduleSerial; ///< only this module
    std::string moduleType;   ///< only modules of this type
    std::string stage;        ///< only this production stage
    std::string verdict; ///< only this final verdict (after operator decisions): "PASS", "FAIL", "REVIEW"
    std::string fromUtc; ///< only inspections at or after this time (ISO 8601, UTC)
    std::string toUtc;   ///< only inspections before this time (ISO 8601, UTC)
    bool onlyUndecided = false; ///< only inspections whose verdict no operator has decided yet
    std::int64_t limit = 0;     ///< at most this many, oldest first (0: no limit)
};

} // namespace lupa::vision::qc
