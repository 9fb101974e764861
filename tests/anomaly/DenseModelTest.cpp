// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The dense engine against hand-computed outputs, in float and in fixed point.
#include "TinyModels.hpp"

#include <lupa/core/ml/DenseModel.hpp>

#include <gtest/gtest.h>

namespace lupa::test {
namespace {

// Hidden units: relu(x0 + x1), relu(x0 - x1), relu(0.5 - x0); output: h0 + 2 h1 - h2 + 0.25.
const std::vector<TinyLayer> kLayers{{{1, 1, 1, -1, -1, 0}, {0, 0, 0.5F}}, {{1, 2, -1}, {0.25F}}};

ml::Tensor batch(std::vector<float> values) {
    const auto rows = static_cast<std::int64_t>(values.size() / 2);
    return ml::Tensor::make({rows, 2}, std::move(values)).value();
}

TEST(anomalyDenseModel, MatchesHandComputedOutputs) {
    const auto model = tinyMlp(kLayers);
    EXPECT_EQ(model.inputSize(), 2);
    EXPECT_EQ(model.outputSize(), 1);
    ASSERT_EQ(model.layers().size(), 2U);
    EXPECT_EQ(model.layers()[0].activation, "relu");
    EXPECT_EQ(model.layers()[1].activation, "linear");
    // (1, 2): h = (3, 0, 0) -> 3 + 0 - 0 + 0.25 = 3.25; (-1, 0.5): h = (0, 0, 1.5) -> -1.25.
    std::vector<ml::Tensor> layers;
    const auto out = model.forward(batch({1, 2, -1, 0.5F}), &layers).value();
    EXPECT_FLOAT_EQ(out.values[0], 3.25F);
    EXPECT_FLOAT_EQ(out.values[1], -1.25F);
    ASSERT_EQ(layers.size(), 2U);
    EXPECT_FLOAT_EQ(layers[0].values[0], 3.0F);
    EXPECT_FLOAT_EQ(layers[0].values[5], 1.5F);
    std::vector<float> fast(2), scratch;
    const auto input = batch({1, 2, -1, 0.5F});
    model.forwardRows(input.values, 2, fast, scratch);
    EXPECT_FLOAT_EQ(fast[0], 3.25F);
    EXPECT_FLOAT_EQ(fast[1], -1.25F);
}

TEST(anomalyDenseModel, SigmoidOutputGivesProbabilities) {
    const auto model = tinyMlp(kLayers, true);
    const auto out = model.forward(batch({1, 2})).value();
    EXPECT_NEAR(out.values[0], 1.0 / (1.0 + std::exp(-3.25)), 1e-6);
}

TEST(anomalyDenseModel, FixedPointRoundsEveryStage) {
    const auto model = tinyMlp(kLayers);
    ml::FixedPointConfig wide{{24, 8}, {24, 8}};
    EXPECT_NEAR(model.forwardFixed(batch({1, 2, -1, 0.5F}), wide).value().values[0], 3.25, 1e-4);
    // Two fractional bits: inputs 0.3 -> 0.25 and 0.6 -> 0.5 (truncated), h = (0.75, 0, 0.25), out = 0.75
    // (float: h = (0.9, 0, 0.2), out = 0.95).
    ml::FixedPointConfig coarse{{8, 6}, {8, 6}};
    EXPECT_DOUBLE_EQ(model.forwardFixed(batch({0.3F, 0.6F}), coarse).value().values[0], 0.75);
    // Overflow: 3 integer bits hold [-4, 3.75]. Input 5 wraps to -3 (out -3.25) or saturates at 3.75
    // (h = (3.75, 3.75, 0), out 11.5, saturated again to 3.75).
    ml::FixedPointConfig wrap{{5, 3}, {5, 3}};
    auto saturate = wrap;
    saturate.data.overflow = ml::FixedOverflow::Saturate;
    const auto wrapped = model.forwardFixed(batch({5, 0}), wrap).value().values[0];
    const auto clamped = model.forwardFixed(batch({5, 0}), saturate).value().values[0];
    EXPECT_NE(wrapped, clamped);
    EXPECT_DOUBLE_EQ(wrapped, -3.25);
    EXPECT_DOUBLE_EQ(clamped, 3.75);
}

TEST(anomalyDenseModel, ExportsDocumentedJson) {
    const auto json = tinyMlp(kLayers).toExportJson();
    EXPECT_EQ(json["format"], "lupa-dense-model");
    EXPECT_EQ(json["version"], 1);
    ASSERT_EQ(json["layers"].size(), 2U);
    EXPECT_EQ(json["layers"][0]["weights"].size(), 6U);
    EXPECT_EQ(json["layers"][1]["activation"], "linear");
    EXPECT_TRUE(json["normalisation"].contains("mean"));
}

TEST(anomalyDenseModel, RefusesWrongWeightsAndShapes) {
    ml::MlpParams params;
    params.layerSizes = {2, 3, 1};
    const std::vector<TinyLayer> wrong{{{1, 1, 1}, {0, 0, 0}}, {{1, 2, -1}, {0.25F}}};
    const auto bad =
        ml::DenseModel::fromContent({params.toSpec(), {}, tinyWeights(wrong, {2, 1, 1})}, "bad.lupa");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().file, "bad.lupa");
    const auto model = tinyMlp(kLayers);
    const auto three = ml::Tensor::make({1, 3}, {1, 2, 3}).value();
    const auto result = model.forward(three);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("expects input shape [N, 2]"), std::string::npos);
}

TEST(anomalyDenseModel, ReadsItsModelFileAndRefusesCorruptOnes) {
    ml::MlpParams params;
    params.layerSizes = {2, 3, 1};
    auto bytes = ml::assembleModelFile(params.toSpec(), {}, tinyWeights(kLayers, {2, 3, 1})).value();
    auto content = ml::parseModelFile(bytes, "m.lupa");
    ASSERT_TRUE(content.ok()) << content.error().message;
    EXPECT_TRUE(ml::DenseModel::fromContent(*content, "m.lupa").ok());
    bytes[bytes.size() - 3] ^= 0x5A;
    const auto corrupt = ml::parseModelFile(bytes, "m.lupa");
    ASSERT_FALSE(corrupt.ok());
    EXPECT_NE(corrupt.error().message.find("checksum"), std::string::npos);
    EXPECT_FALSE(ml::parseModelFile("LUPA-MODEL 1\n12 3", "m.lupa").ok());
}

} // namespace
} // namespace lupa::test
