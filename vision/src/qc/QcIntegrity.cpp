// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "qc/QcDatabaseImpl.hpp"

#include <fmt/format.h>

namespace lupa::vision::qc {
namespace {

/// Runs `sql` and hands each row to `onRow`.
template <typename OnRow>
Result<void> forEachRow(sqlite3* db, const char* sql, const std::string& file, OnRow&& onRow) {
    auto statement = detail::Statement::prepare(db, sql, file);
    if (!statement)
        return std::move(statement).error();
    while (true) {
        auto row = statement->step("checking the QC database");
        if (!row)
            return std::move(row).error();
        if (!*row)
            return success();
        onRow(*statement);
    }
}

Result<std::int64_t> countRows(sqlite3* db, const char* sql, const std::string& file) {
    std::int64_t count = 0;
    LUPA_TRY(forEachRow(db, sql, file, [&](const detail::Statement& row) { count = row.integer(0); }));
    return count;
}

} // namespace

Result<IntegrityReport> QcDatabase::checkIntegrity() const {
    sqlite3* db = m_impl->db.get();
    const auto& file = m_impl->file;
    IntegrityReport report;
    auto transaction = detail::Transaction::beginRead(db, file);
    if (!transaction)
        return std::move(transaction).error();
    LUPA_TRY(forEachRow(db, "PRAGMA integrity_check", file, [&](const detail::Statement& row) {
        if (row.text(0) != "ok")
            report.problems.push_back("SQLite integrity check: " + row.text(0));
    }));
    LUPA_TRY(forEachRow(db, "PRAGMA foreign_key_check", file, [&](const detail::Statement& row) {
        report.problems.push_back(fmt::format("row {} of table {} refers to a missing row of table {}",
                                              row.integer(1), row.text(0), row.text(2)));
    }));
    constexpr const char* kIncomplete = R"sql(
        SELECT i.id, i.defect_count, count(d.idx), coalesce(max(d.idx), -1)
        FROM inspections i LEFT JOIN defects d ON d.inspection_id = i.id
        GROUP BY i.id
        HAVING count(d.idx) <> i.defect_count OR coalesce(max(d.idx), -1) <> i.defect_count - 1
        ORDER BY i.id)sql";
    LUPA_TRY(forEachRow(db, kIncomplete, file, [&](const detail::Statement& row) {
        report.problems.push_back(
            fmt::format("inspection {} declares {} defects but {} are stored (highest index {})",
                        row.integer(0), row.integer(1), row.integer(2), row.integer(3)));
    }));
    auto inspections = countRows(db, "SELECT count(*) FROM inspections", file);
    auto defects = countRows(db, "SELECT count(*) FROM defects", file);
    auto decisions = countRows(db, "SELECT count(*) FROM decisions", file);
    for (const auto* count : {&inspections, &defects, &decisions})
        if (!*count)
            return count->error();
    report.inspections = *inspections;
    report.defects = *defects;
    report.decisions = *decisions;
    LUPA_TRY(transaction->commit());
    return report;
}

} // namespace lupa::vision::qc
