// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Opening a QC database: checks before anything is written, then WAL, foreign keys and migrations.
#include "qc/QcDatabaseImpl.hpp"
#include "qc/Schema.hpp"

#include <fmt/format.h>

#include <system_error>

namespace lupa::vision::qc {
namespace {

using Mode = QcDatabase::OpenMode;

Result<detail::Connection> openConnection(const std::filesystem::path& path, Mode mode,
                                          std::chrono::milliseconds busyTimeout, const std::string& file) {
    std::error_code error;
    const bool exists = std::filesystem::exists(path, error);
    if (!exists && mode != Mode::CreateIfMissing)
        return Error::io("no QC database at this path", file);
    const int flags =
        (mode == Mode::ReadOnly
             ? SQLITE_OPEN_READONLY
             : SQLITE_OPEN_READWRITE | (mode == Mode::CreateIfMissing ? SQLITE_OPEN_CREATE : 0)) |
        SQLITE_OPEN_NOMUTEX;
    sqlite3* raw = nullptr;
    const int code = sqlite3_open_v2(file.c_str(), &raw, flags, nullptr);
    detail::Connection connection(raw);
    if (code != SQLITE_OK)
        return detail::sqliteError(raw, code, "opening the QC database", file);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, static_cast<int>(busyTimeout.count()));
    return connection;
}

/// Reads version and identity without writing anything, and refuses what this lupa must not touch.
/// Returns the stored schema version.
Result<int> checkBeforeWriting(sqlite3* db, const std::string& file) {
    auto version = detail::schemaVersion(db, file);
    if (!version)
        return std::move(version).error();
    if (*version > QcDatabase::kSchemaVersion)
        return Error::badInput(
            fmt::format("the QC database was written by a newer lupa (schema {}, this lupa "
                        "reads up to {}); open it with that lupa or a newer one",
                        *version, QcDatabase::kSchemaVersion),
            file);
    auto application = detail::applicationId(db, file);
    if (!application)
        return std::move(application).error();
    auto tables = detail::tableCount(db, file);
    if (!tables)
        return std::move(tables).error();
    const bool foreign = *application != detail::kApplicationId && *application != 0;
    if (foreign || (*application == 0 && *tables > 0))
        return Error::badInput("the file is an SQLite database but not a lupa QC database", file);
    return *version;
}

Result<void> configureWritable(sqlite3* db, const std::string& file) {
    auto mode = detail::Statement::prepare(db, "PRAGMA journal_mode = WAL", file);
    if (!mode)
        return std::move(mode).error();
    auto row = mode->step("switching to write-ahead logging");
    if (!row)
        return std::move(row).error();
    if (!*row || mode->text(0) != "wal")
        return Error::io("the QC database cannot use write-ahead logging (is it on a network file system?)",
                         file);
    return detail::execute(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;", "configuring", file);
}

} // namespace

Result<void> QcDatabase::Impl::requireWritable(std::string_view what) const {
    if (readOnly)
        return Error{ErrorKind::Usage, fmt::format("{}: the QC database was opened read-only", what), file};
    return success();
}

Result<QcDatabase> QcDatabase::open(const std::filesystem::path& path, OpenMode mode,
                                    std::chrono::milliseconds busyTimeout) {
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->file = path.string();
    impl->readOnly = mode == OpenMode::ReadOnly;
    auto connection = openConnection(path, mode, busyTimeout, impl->file);
    if (!connection)
        return std::move(connection).error();
    impl->db = std::move(*connection);
    sqlite3* db = impl->db.get();
    auto version = checkBeforeWriting(db, impl->file);
    if (!version)
        return std::move(version).error();
    if (impl->readOnly) {
        if (*version < kSchemaVersion)
            return Error::badInput(
                fmt::format("the QC database has schema {} and needs migrating to {}; open "
                            "it once for writing",
                            *version, kSchemaVersion),
                impl->file);
        LUPA_TRY(detail::execute(db, "PRAGMA foreign_keys = ON; PRAGMA query_only = ON;", "configuring",
                                 impl->file));
        return QcDatabase(std::move(impl));
    }
    LUPA_TRY(configureWritable(db, impl->file));
    LUPA_TRY(detail::migrate(db, detail::qcMigrations(), impl->file));
    return QcDatabase(std::move(impl));
}

} // namespace lupa::vision::qc
