// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "qc/QcDatabaseImpl.hpp"

namespace lupa::vision::qc {
namespace {

// Empty filter fields match everything; the final verdict follows the latest verdict decision.
constexpr const char* kListSql = R"sql(
    WITH latest AS (
        SELECT d.inspection_id, d.decision, d.new_verdict FROM decisions d
        WHERE d.defect_index IS NULL
          AND d.id = (SELECT max(e.id) FROM decisions e
                      WHERE e.inspection_id = d.inspection_id AND e.defect_index IS NULL)),
    summary AS (
        SELECT i.id, m.serial, m.type, i.stage, i.time_utc, i.verdict,
               CASE WHEN l.decision = 'overruled' THEN l.new_verdict ELSE i.verdict END AS final_verdict,
               l.decision IS NOT NULL AS decided, i.defect_count, i.operator, i.station
        FROM inspections i JOIN modules m ON m.id = i.module_id LEFT JOIN latest l ON l.inspection_id = i.id)
    SELECT * FROM summary
    WHERE (?1 = '' OR serial = ?1) AND (?2 = '' OR type = ?2) AND (?3 = '' OR stage = ?3)
      AND (?4 = '' OR final_verdict = ?4) AND (?5 = '' OR time_utc >= ?5) AND (?6 = '' OR time_utc < ?6)
      AND (?7 = 0 OR NOT decided)
    ORDER BY time_utc, id LIMIT ?8)sql";

InspectionSummary summaryOf(const detail::Statement& row) {
    InspectionSummary summary;
    summary.id = row.integer(0);
    summary.moduleSerial = row.text(1);
    summary.moduleType = row.text(2);
    summary.stage = row.text(3);
    summary.timeUtc = row.text(4);
    summary.verdict = row.text(5);
    summary.finalVerdict = row.text(6);
    summary.verdictDecided = row.integer(7) != 0;
    summary.defectCount = row.integer(8);
    summary.operatorName = row.text(9);
    summary.station = row.text(10);
    return summary;
}

} // namespace

Result<std::vector<InspectionSummary>> QcDatabase::listInspections(const InspectionFilter& filter) const {
    auto select = detail::Statement::prepare(m_impl->db.get(), kListSql, m_impl->file);
    if (!select)
        return std::move(select).error();
    select->bind(1, std::string_view(filter.moduleSerial)).bind(2, std::string_view(filter.moduleType));
    select->bind(3, std::string_view(filter.stage)).bind(4, std::string_view(filter.verdict));
    select->bind(5, std::string_view(filter.fromUtc)).bind(6, std::string_view(filter.toUtc));
    select->bind(7, filter.onlyUndecided ? 1 : 0);
    select->bind(8, filter.limit > 0 ? filter.limit : std::int64_t{-1});
    std::vector<InspectionSummary> summaries;
    while (true) {
        auto row = select->step("listing inspections");
        if (!row)
            return std::move(row).error();
        if (!*row)
            return summaries;
        summaries.push_back(summaryOf(*select));
    }
}

} // namespace lupa::vision::qc
