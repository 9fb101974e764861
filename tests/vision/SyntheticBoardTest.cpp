// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/vision/SyntheticSample.hpp>

#include <gtest/gtest.h>

#include <cstring>

namespace lupa::vision {
namespace {

bool samePixels(const Image& a, const Image& b) {
    if (a.width() != b.width() || a.height() != b.height() || a.channels() != b.channels())
        return false;
    for (int y = 0; y < a.height(); ++y)
        if (std::memcmp(a.row(y), b.row(y), static_cast<std::size_t>(a.width() * a.channels())) != 0)
            return false;
    return true;
}

bool inside(const inspection::Box& box, int x, int y) {
    return x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2;
}

SampleConfig unperturbed(int classId, std::uint64_t seed) {
    SampleConfig config;
    config.board.seed = 11;
    config.seed = seed;
    config.defects.count = 1;
    config.defects.classes = {classId};
    config.perturbation = Perturbation::none();
    return config;
}

TEST(SyntheticBoard, SameSeedSamePixelsOtherSeedOtherPixels) {
    BoardConfig config;
    config.seed = 5;
    const auto a = generateBoard(config);
    EXPECT_EQ(a.width(), 640);
    EXPECT_EQ(a.height(), 640);
    EXPECT_EQ(a.channels(), 1);
    EXPECT_EQ(a.depth(), PixelDepth::U8);
    EXPECT_TRUE(samePixels(a, generateBoard(config)));
    config.seed = 6;
    EXPECT_FALSE(samePixels(a, generateBoard(config)));
}

TEST(SyntheticBoard, NonSquareSizeIsRespected) {
    BoardConfig config;
    config.width = 300;
    config.height = 200;
    const auto board = generateBoard(config);
    EXPECT_EQ(board.width(), 300);
    EXPECT_EQ(board.height(), 200);
}

TEST(SyntheticSample, SameSeedSameSampleOtherSeedOtherDefects) {
    SampleConfig config;
    config.seed = 3;
    const auto a = generateSample(config);
    const auto b = generateSample(config);
    EXPECT_TRUE(samePixels(a.tested, b.tested));
    EXPECT_TRUE(samePixels(a.defectMask, b.defectMask));
    EXPECT_EQ(a.defects, b.defects);
    config.seed = 4;
    const auto c = generateSample(config);
    EXPECT_TRUE(samePixels(a.reference, c.reference)); // same board design
    EXPECT_FALSE(samePixels(a.tested, c.tested));
    EXPECT_NE(a.defects, c.defects);
}

TEST(SyntheticSample, DefaultSampleHasItsDefectsInsideTheImageWithoutOverlap) {
    SampleConfig config;
    config.seed = 21;
    const auto sample = generateSample(config);
    EXPECT_EQ(sample.defects.size(), 4u);
    for (std::size_t i = 0; i < sample.defects.size(); ++i) {
        const auto& box = sample.defects[i].box;
        EXPECT_GE(box.x1, 0);
        EXPECT_GE(box.y1, 0);
        EXPECT_LT(box.x2, 640);
        EXPECT_LT(box.y2, 640);
        EXPECT_LE(box.x1, box.x2);
        EXPECT_GE(sample.defects[i].classId, 1);
        EXPECT_LE(sample.defects[i].classId, 7);
        for (std::size_t j = i + 1; j < sample.defects.size(); ++j)
            EXPECT_EQ(inspection::intersectionOverUnion(box, sample.defects[j].box), 0.0);
    }
    EXPECT_LE(std::abs(sample.rotationDeg), 0.5);
    EXPECT_LE(std::abs(sample.shiftX), 3.0);
    EXPECT_FALSE(samePixels(sample.reference, sample.tested));
}

TEST(SyntheticSample, NoDefectsAndNoPerturbationGiveTheTemplate) {
    SampleConfig config;
    config.defects.count = 0;
    config.perturbation = Perturbation::none();
    const auto sample = generateSample(config);
    EXPECT_TRUE(sample.defects.empty());
    EXPECT_TRUE(samePixels(sample.reference, sample.tested));
    EXPECT_TRUE(samePixels(sample.reference, generateBoard(config.board)));
}

class EveryDefectClass : public ::testing::TestWithParam<int> {};

TEST_P(EveryDefectClass, ChangesPixelsInsideItsBoxAndNowhereElse) {
    const int classId = GetParam();
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        const auto sample = generateSample(unperturbed(classId, seed));
        ASSERT_EQ(sample.defects.size(), 1u) << "class " << classId << " seed " << seed;
        EXPECT_EQ(sample.defects[0].classId, classId);
        const auto& box = sample.defects[0].box;
        int changedInside = 0;
        for (int y = 0; y < sample.reference.height(); ++y)
            for (int x = 0; x < sample.reference.width(); ++x) {
                const bool changed = sample.reference.row(y)[x] != sample.tested.row(y)[x];
                const bool masked = sample.defectMask.row(y)[x] == 255;
                ASSERT_EQ(changed, masked) << x << "," << y;
                if (changed) {
                    ASSERT_TRUE(inside(box, x, y)) << "class " << classId << " changed " << x << "," << y;
                    ++changedInside;
                }
            }
        EXPECT_GT(changedInside, 0);
        // The box is the tight bounding box of the change.
        const auto changedAt = [&](int x, int y) {
            return sample.defectMask.row(y)[x] == 255;
        };
        bool touchesLeft = false;
        for (int y = box.y1; y <= box.y2; ++y)
            touchesLeft = touchesLeft || changedAt(box.x1, y);
        EXPECT_TRUE(touchesLeft);
    }
}

INSTANTIATE_TEST_SUITE_P(Synthetic, EveryDefectClass, ::testing::Range(1, 8));

TEST(SyntheticSample, ClassNamesCoverEveryClass) {
    const auto& names = syntheticClassNames();
    ASSERT_EQ(names.size(), 8u);
    EXPECT_EQ(names[kSyntheticScratch], "scratch");
    EXPECT_EQ(names[kSyntheticStain], "stain");
}

} // namespace
} // namespace lupa::vision
