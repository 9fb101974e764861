// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <cstdint>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace lupa::vision::qc::detail {

/// `PRAGMA application_id` of a lupa QC database ("LQCR"), so that lupa recognises its own files.
inline constexpr std::int32_t kApplicationId = 0x4C514352;

/// One step of the schema: SQL that brings a database from version `toVersion - 1` to `toVersion`.
struct Migration {
    int toVersion = 0;
    const char* description = "";
    std::string sql;
};

/// The migrations of the QC schema, in order; the last one's toVersion is QcDatabase::kSchemaVersion.
[[nodiscard]] const std::vector<Migration>& qcMigrations();

/// The database's `PRAGMA user_version` (0 for a new or foreign database).
[[nodiscard]] Result<int> schemaVersion(sqlite3* db, const std::string& file);

/// The database's `PRAGMA application_id`.
[[nodiscard]] Result<std::int32_t> applicationId(sqlite3* db, const std::string& file);

/// Number of tables in the database (to tell an empty database from someone else's).
[[nodiscard]] Result<std::int64_t> tableCount(sqlite3* db, const std::string& file);

/// Brings the database up to the last of `migrations` in one write transaction: every migration newer than
/// the stored user_version runs in order, then user_version and application_id are set. On any error the
/// transaction rolls back and the database keeps its old version.
[[nodiscard]] Result<void> migrate(sqlite3* db, const std::vector<Migration>& migrations,
                                   const std::string& file);

} // namespace lupa::vision::qc::detail
