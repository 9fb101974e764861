// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "../core/TempDir.hpp"

#include <lupa/core/inspection/DeepPcb.hpp>
#include <lupa/vision/SyntheticDataset.hpp>

#include <gtest/gtest.h>

namespace lupa::vision {
namespace {

TEST(SyntheticDataset, DeepPcbStyleSetReadsBack) {
    test::TempDir dir;
    SampleConfig base;
    base.seed = 40;
    ASSERT_TRUE(writeDeepPcbStyleSet(dir.path(), 3, base).ok());
    const auto pairs = inspection::readPairList(dir / "list.txt", dir.path());
    ASSERT_TRUE(pairs.ok()) << pairs.error().describe();
    ASSERT_EQ(pairs->size(), 3u);
    for (std::size_t i = 0; i < pairs->size(); ++i) {
        const auto& pair = (*pairs)[i];
        EXPECT_EQ(pair.id, "0000000" + std::to_string(i));
        EXPECT_EQ(pair.testImage, dir / "group0" / (pair.id + "_test.png"));
        const auto tested = readGrayImage(pair.testImage);
        ASSERT_TRUE(tested.ok()) << tested.error().describe();
        EXPECT_EQ(tested->width(), 640);
        EXPECT_TRUE(std::filesystem::exists(pair.templateImage));
        EXPECT_TRUE(std::filesystem::exists(dir / "group0" / (pair.id + "_mask.png")));
        const auto boxes = inspection::readBoxFile(pair.annotation);
        ASSERT_TRUE(boxes.ok()) << boxes.error().describe();
        SampleConfig config = base;
        config.seed = base.seed + i;
        EXPECT_EQ(*boxes, generateSample(config).defects);
    }
    const auto truth = inspection::readTruthFolder(dir.path());
    ASSERT_TRUE(truth.ok()) << truth.error().describe();
    EXPECT_EQ(truth->size(), 3u);
}

TEST(SyntheticDataset, GoodImagesAreWritten) {
    test::TempDir dir;
    ASSERT_TRUE(writeGoodImages(dir.path(), 2, 9).ok());
    EXPECT_TRUE(std::filesystem::exists(dir / "reference.png"));
    EXPECT_TRUE(std::filesystem::exists(dir / "good_000000.png"));
    EXPECT_TRUE(std::filesystem::exists(dir / "good_000001.png"));
    EXPECT_EQ(dir.entryCount(), 3u);
}

} // namespace
} // namespace lupa::vision
