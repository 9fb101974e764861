// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "../core/TempDir.hpp"

#include <lupa/core/inspection/DeepPcb.hpp>

#include <gtest/gtest.h>

namespace lupa::inspection {
namespace {

TEST(PairList, ResolvesImagesAndAnnotationAgainstTheRoot) {
    test::TempDir dir;
    const auto list =
        dir.write("test.txt", "group20085/20085/20085000.jpg group20085/20085_not/20085000.txt\n"
                              "\n"
                              "  group1/1/00000001.png\r\n");
    const auto pairs = readPairList(list, "/data/PCBData");
    ASSERT_TRUE(pairs.ok()) << pairs.error().describe();
    ASSERT_EQ(pairs->size(), 2u);
    const auto& first = (*pairs)[0];
    EXPECT_EQ(first.id, "20085000");
    EXPECT_EQ(first.testImage, std::filesystem::path("/data/PCBData/group20085/20085/20085000_test.jpg"));
    EXPECT_EQ(first.templateImage, std::filesystem::path("/data/PCBData/group20085/20085/20085000_temp.jpg"));
    EXPECT_EQ(first.annotation, std::filesystem::path("/data/PCBData/group20085/20085_not/20085000.txt"));
    const auto& second = (*pairs)[1];
    EXPECT_EQ(second.id, "00000001");
    EXPECT_EQ(second.testImage, std::filesystem::path("/data/PCBData/group1/1/00000001_test.png"));
    EXPECT_TRUE(second.annotation.empty());
}

TEST(PairList, RefusesThreeColumnsWithFileAndLine) {
    test::TempDir dir;
    const auto list = dir.write("list.txt", "a/1.jpg a_not/1.txt\n\na/2.jpg a_not/2.txt extra\n");
    const auto pairs = readPairList(list, dir.path());
    ASSERT_FALSE(pairs.ok());
    EXPECT_EQ(pairs.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(pairs.error().file, list.string());
    EXPECT_EQ(pairs.error().line, 3);
}

TEST(PairList, RefusesAnImageWithoutExtension) {
    test::TempDir dir;
    const auto list = dir.write("list.txt", "a/1 a_not/1.txt\n");
    const auto pairs = readPairList(list, dir.path());
    ASSERT_FALSE(pairs.ok());
    EXPECT_EQ(pairs.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(pairs.error().line, 1);
}

TEST(PairList, MissingListIsAnIoError) {
    test::TempDir dir;
    const auto pairs = readPairList(dir / "absent.txt", dir.path());
    ASSERT_FALSE(pairs.ok());
    EXPECT_EQ(pairs.error().kind, ErrorKind::Io);
}

TEST(Folders, TruthTreeReadsOnlyAnnotationFoldersNotTheLists) {
    test::TempDir dir;
    std::filesystem::create_directories(dir / "group1/1_not");
    std::filesystem::create_directories(dir / "group1/1");
    dir.write("group1/1_not/00000001.txt", "1 2 3 4 1\n");
    dir.write("group1/1_not/00000002.txt", "5 6 7 8 2\n10 10 20 20 3\n");
    dir.write("group1/1/notes.txt", "not a box file\n");
    dir.write("trainval.txt", "group1/1/00000001.jpg group1/1_not/00000001.txt\n");
    const auto truth = readTruthFolder(dir.path());
    ASSERT_TRUE(truth.ok()) << truth.error().describe();
    ASSERT_EQ(truth->size(), 2u);
    EXPECT_EQ(truth->count("trainval"), 0u);
    EXPECT_EQ(truth->at("00000002").size(), 2u);
    EXPECT_EQ(truth->at("00000001")[0], (LabelledBox{{1, 2, 3, 4}, 1}));
}

TEST(Folders, PredictionFolderReadsTopLevelFiles) {
    test::TempDir dir;
    dir.write("00000001.txt", "1,2,3,4,0.9,1\n");
    dir.write("00000002.txt", "");
    dir.write("00000001.json", "{}");
    const auto predictions = readPredictionFolder(dir.path());
    ASSERT_TRUE(predictions.ok()) << predictions.error().describe();
    ASSERT_EQ(predictions->size(), 2u);
    EXPECT_DOUBLE_EQ(predictions->at("00000001")[0].confidence, 0.9);
    EXPECT_TRUE(predictions->at("00000002").empty());
}

TEST(Folders, TruthForPairsKeysByIdAndAllowsMissingAnnotations) {
    test::TempDir dir;
    dir.write("a.txt", "1 1 5 5 6\n");
    const std::vector<PairEntry> pairs{{"a", "a_test.jpg", "a_temp.jpg", dir / "a.txt"},
                                       {"b", "b_test.jpg", "b_temp.jpg", {}}};
    const auto truth = readTruthForPairs(pairs);
    ASSERT_TRUE(truth.ok()) << truth.error().describe();
    EXPECT_EQ(truth->at("a").at(0).classId, 6);
    EXPECT_TRUE(truth->at("b").empty());
    const std::vector<PairEntry> twice{pairs[1], pairs[1]};
    const auto duplicate = readTruthForPairs(twice);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind, ErrorKind::BadInput);
}

} // namespace
} // namespace lupa::inspection
