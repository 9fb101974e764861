// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// What must never happen to a QC record: half-written inspections, silently touched foreign or newer files.
#include "../core/TempDir.hpp"
#include "QcTestSupport.hpp"

#include <lupa/vision/qc/QcDatabase.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <csignal>
#include <limits>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

using lupa::test::fileBytes;
using lupa::test::RawSqlite;
using lupa::test::sampleInspection;
using lupa::test::TempDir;
using lupa::vision::qc::QcDatabase;
using Mode = QcDatabase::OpenMode;
using namespace std::chrono_literals;

constexpr int kLupaApplicationId = 0x4C514352;

TEST(QcRobustness, DefectViolatingAConstraintMidWriteLeavesNoInspection) {
    TempDir dir;
    auto db = QcDatabase::open(dir / "qc.sqlite");
    ASSERT_TRUE(db.ok());
    auto record = sampleInspection("NEW-MODULE", 50);
    record.defects[37].peakScore = std::numeric_limits<double>::quiet_NaN();
    const auto id = db->recordInspection(record);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, lupa::ErrorKind::BadInput);
    EXPECT_EQ(id.error().line, 37);
    EXPECT_NE(id.error().message.find("peak_score"), std::string::npos) << id.error().describe();
    RawSqlite raw(dir / "qc.sqlite");
    EXPECT_EQ(raw.integer("SELECT count(*) FROM inspections"), 0);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM defects"), 0);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM modules"), 0); // the new module went with it
    EXPECT_TRUE(db->checkIntegrity()->ok());
    record.defects[37].peakScore = 2.0;
    record.defects[3].areaMm2 = std::numeric_limits<double>::infinity();
    EXPECT_FALSE(db->recordInspection(record).ok());
    record.defects[3].areaMm2 = 0.5;
    EXPECT_TRUE(db->recordInspection(record).ok()); // the same connection is usable after a rollback
}

TEST(QcRobustness, InvalidDecisionInsideARecordRollsBackTheRecord) {
    TempDir dir;
    auto db = QcDatabase::open(dir / "qc.sqlite");
    ASSERT_TRUE(db.ok());
    auto record = sampleInspection("M1", 4);
    record.defects[3].decision = lupa::test::sampleDecision("overruled", "PASS"); // a verdict on a defect
    EXPECT_FALSE(db->recordInspection(record).ok());
    EXPECT_TRUE(db->listInspections()->empty());
}

TEST(QcRobustness, KilledWriterNeverLeavesAHalfRecord) {
    TempDir dir;
    const auto path = dir / "qc.sqlite";
    ASSERT_TRUE(QcDatabase::open(path).ok());
    const pid_t child = fork();
    ASSERT_NE(child, -1);
    if (child == 0) {
        auto db = QcDatabase::open(path);
        for (int i = 0; db.ok(); ++i)
            (void)db->recordInspection(sampleInspection(fmt::format("M{}", i), 500));
        _exit(1);
    }
    {
        // Kill it once it has committed at least one record, so that it dies in the middle of a later one.
        RawSqlite watcher(path);
        for (int poll = 0; poll < 1000 && watcher.integer("SELECT count(*) FROM inspections") < 2; ++poll)
            std::this_thread::sleep_for(10ms);
    }
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));
    auto db = QcDatabase::open(path, Mode::ExistingOnly);
    ASSERT_TRUE(db.ok()) << db.error().describe();
    const auto report = db->checkIntegrity();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << report->problems.front();
    EXPECT_GE(report->inspections, 2);
    EXPECT_EQ(report->defects, report->inspections * 500);
    const auto summaries = db->listInspections();
    ASSERT_TRUE(summaries.ok());
    for (const auto& summary : *summaries)
        EXPECT_EQ(db->inspection(summary.id)->defects.size(), 500U);
}

TEST(QcRobustness, NewerSchemaIsRefusedAndTheFileIsUntouched) {
    TempDir dir;
    const auto path = dir / "future.sqlite";
    {
        RawSqlite raw(path);
        raw.exec("CREATE TABLE inspections_v7(id INTEGER PRIMARY KEY, payload BLOB);"
                 "INSERT INTO inspections_v7(payload) VALUES (x'00ff');");
        raw.exec(fmt::format("PRAGMA user_version = 7; PRAGMA application_id = {}", kLupaApplicationId));
    }
    const auto before = fileBytes(path);
    for (const auto mode : {Mode::CreateIfMissing, Mode::ExistingOnly, Mode::ReadOnly}) {
        const auto db = QcDatabase::open(path, mode);
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().kind, lupa::ErrorKind::BadInput);
        EXPECT_NE(db.error().message.find("newer lupa (schema 7, this lupa reads up to 1)"),
                  std::string::npos)
            << db.error().describe();
        EXPECT_NE(db.error().describe().find("future.sqlite"), std::string::npos);
    }
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_EQ(dir.entryCount(), 1U); // no -wal or -shm file either
}

TEST(QcRobustness, FileThatIsNotADatabaseIsBadInputNamingIt) {
    TempDir dir;
    const auto path = dir.write("notes.sqlite", "module 20UPGM22110042 looked fine, see logbook page 12\n");
    const auto before = fileBytes(path);
    const auto db = QcDatabase::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, lupa::ErrorKind::BadInput);
    EXPECT_NE(db.error().describe().find("notes.sqlite"), std::string::npos);
    EXPECT_NE(db.error().message.find("not an SQLite database"), std::string::npos) << db.error().describe();
    EXPECT_EQ(fileBytes(path), before);
}

TEST(QcRobustness, SomebodyElsesDatabaseIsRefusedAndUntouched) {
    TempDir dir;
    const auto path = dir / "inventory.sqlite";
    {
        RawSqlite raw(path);
        raw.exec(
            "CREATE TABLE parts(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO parts(name) VALUES ('x');");
    }
    const auto before = fileBytes(path);
    const auto db = QcDatabase::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, lupa::ErrorKind::BadInput);
    EXPECT_NE(db.error().message.find("not a lupa QC database"), std::string::npos);
    EXPECT_EQ(fileBytes(path), before);
}

TEST(QcRobustness, WriterBlockedPastTheBusyTimeoutGetsAnErrorNamingTheFile) {
    TempDir dir;
    const auto path = dir / "busy.sqlite";
    auto db = QcDatabase::open(path, Mode::CreateIfMissing, 100ms);
    ASSERT_TRUE(db.ok());
    RawSqlite other(path);
    other.exec("BEGIN IMMEDIATE; INSERT INTO modules(serial, type) VALUES ('held', 'x');");
    const auto id = db->recordInspection(sampleInspection());
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, lupa::ErrorKind::Io);
    EXPECT_NE(id.error().message.find("locked"), std::string::npos) << id.error().describe();
    EXPECT_NE(id.error().describe().find("busy.sqlite"), std::string::npos);
    EXPECT_FALSE(db->setStages({"reception"}).ok());
    EXPECT_TRUE(db->listInspections().ok()); // WAL: readers are not blocked by the writer
    other.exec("ROLLBACK");
    EXPECT_TRUE(db->recordInspection(sampleInspection()).ok());
}

TEST(QcRobustness, OpeningADatabaseLockedExclusivelyGetsAnErrorNamingTheFile) {
    TempDir dir;
    const auto path = dir / "exclusive.sqlite";
    RawSqlite other(path);
    other.exec("CREATE TABLE placeholder(a); DROP TABLE placeholder; BEGIN EXCLUSIVE;");
    const auto db = QcDatabase::open(path, Mode::CreateIfMissing, 100ms);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, lupa::ErrorKind::Io);
    EXPECT_NE(db.error().message.find("locked"), std::string::npos) << db.error().describe();
    EXPECT_NE(db.error().describe().find("exclusive.sqlite"), std::string::npos);
    other.exec("COMMIT");
    EXPECT_TRUE(QcDatabase::open(path, Mode::CreateIfMissing, 100ms).ok());
}

TEST(QcRobustness, IntegrityCheckFindsAnInspectionWithMissingDefects) {
    TempDir dir;
    const auto path = dir / "qc.sqlite";
    auto db = QcDatabase::open(path);
    ASSERT_TRUE(db.ok());
    const auto whole = db->recordInspection(sampleInspection("M1", 3)).value();
    const auto damaged = db->recordInspection(sampleInspection("M2", 3)).value();
    ASSERT_TRUE(db->recordDecision(whole, 1, lupa::test::sampleDecision("confirmed")).ok());
    auto report = db->checkIntegrity();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok());
    EXPECT_EQ(report->inspections, 2);
    EXPECT_EQ(report->defects, 6);
    EXPECT_EQ(report->decisions, 1);
    {
        RawSqlite raw(path); // behind lupa's back, as a broken tool or a hand edit would
        raw.exec(fmt::format("DELETE FROM defects WHERE inspection_id = {} AND idx = 1", damaged));
    }
    report = db->checkIntegrity();
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->problems.size(), 1U);
    EXPECT_NE(report->problems[0].find(fmt::format("inspection {} declares 3 defects but 2", damaged)),
              std::string::npos)
        << report->problems[0];
    const auto read = db->inspection(damaged);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().kind, lupa::ErrorKind::BadInput);
    EXPECT_NE(read.error().message.find("incomplete"), std::string::npos);
    EXPECT_TRUE(db->inspection(whole).ok());
}

} // namespace
