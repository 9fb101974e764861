// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/ml/DenseAutoencoder.hpp>
#include <lupa/core/ml/Mlp.hpp>
#include <lupa/core/ml/Network.hpp>

#include <gtest/gtest.h>

#include <random>

namespace lupa::ml {
namespace {

Tensor randomBatch(std::int64_t rows, std::int64_t columns, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal;
    Tensor batch = Tensor::zeros({rows, columns});
    for (auto& value : batch.values)
        value = normal(random);
    return batch;
}

Network makeMlp(std::vector<std::int64_t> sizes, std::uint64_t seed, bool sigmoid = false) {
    auto network = Network::create(MlpParams{std::move(sizes), Activation::Relu, sigmoid}.toSpec(), seed);
    EXPECT_TRUE(network.ok()) << (network.ok() ? "" : network.error().describe());
    return std::move(network).value();
}

TEST(mlNetwork, MlpHasShapesAndParameterCount) {
    const auto network = makeMlp({57, 32, 1}, 1);
    EXPECT_EQ(network.inputShape(), std::vector<std::int64_t>{57});
    EXPECT_EQ(network.outputShape(), std::vector<std::int64_t>{1});
    EXPECT_EQ(network.parameterCount(), 57 * 32 + 32 + 32 * 1 + 1);
    EXPECT_FALSE(network.hasEncoder());
    const auto output = network.forward(randomBatch(5, 57, 2));
    ASSERT_TRUE(output.ok()) << output.error().describe();
    EXPECT_EQ(output->shape, (std::vector<std::int64_t>{5, 1}));
}

TEST(mlNetwork, ForwardRefusesAnotherInputShape) {
    const auto network = makeMlp({57, 32, 1}, 1);
    const auto output = network.forward(randomBatch(5, 56, 2));
    ASSERT_FALSE(output.ok());
    EXPECT_EQ(output.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(output.error().message, "model 'mlp' expects input shape [N, 57] but got [N, 56]");
    const auto inconsistent = network.forward(Tensor{{2, 57}, std::vector<float>(57)});
    ASSERT_FALSE(inconsistent.ok());
    EXPECT_EQ(inconsistent.error().kind, ErrorKind::BadInput);
}

TEST(mlNetwork, SameSeedSameWeightsOtherSeedOtherWeights) {
    const auto input = randomBatch(8, 6, 3);
    const auto a = makeMlp({6, 16, 2}, 42).forward(input);
    const auto b = makeMlp({6, 16, 2}, 42).forward(input);
    const auto c = makeMlp({6, 16, 2}, 43).forward(input);
    EXPECT_EQ(a->values, b->values);
    EXPECT_NE(a->values, c->values);
}

TEST(mlNetwork, ChunkedInferenceEqualsSingleSamples) {
    const auto network = makeMlp({3, 8, 2}, 5);
    const auto batch = randomBatch(10000, 3, 6); // more rows than one inference chunk
    const auto all = network.forward(batch);
    ASSERT_TRUE(all.ok());
    for (const std::int64_t row : {0, 8191, 8192, 9999}) {
        const auto single = network.forward(Tensor{{1, 3}, {batch.row(row).begin(), batch.row(row).end()}});
        ASSERT_TRUE(single.ok());
        EXPECT_FLOAT_EQ(single->values[0], all->row(row)[0]) << "row " << row;
        EXPECT_FLOAT_EQ(single->values[1], all->row(row)[1]) << "row " << row;
    }
}

TEST(mlNetwork, EmptyBatchGivesEmptyOutput) {
    const auto output = makeMlp({4, 3}, 1).forward(Tensor{{0, 4}, {}});
    ASSERT_TRUE(output.ok()) << output.error().describe();
    EXPECT_EQ(output->shape, (std::vector<std::int64_t>{0, 3}));
}

TEST(mlNetwork, SigmoidOutputIsAProbability) {
    const auto network = makeMlp({4, 8, 1}, 1, true);
    EXPECT_TRUE(network.hasProbabilityOutput());
    const auto output = network.forward(randomBatch(100, 4, 1));
    for (const float value : output->values) {
        EXPECT_GT(value, 0.0F);
        EXPECT_LT(value, 1.0F);
    }
}

TEST(mlNetwork, AutoencoderMirrorsAndEncodes) {
    const DenseAutoencoderParams params{8, {6, 4}, 2, Activation::Tanh, false};
    auto network = Network::create(params.toSpec(), 1);
    ASSERT_TRUE(network.ok()) << network.error().describe();
    EXPECT_EQ(network->outputShape(), std::vector<std::int64_t>{8});
    EXPECT_EQ(network->parameterCount(),
              (8 * 6 + 6) + (6 * 4 + 4) + (4 * 2 + 2) + (2 * 4 + 4) + (4 * 6 + 6) + (6 * 8 + 8));
    ASSERT_TRUE(network->hasEncoder());
    const auto latent = network->encode(randomBatch(3, 8, 1));
    ASSERT_TRUE(latent.ok()) << latent.error().describe();
    EXPECT_EQ(latent->shape, (std::vector<std::int64_t>{3, 2}));
    const auto refused = makeMlp({4, 2}, 1).encode(randomBatch(1, 4, 1));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Usage);
}

TEST(mlNetwork, InvalidSpecsAreRefusedWithTheReason) {
    auto messageOf = [](const NetworkSpec& spec) {
        const auto network = Network::create(spec, 1);
        EXPECT_FALSE(network.ok());
        if (network.ok())
            return std::string();
        EXPECT_EQ(network.error().kind, ErrorKind::BadInput);
        return network.error().message;
    };
    EXPECT_NE(messageOf(MlpParams{{57}}.toSpec()).find("'layers'"), std::string::npos);
    EXPECT_NE(messageOf(MlpParams{{57, -3, 1}}.toSpec()).find("-3"), std::string::npos);
    EXPECT_NE(messageOf({"transformer", nlohmann::json::object()}).find("unknown network kind 'transformer'"),
              std::string::npos);
    EXPECT_NE(messageOf({"mlp", {{"layers", {4, 2}}, {"activation", "swish"}}}).find("swish"),
              std::string::npos);
    EXPECT_NE(messageOf({"mlp", {{"layers", {4.5, 2}}}}).find("must be a list of integers"),
              std::string::npos);
    EXPECT_NE(messageOf(DenseAutoencoderParams{8, {4}, 0}.toSpec()).find("'latentSize'"), std::string::npos);
    EXPECT_NE(messageOf(MlpParams{{1 << 20, 1 << 20}}.toSpec()).find("parameters are more than"),
              std::string::npos)
        << "a corrupt spec must not allocate terabytes";
}

TEST(mlNetwork, SpecSurvivesJson) {
    const auto spec = DenseAutoencoderParams{57, {32, 16}, 4, Activation::LeakyRelu, true}.toSpec();
    const auto back = NetworkSpec::fromJson(nlohmann::json::parse(spec.toJson().dump()));
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(*back, spec);
    const auto params = DenseAutoencoderParams::fromSpec(*back);
    ASSERT_TRUE(params.ok());
    EXPECT_EQ(params->encoderSizes, (std::vector<std::int64_t>{32, 16}));
    EXPECT_EQ(params->activation, Activation::LeakyRelu);
    EXPECT_TRUE(params->sigmoidOutput);
    EXPECT_FALSE(NetworkSpec::fromJson(nlohmann::json{{"kind", "mlp"}}).ok());
}

TEST(mlNetwork, CloneIsDeep) {
    auto original = makeMlp({4, 8, 2}, 7);
    auto copy = original.clone();
    ASSERT_TRUE(copy.ok());
    const auto input = randomBatch(4, 4, 1);
    const auto before = original.forward(input)->values;
    EXPECT_EQ(copy->forward(input)->values, before);
    ASSERT_TRUE(copy->loadWeights(*makeMlp({4, 8, 2}, 8).saveWeights()).ok());
    EXPECT_NE(copy->forward(input)->values, before);
    EXPECT_EQ(original.forward(input)->values, before);
}

TEST(mlNetwork, LoadWeightsRefusesWeightsOfAnotherShapeAndKeepsItsOwn) {
    auto network = makeMlp({57, 16, 1}, 1);
    const auto input = randomBatch(2, 57, 1);
    const auto before = network.forward(input)->values;
    const auto wrong = network.loadWeights(*makeMlp({57, 32, 1}, 1).saveWeights());
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, ErrorKind::BadInput);
    EXPECT_NE(wrong.error().message.find("shape"), std::string::npos) << wrong.error().message;
    const auto garbage = network.loadWeights("definitely not a weights archive");
    ASSERT_FALSE(garbage.ok());
    EXPECT_EQ(garbage.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(network.forward(input)->values, before);
}

} // namespace
} // namespace lupa::ml
