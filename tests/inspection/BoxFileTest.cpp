// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "../core/TempDir.hpp"

#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/inspection/DeepPcb.hpp>

#include <gtest/gtest.h>

#include <string>

namespace lupa::inspection {
namespace {

TEST(BoxFile, ReadsDeepPcbTruthFormat) {
    test::TempDir dir;
    const auto file = dir.write("1.txt", "10 20 30 40 1\n\n  5 5 5 5 6 \r\n");
    const auto boxes = readBoxFile(file);
    ASSERT_TRUE(boxes.ok()) << boxes.error().describe();
    ASSERT_EQ(boxes->size(), 2u);
    EXPECT_EQ((*boxes)[0], (LabelledBox{{10, 20, 30, 40}, 1}));
    EXPECT_EQ((*boxes)[1], (LabelledBox{{5, 5, 5, 5}, 6}));
}

TEST(BoxFile, ReadsPredictionFormatAndClassNames) {
    test::TempDir dir;
    const auto file = dir.write("1.txt", "10,20,30,40,0.75,2\n1,2,3,4,0.5,pin-hole\n1,2,3,4,0.5,copper\n");
    const auto boxes = readBoxFile(file);
    ASSERT_TRUE(boxes.ok()) << boxes.error().describe();
    ASSERT_EQ(boxes->size(), 3u);
    EXPECT_EQ((*boxes)[0], (LabelledBox{{10, 20, 30, 40}, 2}));
    EXPECT_EQ((*boxes)[1].classId, 6);
    EXPECT_EQ((*boxes)[2].classId, 5);
    const auto detections = readDetectionFile(file);
    ASSERT_TRUE(detections.ok()) << detections.error().describe();
    EXPECT_DOUBLE_EQ((*detections)[0].confidence, 0.75);
}

TEST(BoxFile, EmptyFileHasNoBoxes) {
    test::TempDir dir;
    const auto boxes = readBoxFile(dir.write("1.txt", ""));
    ASSERT_TRUE(boxes.ok());
    EXPECT_TRUE(boxes->empty());
}

TEST(BoxFile, MissingFileIsAnIoError) {
    test::TempDir dir;
    const auto boxes = readBoxFile(dir / "absent.txt");
    ASSERT_FALSE(boxes.ok());
    EXPECT_EQ(boxes.error().kind, ErrorKind::Io);
}

class BadBoxLine : public ::testing::TestWithParam<std::string> {};

TEST_P(BadBoxLine, IsBadInputNamingFileAndLine) {
    test::TempDir dir;
    const auto file = dir.write("bad.txt", "1,1,2,2,0.5,1\n\n" + GetParam() + "\n");
    for (const bool asDetections : {false, true}) {
        const auto error = asDetections ? readDetectionFile(file).error() : readBoxFile(file).error();
        EXPECT_EQ(error.kind, ErrorKind::BadInput) << GetParam();
        EXPECT_EQ(error.file, file.string());
        EXPECT_EQ(error.line, 3) << GetParam();
    }
}

INSTANTIATE_TEST_SUITE_P(EveryCase, BadBoxLine,
                         ::testing::Values("a 1 2 2 1",         // not a number
                                           "1 1 2x 2 1",        // trailing garbage
                                           "5 1 2 2 1",         // x2 < x1
                                           "1 5 2 2 1",         // y2 < y1
                                           "-1 1 2 2 1",        // negative
                                           "1 1 2000000 2 1",   // huge
                                           "1 1 nan 2 1",       // not finite
                                           "1 1 2 2 256",       // class too large
                                           "1 1 2 2 -1",        // class negative
                                           "1 1 2 2 1.5",       // class not whole
                                           "1 1 2 2 dent",      // unknown class name
                                           "1,1,2,2,nan,1",     // NaN confidence
                                           "1,1,2,2,inf,1",     // infinite confidence
                                           "1,1,2,2,,1",        // empty confidence
                                           "1 1 2 2",           // too few fields
                                           "1,1,2,2,0.5,1,7")); // too many fields

TEST(DetectionFile, RefusesLinesWithoutConfidence) {
    test::TempDir dir;
    const auto file = dir.write("1.txt", "1,1,2,2,0.5,1\n1 1 2 2 1\n");
    const auto detections = readDetectionFile(file);
    ASSERT_FALSE(detections.ok());
    EXPECT_EQ(detections.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(detections.error().line, 2);
}

TEST(DetectionFile, WriteReadRoundTrip) {
    test::TempDir dir;
    std::vector<Detection> written(3);
    written[0].box = {1, 2, 30, 40};
    written[0].classId = 3;
    written[0].confidence = 0.123456789;
    written[1].box = {0, 0, 0, 0};
    written[1].classId = kUnclassified;
    written[1].confidence = 1.0;
    written[2].box = {600, 500, 639, 639};
    written[2].classId = 6;
    written[2].confidence = 1e-7;
    const auto file = dir / "out.txt";
    ASSERT_TRUE(writeDetectionFile(file, written).ok());
    const auto text = readFile(file);
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text->substr(0, text->find('\n')), "1,2,30,40,0.123457,3");
    const auto read = readDetectionFile(file);
    ASSERT_TRUE(read.ok()) << read.error().describe();
    ASSERT_EQ(read->size(), written.size());
    for (std::size_t i = 0; i < written.size(); ++i) {
        EXPECT_EQ((*read)[i].box, written[i].box);
        EXPECT_EQ((*read)[i].classId, written[i].classId);
        EXPECT_NEAR((*read)[i].confidence, written[i].confidence,
                    5e-6 * written[i].confidence); // 6 significant digits
    }
    EXPECT_EQ(dir.entryCount(), 1u); // no temporary left behind
}

TEST(BoxFile, WriteReadRoundTrip) {
    test::TempDir dir;
    const std::vector<LabelledBox> written{{{1, 2, 3, 4}, 1}, {{10, 10, 639, 639}, 7}};
    const auto file = dir / "truth.txt";
    ASSERT_TRUE(writeBoxFile(file, written).ok());
    EXPECT_EQ(*readFile(file), "1 2 3 4 1\n10 10 639 639 7\n");
    const auto read = readBoxFile(file);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, written);
}

} // namespace
} // namespace lupa::inspection
