// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "QcRecordBuilder.hpp"

#include <lupa/core/Result.hpp>
#include <lupa/vision/qc/InspectionRecord.hpp>

#include <cstdint>
#include <filesystem>

namespace lupa::app {

/// The QC record of the result on screen. The first save writes the whole inspection with the operator's
/// decisions in one transaction (QcDatabase::recordInspection); later saves of the same result append only
/// the decisions that changed since (QcDatabase::recordDecision), so the database keeps the audit trail.
class QcRecordSession {
public:
    /// Saves `outcome` with `review` to the database at `database` (created when missing) and returns the
    /// inspection's id. Errors name the database file.
    [[nodiscard]] Result<std::int64_t> save(const std::filesystem::path& database,
                                            const InspectionOutcome& outcome, const ModuleContext& module,
                                            const OperatorReview& review);
    /// The record as it is (read back when saved, else made from `outcome` and `review` with id 0).
    [[nodiscard]] Result<vision::qc::InspectionRecord>
    record(const InspectionOutcome& outcome, const ModuleContext& module, const OperatorReview& review) const;
    /// Forgets the saved record: the next save writes a new inspection (another result, other defects).
    void reset();
    /// The saved inspection's id, 0 before the first save.
    [[nodiscard]] std::int64_t recordId() const { return m_id; }

private:
    [[nodiscard]] Result<void> appendChangedDecisions(const std::filesystem::path& database,
                                                      const vision::qc::InspectionRecord& record,
                                                      const OperatorReview& review);

    std::int64_t m_id = 0;
    std::filesystem::path m_database;
    OperatorReview m_saved; ///< what the database holds for m_id
};

} // namespace lupa::app
