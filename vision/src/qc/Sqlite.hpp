// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <cstdint>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace lupa::vision::qc::detail {

/// Closes a connection (sqlite3_close_v2 also finalises what is left).
struct ConnectionCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
/// An owned SQLite connection.
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;

/// A lupa Error for SQLite result `code` while doing `what` on the database file `file`:
/// BadInput for not-a-database, corruption and refused data; Io for locks and everything else.
[[nodiscard]] Error sqliteError(sqlite3* db, int code, std::string_view what, const std::string& file);

/// Runs one or more SQL statements without results.
[[nodiscard]] Result<void> execute(sqlite3* db, const char* sql, std::string_view what,
                                   const std::string& file);

/// A prepared statement with positional (1-based) parameters and 0-based result columns.
class Statement {
public:
    /// Prepares `sql`, or the error naming `file`.
    [[nodiscard]] static Result<Statement> prepare(sqlite3* db, std::string_view sql,
                                                   const std::string& file);

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bindNull(int index);

    /// Steps once: true when a row is available, false when done.
    [[nodiscard]] Result<bool> step(std::string_view what);
    /// Steps until done (for statements without results).
    [[nodiscard]] Result<void> run(std::string_view what);
    /// Resets the statement and clears its bindings, for the next row.
    void reset();

    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
    };
    Statement(sqlite3* db, sqlite3_stmt* statement, std::string file);
    void noteBind(int code);

    sqlite3* m_db;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
    std::string m_file;
    int m_bindError = SQLITE_OK;
};

/// A transaction that rolls back unless commit() succeeds.
class Transaction {
public:
    /// BEGIN IMMEDIATE: takes the write lock now (waiting up to the busy timeout).
    [[nodiscard]] static Result<Transaction> beginWrite(sqlite3* db, const std::string& file);
    /// BEGIN (deferred): a consistent snapshot for several reads.
    [[nodiscard]] static Result<Transaction> beginRead(sqlite3* db, const std::string& file);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    /// COMMIT; on failure the transaction is rolled back by the destructor.
    [[nodiscard]] Result<void> commit();

private:
    Transaction(sqlite3* db, std::string file);
    sqlite3* m_db;
    std::string m_file;
    bool m_open = true;
};

} // namespace lupa::vision::qc::detail
