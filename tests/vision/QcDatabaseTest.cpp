// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "../core/TempDir.hpp"
#include "QcTestSupport.hpp"

#include <lupa/vision/qc/QcDatabase.hpp>

#include <gtest/gtest.h>

namespace {

using lupa::test::RawSqlite;
using lupa::test::sampleDecision;
using lupa::test::sampleInspection;
using lupa::test::TempDir;
using lupa::vision::qc::InspectionFilter;
using lupa::vision::qc::QcDatabase;
using Mode = QcDatabase::OpenMode;

TEST(QcDatabase, RecordedInspectionReadsBackEqual) {
    TempDir dir;
    auto db = QcDatabase::open(dir / "qc.sqlite");
    ASSERT_TRUE(db.ok()) << db.error().describe();
    auto record = sampleInspection();
    record.defects[1].decision = sampleDecision("overruled", {}, "short");
    record.verdictDecision = sampleDecision("confirmed");
    const auto id = db->recordInspection(record);
    ASSERT_TRUE(id.ok()) << id.error().describe();
    record.id = *id;
    const auto back = db->inspection(*id);
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(*back, record);
}

TEST(QcDatabase, NewDatabaseUsesWalForeignKeysAndSchemaVersion) {
    TempDir dir;
    {
        auto db = QcDatabase::open(dir / "qc.sqlite");
        ASSERT_TRUE(db.ok()) << db.error().describe();
    }
    RawSqlite raw(dir / "qc.sqlite");
    EXPECT_EQ(raw.integer("PRAGMA user_version"), QcDatabase::kSchemaVersion);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1);
    EXPECT_EQ(raw.integer("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                          "('modules', 'stages', 'inspections', 'defects', 'decisions')"),
              5);
}

TEST(QcDatabase, ModuleIsWrittenOnceAndItsInspectionsComeOldestFirst) {
    TempDir dir;
    auto db = QcDatabase::open(dir / "qc.sqlite");
    ASSERT_TRUE(db.ok());
    auto later = sampleInspection("M1", 1);
    later.stage = "after encapsulation";
    later.timeUtc = "2024-06-01T08:00:00Z";
    auto earlier = sampleInspection("M1", 2);
    ASSERT_TRUE(db->recordInspection(later).ok());
    ASSERT_TRUE(db->recordInspection(earlier).ok());
    ASSERT_TRUE(db->recordInspection(sampleInspection("M2", 0)).ok());
    const auto records = db->inspectionsOf("M1");
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 2U);
    EXPECT_EQ((*records)[0].stage, "after wire-bonding");
    EXPECT_EQ((*records)[1].stage, "after encapsulation");
    EXPECT_EQ((*records)[0].defects.size(), 2U);
    EXPECT_TRUE(db->inspectionsOf("unknown")->empty());
    RawSqlite raw(dir / "qc.sqlite");
    EXPECT_EQ(raw.integer("SELECT count(*) FROM modules"), 2);
}

TEST(QcDatabase, ModuleTypeMustNotChange) {
    TempDir dir;
    auto db = QcDatabase::open(dir / "qc.sqlite");
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->recordInspection(sampleInspection("M1")).ok());
    auto other = sampleInspection("M1");
    other.moduleType = "triplet";
    const auto id = db->recordInspection(other);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, lupa::ErrorKind::BadInput);
    EXPECT_NE(id.error().message.find("triplet"), std::string::npos);
    EXPECT_EQ(db->listInspections()->size(), 1U);
}

TEST(QcDatabase, DecisionsAppendAndTheLatestCounts) {
    TempDir dir;
    auto db = QcDatabase::open(dir / "qc.sqlite");
    ASSERT_TRUE(db.ok());
    const auto id = db->recordInspection(sampleInspection());
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(db->recordDecision(*id, 0, sampleDecision("confirmed")).ok());
    ASSERT_TRUE(db->recordDecision(*id, 2, sampleDecision("overruled")).ok());
    ASSERT_TRUE(db->recordDecision(*id, -1, sampleDecision("overruled", "REVIEW")).ok());
    auto second = sampleDecision("overruled", "PASS");
    second.operatorName = "C. Supervisor";
    ASSERT_TRUE(db->recordDecision(*id, -1, second).ok());
    const auto record = db->inspection(*id);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->defects[0].decision->decision, "confirmed");
    EXPECT_FALSE(record->defects[1].decision.has_value());
    EXPECT_EQ(record->defects[2].decision->decision, "overruled");
    EXPECT_EQ(record->verdictDecision, second);
    EXPECT_EQ(finalVerdict(*record), "PASS");
    RawSqlite raw(dir / "qc.sqlite");
    EXPECT_EQ(raw.integer("SELECT count(*) FROM decisions"), 4); // the audit trail keeps the first overrule
}

TEST(QcDatabase, InvalidDecisionsAreRefusedAndNothingIsWritten) {
    TempDir dir;
    auto db = QcDatabase::open(dir / "qc.sqlite");
    ASSERT_TRUE(db.ok());
    const auto id = db->recordInspection(sampleInspection("M1", 2));
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(db->recordDecision(*id, 2, sampleDecision("confirmed")).error().kind,
              lupa::ErrorKind::BadInput);
    EXPECT_EQ(db->recordDecision(*id + 1, 0, sampleDecision("confirmed")).error().kind,
              lupa::ErrorKind::BadInput);
    EXPECT_FALSE(db->recordDecision(*id, 0, sampleDecision("maybe")).ok());
    EXPECT_FALSE(db->recordDecision(*id, -1, sampleDecision("overruled")).ok()); // no new verdict
    EXPECT_FALSE(db->recordDecision(*id, -1, sampleDecision("overruled", "BROKEN")).ok());
    EXPECT_FALSE(db->recordDecision(*id, 0, sampleDecision("overruled", "PASS")).ok());
    EXPECT_FALSE(db->recordDecision(*id, -2, sampleDecision("confirmed")).ok());
    RawSqlite raw(dir / "qc.sqlite");
    EXPECT_EQ(raw.integer("SELECT count(*) FROM decisions"), 0);
}

TEST(QcDatabase, StagesHaveDefaultsAndCanBeReplaced) {
    TempDir dir;
    auto db = QcDatabase::open(dir / "qc.sqlite");
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(*db->stages(), QcDatabase::defaultStages());
    EXPECT_EQ(QcDatabase::defaultStages().front(), "reception");
    ASSERT_TRUE(db->recordInspection(sampleInspection()).ok()); // stage "after wire-bonding"
    const std::vector<std::string> reordered{"after wire-bonding", "reception", "metrology"};
    ASSERT_TRUE(db->setStages(reordered).ok());
    EXPECT_EQ(*db->stages(), reordered);
    const auto removeUsed = db->setStages({"reception"});
    ASSERT_FALSE(removeUsed.ok());
    EXPECT_NE(removeUsed.error().message.find("after wire-bonding"), std::string::npos);
    EXPECT_EQ(*db->stages(), reordered);
    EXPECT_FALSE(db->setStages({"a", "a"}).ok());
    EXPECT_FALSE(db->setStages({}).ok());
    auto unknownStage = sampleInspection();
    unknownStage.stage = "after encapsulation"; // removed above
    const auto refused = db->recordInspection(unknownStage);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("unknown production stage"), std::string::npos);
}

TEST(QcDatabase, ReopenedDatabaseKeepsEverything) {
    TempDir dir;
    std::int64_t id = 0;
    {
        auto db = QcDatabase::open(dir / "qc.sqlite");
        ASSERT_TRUE(db.ok());
        id = db->recordInspection(sampleInspection()).value();
        ASSERT_TRUE(db->setStages({"reception", "after wire-bonding"}).ok());
    }
    auto db = QcDatabase::open(dir / "qc.sqlite", Mode::ExistingOnly);
    ASSERT_TRUE(db.ok()) << db.error().describe();
    auto expected = sampleInspection();
    expected.id = id;
    EXPECT_EQ(db->inspection(id).value(), expected);
    EXPECT_EQ(db->stages()->size(), 2U);
    auto moved = std::move(*db);
    EXPECT_EQ(moved.listInspections()->size(), 1U);
}

TEST(QcDatabase, ReadOnlyReadsButNeverWrites) {
    TempDir dir;
    {
        auto db = QcDatabase::open(dir / "qc.sqlite");
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->recordInspection(sampleInspection()).ok());
    }
    auto db = QcDatabase::open(dir / "qc.sqlite", Mode::ReadOnly);
    ASSERT_TRUE(db.ok()) << db.error().describe();
    EXPECT_EQ(db->listInspections()->size(), 1U);
    const auto write = db->recordInspection(sampleInspection());
    ASSERT_FALSE(write.ok());
    EXPECT_EQ(write.error().kind, lupa::ErrorKind::Usage);
    EXPECT_FALSE(db->recordDecision(1, -1, sampleDecision("confirmed")).ok());
}

TEST(QcDatabase, MissingFileWithoutCreateIsAnIoErrorNamingIt) {
    TempDir dir;
    for (const auto mode : {Mode::ExistingOnly, Mode::ReadOnly}) {
        const auto db = QcDatabase::open(dir / "absent.sqlite", mode);
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().kind, lupa::ErrorKind::Io);
        EXPECT_NE(db.error().describe().find("absent.sqlite"), std::string::npos);
    }
    EXPECT_EQ(dir.entryCount(), 0U);
}

TEST(QcDatabase, ListFiltersByModuleStageVerdictTimeAndDecision) {
    TempDir dir;
    auto db = QcDatabase::open(dir / "qc.sqlite");
    ASSERT_TRUE(db.ok());
    auto a = sampleInspection("A", 2); // FAIL
    auto b = sampleInspection("B", 0); // PASS
    b.timeUtc = "2024-05-18T09:00:00Z";
    auto c = sampleInspection("A", 1); // FAIL, overruled to PASS below
    c.stage = "after encapsulation";
    c.timeUtc = "2024-05-19T09:00:00Z";
    const auto idA = db->recordInspection(a).value();
    const auto idB = db->recordInspection(b).value();
    const auto idC = db->recordInspection(c).value();
    ASSERT_TRUE(db->recordDecision(idC, -1, sampleDecision("overruled", "PASS")).ok());

    const auto all = db->listInspections().value();
    ASSERT_EQ(all.size(), 3U);
    EXPECT_EQ(all[0].id, idA);
    EXPECT_EQ(all[0].defectCount, 2);
    EXPECT_EQ(all[2].verdict, "FAIL");
    EXPECT_EQ(all[2].finalVerdict, "PASS");
    EXPECT_TRUE(all[2].verdictDecided);

    InspectionFilter filter;
    filter.verdict = "PASS";
    const auto passed = db->listInspections(filter).value();
    ASSERT_EQ(passed.size(), 2U);
    EXPECT_EQ(passed[0].id, idB);
    EXPECT_EQ(passed[1].id, idC);

    filter = {};
    filter.moduleSerial = "A";
    filter.stage = "after wire-bonding";
    EXPECT_EQ(db->listInspections(filter)->size(), 1U);

    filter = {};
    filter.fromUtc = "2024-05-18T00:00:00Z";
    filter.toUtc = "2024-05-19T00:00:00Z";
    ASSERT_EQ(db->listInspections(filter)->size(), 1U);
    EXPECT_EQ(db->listInspections(filter)->front().id, idB);

    filter = {};
    filter.onlyUndecided = true;
    filter.limit = 1;
    ASSERT_EQ(db->listInspections(filter)->size(), 1U);
    EXPECT_EQ(db->listInspections(filter)->front().id, idA);
}

} // namespace
