// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "../core/TempDir.hpp"
#include "QcTestSupport.hpp"
#include "qc/Schema.hpp"
#include "qc/Sqlite.hpp"

#include <lupa/vision/qc/QcDatabase.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace {

using lupa::test::RawSqlite;
using lupa::test::sampleInspection;
using lupa::test::TempDir;
using lupa::vision::qc::QcDatabase;
using lupa::vision::qc::detail::Migration;
using Mode = QcDatabase::OpenMode;

/// A schema-0 fixture: an SQLite database that exists but was never given the QC schema (what an installer
/// or `sqlite3 qc.sqlite VACUUM` leaves behind).
std::filesystem::path makeVersion0Fixture(const TempDir& dir) {
    const auto path = dir / "v0.sqlite";
    RawSqlite raw(path);
    raw.exec("CREATE TABLE scratch(a); DROP TABLE scratch; VACUUM;");
    EXPECT_EQ(raw.integer("PRAGMA user_version"), 0);
    return path;
}

TEST(QcMigration, Version0DatabaseIsMigratedToTheCurrentSchemaOnOpen) {
    TempDir dir;
    const auto path = makeVersion0Fixture(dir);
    const auto readOnly = QcDatabase::open(path, Mode::ReadOnly);
    ASSERT_FALSE(readOnly.ok()); // read-only never migrates
    EXPECT_NE(readOnly.error().message.find("needs migrating"), std::string::npos);

    auto db = QcDatabase::open(path, Mode::ExistingOnly);
    ASSERT_TRUE(db.ok()) << db.error().describe();
    EXPECT_EQ(*db->stages(), QcDatabase::defaultStages());
    ASSERT_TRUE(db->recordInspection(sampleInspection()).ok());
    RawSqlite raw(path);
    EXPECT_EQ(raw.integer("PRAGMA user_version"), QcDatabase::kSchemaVersion);
    EXPECT_EQ(raw.integer("PRAGMA application_id"), lupa::vision::qc::detail::kApplicationId);
}

TEST(QcMigration, MigrationsListEndsAtTheCurrentVersionAndCountsUpByOne) {
    const auto& migrations = lupa::vision::qc::detail::qcMigrations();
    ASSERT_FALSE(migrations.empty());
    for (std::size_t i = 0; i < migrations.size(); ++i)
        EXPECT_EQ(migrations[i].toVersion, static_cast<int>(i) + 1);
    EXPECT_EQ(migrations.back().toVersion, QcDatabase::kSchemaVersion);
}

/// The migration runner on a made-up future: version 1 with data, then two more steps.
std::vector<Migration> futureMigrations(const char* thirdStep) {
    auto migrations = lupa::vision::qc::detail::qcMigrations();
    migrations.push_back({2, "add a lighting column",
                          "ALTER TABLE inspections ADD COLUMN lighting TEXT "
                          "NOT NULL DEFAULT '';"});
    migrations.push_back({3, "fill the lighting column", thirdStep});
    return migrations;
}

TEST(QcMigration, RunnerAppliesEveryNewerStepAndKeepsTheData) {
    TempDir dir;
    const auto path = dir / "v1.sqlite";
    std::int64_t id = 0;
    {
        auto db = QcDatabase::open(path);
        ASSERT_TRUE(db.ok());
        id = db->recordInspection(sampleInspection()).value();
    }
    lupa::vision::qc::detail::Connection connection;
    {
        sqlite3* raw = nullptr;
        ASSERT_EQ(sqlite3_open(path.string().c_str(), &raw), SQLITE_OK);
        connection.reset(raw);
    }
    const auto migrated = lupa::vision::qc::detail::migrate(
        connection.get(), futureMigrations("UPDATE inspections SET lighting = 'ring light';"), path.string());
    ASSERT_TRUE(migrated.ok()) << migrated.error().describe();
    connection.reset();
    RawSqlite raw(path);
    EXPECT_EQ(raw.integer("PRAGMA user_version"), 3);
    EXPECT_EQ(raw.integer(fmt::format(
                  "SELECT count(*) FROM inspections WHERE lighting = 'ring light' AND id = {}", id)),
              1);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM defects"), 3);
    // and this lupa (schema 1) now refuses the file
    EXPECT_FALSE(QcDatabase::open(path).ok());
}

TEST(QcMigration, FailingStepRollsBackEveryStepOfTheRun) {
    TempDir dir;
    const auto path = dir / "v1.sqlite";
    ASSERT_TRUE(QcDatabase::open(path).ok());
    lupa::vision::qc::detail::Connection connection;
    {
        sqlite3* raw = nullptr;
        ASSERT_EQ(sqlite3_open(path.string().c_str(), &raw), SQLITE_OK);
        connection.reset(raw);
    }
    const auto migrated = lupa::vision::qc::detail::migrate(
        connection.get(), futureMigrations("UPDATE no_such_table SET x = 1;"), path.string());
    ASSERT_FALSE(migrated.ok());
    EXPECT_NE(migrated.error().message.find("version 3"), std::string::npos) << migrated.error().describe();
    connection.reset();
    RawSqlite raw(path);
    EXPECT_EQ(raw.integer("PRAGMA user_version"), 1);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM pragma_table_info('inspections') WHERE name = 'lighting'"),
              0);
    EXPECT_TRUE(QcDatabase::open(path).ok());
}

} // namespace
