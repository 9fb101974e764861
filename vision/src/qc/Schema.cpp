// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "qc/Schema.hpp"

#include "qc/Sqlite.hpp"

#include <lupa/vision/qc/QcDatabase.hpp>

#include <fmt/format.h>

namespace lupa::vision::qc::detail {
namespace {

// Version 1: the first QC schema. Finite numbers are enforced by NOT NULL (SQLite stores NaN as NULL) and
// by range checks (an infinity fails them).
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE stages (
    name     TEXT PRIMARY KEY NOT NULL CHECK (length(name) > 0),
    position INTEGER NOT NULL
);
CREATE TABLE modules (
    id     INTEGER PRIMARY KEY,
    serial TEXT NOT NULL UNIQUE CHECK (length(serial) > 0),
    type   TEXT NOT NULL
);
CREATE TABLE inspections (
    id                INTEGER PRIMARY KEY,
    module_id         INTEGER NOT NULL REFERENCES modules(id),
    stage             TEXT NOT NULL REFERENCES stages(name) ON UPDATE CASCADE,
    image_path        TEXT NOT NULL,
    image_sha256      TEXT NOT NULL,
    model_version     TEXT NOT NULL,
    threshold_version TEXT NOT NULL,
    time_utc          TEXT NOT NULL,
    operator          TEXT NOT NULL,
    station           TEXT NOT NULL,
    verdict           TEXT NOT NULL CHECK (verdict IN ('PASS', 'FAIL', 'REVIEW')),
    verdict_reasons   TEXT NOT NULL CHECK (json_valid(verdict_reasons) AND json_type(verdict_reasons) = 'array'),
    comment           TEXT NOT NULL,
    defect_count      INTEGER NOT NULL CHECK (defect_count >= 0)
);
CREATE INDEX inspections_by_module ON inspections(module_id, time_utc);
CREATE INDEX inspections_by_time ON inspections(time_utc);
CREATE TABLE defects (
    inspection_id INTEGER NOT NULL REFERENCES inspections(id),
    idx           INTEGER NOT NULL CHECK (idx >= 0),
    x1 INTEGER NOT NULL, y1 INTEGER NOT NULL, x2 INTEGER NOT NULL, y2 INTEGER NOT NULL,
    class_id      INTEGER NOT NULL,
    class_name    TEXT NOT NULL,
    confidence    REAL NOT NULL CHECK (confidence BETWEEN 0.0 AND 1.0),
    area_px       REAL NOT NULL CHECK (area_px BETWEEN 0.0 AND 1.0e300),
    area_mm2      REAL NOT NULL CHECK (area_mm2 BETWEEN 0.0 AND 1.0e300),
    peak_score    REAL NOT NULL CHECK (abs(peak_score) <= 1.0e300),
    mean_score    REAL NOT NULL CHECK (abs(mean_score) <= 1.0e300),
    region        TEXT NOT NULL,
    PRIMARY KEY (inspection_id, idx)
) WITHOUT ROWID;
CREATE TABLE decisions (
    id            INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspections(id),
    defect_index  INTEGER CHECK (defect_index >= 0),
    decision      TEXT NOT NULL CHECK (decision IN ('confirmed', 'overruled')),
    comment       TEXT NOT NULL,
    operator      TEXT NOT NULL,
    time_utc      TEXT NOT NULL,
    new_verdict   TEXT NOT NULL CHECK (new_verdict IN ('', 'PASS', 'FAIL', 'REVIEW')),
    new_class     TEXT NOT NULL,
    FOREIGN KEY (inspection_id, defect_index) REFERENCES defects(inspection_id, idx),
    CHECK (defect_index IS NOT NULL OR new_class = ''),
    CHECK (defect_index IS NULL OR new_verdict = ''),
    CHECK (defect_index IS NOT NULL OR (decision = 'overruled') = (new_verdict <> ''))
);
CREATE INDEX decisions_by_inspection ON decisions(inspection_id, defect_index, id);
)sql";

std::string defaultStagesSql() {
    std::string sql;
    const auto& stages = QcDatabase::defaultStages();
    for (std::size_t i = 0; i < stages.size(); ++i)
        sql += fmt::format("INSERT INTO stages(name, position) VALUES ('{}', {});\n", stages[i], i);
    return sql;
}

Result<std::int64_t> pragmaInteger(sqlite3* db, const char* sql, const std::string& file) {
    auto statement = Statement::prepare(db, sql, file);
    if (!statement)
        return std::move(statement).error();
    auto row = statement->step("reading the schema version");
    if (!row)
        return std::move(row).error();
    return *row ? statement->integer(0) : std::int64_t{0};
}

} // namespace

const std::vector<Migration>& qcMigrations() {
    static const std::vector<Migration> migrations{
        {1, "QC records: modules, stages, inspections, defects, decisions", kSchemaV1 + defaultStagesSql()},
    };
    return migrations;
}

Result<int> schemaVersion(sqlite3* db, const std::string& file) {
    auto value = pragmaInteger(db, "PRAGMA user_version", file);
    if (!value)
        return std::move(value).error();
    return static_cast<int>(*value);
}

Result<std::int32_t> applicationId(sqlite3* db, const std::string& file) {
    auto value = pragmaInteger(db, "PRAGMA application_id", file);
    if (!value)
        return std::move(value).error();
    return static_cast<std::int32_t>(*value);
}

Result<std::int64_t> tableCount(sqlite3* db, const std::string& file) {
    return pragmaInteger(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'", file);
}

Result<void> migrate(sqlite3* db, const std::vector<Migration>& migrations, const std::string& file) {
    auto transaction = Transaction::beginWrite(db, file);
    if (!transaction)
        return std::move(transaction).error();
    // Read the version inside the write transaction: another process may have migrated meanwhile.
    auto version = schemaVersion(db, file);
    if (!version)
        return std::move(version).error();
    const int target = migrations.empty() ? 0 : migrations.back().toVersion;
    if (*version >= target)
        return success();
    for (const auto& migration : migrations) {
        if (migration.toVersion <= *version)
            continue;
        LUPA_TRY(execute(db, migration.sql.c_str(),
                         fmt::format("migrating the QC schema to version {} ({})", migration.toVersion,
                                     migration.description),
                         file));
    }
    const auto pragmas =
        fmt::format("PRAGMA user_version = {}; PRAGMA application_id = {};", target, kApplicationId);
    LUPA_TRY(execute(db, pragmas.c_str(), "setting the schema version", file));
    return transaction->commit();
}

} // namespace lupa::vision::qc::detail
