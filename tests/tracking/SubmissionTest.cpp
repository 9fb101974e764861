// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// TrackML submission files: reading (plain, gzip, several events), writing, and every kind of bad row.
#include "../core/TempDir.hpp"

#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/tracking/Submission.hpp>

#include <gtest/gtest.h>

#include <string>

namespace lupa::tracking {
namespace {

using test::TempDir;

/// Reads `content` as a submission file and expects an error at `line` whose message contains `words`.
void expectBadRow(const std::string& content, std::int64_t line, const std::string& words) {
    TempDir dir;
    const auto path = dir.write("submission.csv", content);
    const auto submission = readSubmission(path);
    ASSERT_FALSE(submission.ok()) << content;
    const Error& error = submission.error();
    EXPECT_EQ(error.kind, ErrorKind::BadInput);
    EXPECT_EQ(error.file, path.string());
    EXPECT_EQ(error.line, line) << error.describe();
    EXPECT_NE(error.message.find(words), std::string::npos) << error.describe();
}

TEST(Submission, ReadsTheAssignmentOfEveryEvent) {
    TempDir dir;
    const auto path = dir.write("submission.csv", "event_id,hit_id,track_id\n"
                                                  "1,1,7\n1,2,7\n1,3,0\n"
                                                  "2,1,9\n");
    const auto submission = readSubmission(path);
    ASSERT_TRUE(submission.ok()) << submission.error().describe();
    ASSERT_EQ(submission->events.size(), 2U);
    const auto& first = submission->events.at(1);
    ASSERT_EQ(first.size(), 3U);
    EXPECT_EQ(first.at(1), 7U);
    EXPECT_EQ(first.at(3), 0U) << "track_id 0 is a valid id";
    EXPECT_EQ(submission->events.at(2).at(1), 9U) << "the same hit_id in another event is no duplicate";
}

TEST(Submission, FindsColumnsByNameInAnyOrder) {
    TempDir dir;
    const auto path = dir.write("submission.csv", "track_id,comment,hit_id,event_id\n12,x,5,3\n");
    const auto submission = readSubmission(path);
    ASSERT_TRUE(submission.ok()) << submission.error().describe();
    EXPECT_EQ(submission->events.at(3).at(5), 12U);
}

TEST(Submission, WritesSortedRowsAndReadsThemBack) {
    TempDir dir;
    const TrackAssignment assignment{{30, 2}, {4, 1}, {17, 2}, {8, 1234567890123456789ULL}};
    const auto path = dir / "submission.csv";
    ASSERT_TRUE(writeSubmission(path, 21, assignment).ok());
    EXPECT_EQ(readFile(path).value(), "event_id,hit_id,track_id\n21,4,1\n21,8,1234567890123456789\n"
                                      "21,17,2\n21,30,2\n");
    const auto back = readSubmission(path);
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(back->events.at(21), assignment);
    EXPECT_EQ(dir.entryCount(), 1U) << "no temporary file is left behind";
}

TEST(Submission, WritesAndReadsGzip) {
    TempDir dir;
    const TrackAssignment assignment{{1, 5}, {2, 5}, {3, 6}};
    const auto path = dir / "submission.csv.gz";
    ASSERT_TRUE(writeSubmission(path, 1, assignment).ok());
    const std::string bytes = readFile(path).value();
    ASSERT_GE(bytes.size(), 2U);
    EXPECT_EQ(static_cast<unsigned char>(bytes[0]), 0x1fU) << "gzip magic";
    EXPECT_EQ(static_cast<unsigned char>(bytes[1]), 0x8bU) << "gzip magic";
    const auto back = readSubmission(path);
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(back->events.at(1), assignment);
}

TEST(Submission, OverwritesAnExistingFile) {
    TempDir dir;
    const auto path = dir.write("submission.csv", "old content that is not a submission\n");
    ASSERT_TRUE(writeSubmission(path, 1, {{1, 1}}).ok());
    EXPECT_EQ(readFile(path).value(), "event_id,hit_id,track_id\n1,1,1\n");
    EXPECT_EQ(dir.entryCount(), 1U);
}

TEST(Submission, WritingIntoAMissingFolderFails) {
    TempDir dir;
    const auto written = writeSubmission(dir / "no-such-folder" / "submission.csv", 1, {{1, 1}});
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, ErrorKind::Io);
}

TEST(Submission, MissingColumnIsNamed) {
    TempDir dir;
    const auto path = dir.write("submission.csv", "event_id,hit_id\n1,1\n");
    const auto submission = readSubmission(path);
    ASSERT_FALSE(submission.ok());
    EXPECT_EQ(submission.error().kind, ErrorKind::BadInput);
    EXPECT_NE(submission.error().describe().find("track_id"), std::string::npos)
        << submission.error().describe();
    EXPECT_NE(submission.error().describe().find("submission.csv"), std::string::npos);
}

TEST(Submission, HeaderIsRequired) {
    TempDir dir;
    const auto path = dir.write("submission.csv", "1,1,7\n1,2,7\n");
    const auto submission = readSubmission(path);
    ASSERT_FALSE(submission.ok());
    EXPECT_EQ(submission.error().kind, ErrorKind::BadInput);
    EXPECT_NE(submission.error().message.find("event_id"), std::string::npos)
        << submission.error().describe();
}

TEST(Submission, NonNumberNamesFileAndLine) {
    expectBadRow("event_id,hit_id,track_id\n1,1,7\n1,2,seven\n", 3, "track_id");
}

TEST(Submission, FractionalIdIsRefused) {
    expectBadRow("event_id,hit_id,track_id\n1,1.5,7\n", 2, "hit_id");
}

TEST(Submission, NegativeTrackIdIsRefused) {
    expectBadRow("event_id,hit_id,track_id\n1,1,7\n1,2,7\n1,3,-1\n", 4, "track_id -1 is negative");
}

TEST(Submission, NegativeHitAndEventIdsAreRefused) {
    expectBadRow("event_id,hit_id,track_id\n1,-4,7\n", 2, "hit_id -4 is negative");
    expectBadRow("event_id,hit_id,track_id\n-1,4,7\n", 2, "event_id -1 is negative");
}

TEST(Submission, HitIdZeroIsRefused) {
    expectBadRow("event_id,hit_id,track_id\n1,0,7\n", 2, "hit_id 0");
}

TEST(Submission, DuplicateHitIdNamesTheSecondLine) {
    expectBadRow("event_id,hit_id,track_id\n1,1,7\n1,2,7\n1,1,8\n", 4, "hit_id 1 of event 1 appears twice");
}

TEST(Submission, WrongNumberOfFieldsNamesTheLine) {
    TempDir dir;
    const auto path = dir.write("submission.csv", "event_id,hit_id,track_id\n1,1,7\n1,2\n");
    const auto submission = readSubmission(path);
    ASSERT_FALSE(submission.ok());
    EXPECT_EQ(submission.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(submission.error().line, 3) << submission.error().describe();
}

TEST(Submission, MissingFileIsAnIoError) {
    TempDir dir;
    const auto submission = readSubmission(dir / "absent.csv");
    ASSERT_FALSE(submission.ok());
    EXPECT_EQ(submission.error().kind, ErrorKind::Io);
}

TEST(Submission, EventIdComesFromThePrefix) {
    EXPECT_EQ(eventIdOfPrefix("data/event000000001"), 1U);
    EXPECT_EQ(eventIdOfPrefix("train_1/event000001000"), 1000U);
    EXPECT_EQ(eventIdOfPrefix("event7"), 7U);
    EXPECT_FALSE(eventIdOfPrefix("data/event").has_value());
    EXPECT_FALSE(eventIdOfPrefix("data/myevent01").has_value());
    EXPECT_FALSE(eventIdOfPrefix("data/event01a").has_value());
    EXPECT_FALSE(eventIdOfPrefix("event123456789012345678901").has_value()) << "too long for 64 bits";
}

} // namespace
} // namespace lupa::tracking
