// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/ml/Tensor.hpp>

#include <gtest/gtest.h>

#include <vector>

namespace lupa::ml {
namespace {

TEST(mlTensor, CountsElementsAndRows) {
    const Tensor tensor{{3, 2}, {1, 2, 3, 4, 5, 6}};
    EXPECT_TRUE(tensor.isConsistent());
    EXPECT_EQ(tensor.elementCount(), 6);
    EXPECT_EQ(tensor.rowCount(), 3);
    EXPECT_EQ(tensor.rowSize(), 2);
    EXPECT_EQ(tensor.sampleShape(), std::vector<std::int64_t>{2});
    const auto row = tensor.row(1);
    EXPECT_EQ(std::vector<float>(row.begin(), row.end()), (std::vector<float>{3, 4}));
}

TEST(mlTensor, RowsOfHigherRankAreWholeSamples) {
    Tensor images = Tensor::zeros({2, 1, 2, 2});
    images.row(1)[3] = 7;
    EXPECT_EQ(images.rowSize(), 4);
    EXPECT_EQ(images.values[7], 7);
}

TEST(mlTensor, SelectRowsKeepsOrder) {
    const Tensor tensor{{3, 2}, {1, 2, 3, 4, 5, 6}};
    const std::vector<std::int64_t> rows{2, 0};
    const auto selected = tensor.selectRows(rows);
    EXPECT_EQ(selected.shape, (std::vector<std::int64_t>{2, 2}));
    EXPECT_EQ(selected.values, (std::vector<float>{5, 6, 1, 2}));
}

TEST(mlTensor, MakeRefusesMismatchedValues) {
    const auto tensor = Tensor::make({2, 3}, {1, 2, 3});
    ASSERT_FALSE(tensor.ok());
    EXPECT_EQ(tensor.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(tensor.error().message, "a tensor of shape [2, 3] cannot hold 3 values");
    EXPECT_TRUE(Tensor::make({2, 3}, std::vector<float>(6)).ok());
}

TEST(mlTensor, ElementCountRefusesNegativeAndOverflowingShapes) {
    EXPECT_EQ(elementCountOf({}), 1);
    EXPECT_EQ(elementCountOf({4, 0, 3}), 0);
    EXPECT_EQ(elementCountOf({2, -1}), -1);
    EXPECT_EQ(elementCountOf({std::int64_t{1} << 40, std::int64_t{1} << 40}), -1);
    EXPECT_FALSE((Tensor{{-1}, {}}).isConsistent());
}

TEST(mlTensor, ShapesAsText) {
    EXPECT_EQ(shapeToString({100, 57}), "[100, 57]");
    EXPECT_EQ(shapeToString({}), "[]");
    EXPECT_EQ(batchShapeToString({1, 64, 64}), "[N, 1, 64, 64]");
    EXPECT_EQ(batchShapeToString({}), "[N]");
}

} // namespace
} // namespace lupa::ml
