// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/ml/DatasetHash.hpp>

#include <gtest/gtest.h>

namespace lupa::ml {
namespace {

TEST(mlDatasetHash, Fnv1aMatchesPublishedVectors) {
    EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ULL);
    EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
    EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ULL);
    EXPECT_EQ(fnv1a64("bar", fnv1a64("foo")), fnv1a64("foobar"));
    EXPECT_EQ(toHex64(0xaf63dc4c8601ec8cULL), "af63dc4c8601ec8c");
}

TEST(mlDatasetHash, IsStableAcrossVersions) {
    // Pinned: model files store this digest, so the definition must never change.
    EXPECT_EQ(hashTrainingSet(Tensor{{2, 2}, {1.0F, -2.5F, 0.0F, 3.25F}}), "fnv1a64:7eebf019846c8926");
}

TEST(mlDatasetHash, DependsOnShapeAndEveryValueBit) {
    const Tensor base{{2, 3}, {1, 2, 3, 4, 5, 6}};
    const auto reference = hashTrainingSet(base);
    EXPECT_EQ(reference.rfind("fnv1a64:", 0), 0U);
    EXPECT_EQ(reference.size(), 8U + 16U);
    EXPECT_EQ(hashTrainingSet(base), reference);
    EXPECT_NE(hashTrainingSet(Tensor{{3, 2}, base.values}), reference);
    Tensor changed = base;
    changed.values[5] = 6.000001F;
    EXPECT_NE(hashTrainingSet(changed), reference);
    EXPECT_NE(hashTrainingSet(Tensor{{1}, {0.0F}}), hashTrainingSet(Tensor{{1}, {-0.0F}}));
}

} // namespace
} // namespace lupa::ml
