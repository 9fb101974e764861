// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "qc/Sqlite.hpp"

#include <fmt/format.h>

#include <utility>

namespace lupa::vision::qc::detail {

Error sqliteError(sqlite3* db, int code, std::string_view what, const std::string& file) {
    const std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::io(fmt::format("{}: the QC database is locked by another program (another lupa or "
                                     "station writing to it) and stayed locked past the busy timeout; "
                                     "try again when it has finished ({})",
                                     what, detail),
                         file);
    case SQLITE_NOTADB:
        return Error::badInput(fmt::format("{}: the file is not an SQLite database ({})", what, detail),
                               file);
    case SQLITE_CORRUPT:
        return Error::badInput(fmt::format("{}: the database file is corrupt ({})", what, detail), file);
    case SQLITE_CONSTRAINT:
        return Error::badInput(fmt::format("{}: the database refused the data ({})", what, detail), file);
    case SQLITE_READONLY:
        return Error::io(fmt::format("{}: the database is read-only ({})", what, detail), file);
    default:
        return Error::io(fmt::format("{}: {}", what, detail), file);
    }
}

Result<void> execute(sqlite3* db, const char* sql, std::string_view what, const std::string& file) {
    const int code = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (code != SQLITE_OK)
        return sqliteError(db, code, what, file);
    return success();
}

Statement::Statement(sqlite3* db, sqlite3_stmt* statement, std::string file)
    : m_db(db)
    , m_statement(statement)
    , m_file(std::move(file)) {}

Result<Statement> Statement::prepare(sqlite3* db, std::string_view sql, const std::string& file) {
    sqlite3_stmt* statement = nullptr;
    const int code = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        return sqliteError(db, code, "reading the database", file);
    }
    return Statement(db, statement, file);
}

void Statement::noteBind(int code) {
    if (code != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = code;
}

Statement& Statement::bind(int index, std::int64_t value) {
    noteBind(sqlite3_bind_int64(m_statement.get(), index, value));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    noteBind(sqlite3_bind_double(m_statement.get(), index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    noteBind(sqlite3_bind_text64(m_statement.get(), index, value.data(), value.size(), SQLITE_TRANSIENT,
                                 SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindNull(int index) {
    noteBind(sqlite3_bind_null(m_statement.get(), index));
    return *this;
}

Result<bool> Statement::step(std::string_view what) {
    if (m_bindError != SQLITE_OK)
        return sqliteError(nullptr, m_bindError, what, m_file);
    const int code = sqlite3_step(m_statement.get());
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    return sqliteError(m_db, code, what, m_file);
}

Result<void> Statement::run(std::string_view what) {
    while (true) {
        auto row = step(what);
        if (!row)
            return std::move(row).error();
        if (!*row)
            return success();
    }
}

void Statement::reset() {
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
    m_bindError = SQLITE_OK;
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_statement.get(), column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_statement.get(), column);
}

std::string Statement::text(int column) const {
    const auto* bytes = sqlite3_column_text(m_statement.get(), column);
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    return bytes != nullptr
               ? std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size))
               : std::string();
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

Transaction::Transaction(sqlite3* db, std::string file)
    : m_db(db)
    , m_file(std::move(file)) {}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_file(std::move(other.m_file))
    , m_open(std::exchange(other.m_open, false)) {}

Result<Transaction> Transaction::beginWrite(sqlite3* db, const std::string& file) {
    LUPA_TRY(execute(db, "BEGIN IMMEDIATE", "starting a write transaction", file));
    return Transaction(db, file);
}

Result<Transaction> Transaction::beginRead(sqlite3* db, const std::string& file) {
    LUPA_TRY(execute(db, "BEGIN", "starting a read transaction", file));
    return Transaction(db, file);
}

Transaction::~Transaction() {
    if (m_open)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Result<void> Transaction::commit() {
    LUPA_TRY(execute(m_db, "COMMIT", "committing", m_file));
    m_open = false;
    return success();
}

} // namespace lupa::vision::qc::detail
