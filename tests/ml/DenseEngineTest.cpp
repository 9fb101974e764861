// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// lupa's dense engine gives what libtorch gives, for every dense kind and activation.
#include <lupa/core/ml/DenseAutoencoder.hpp>
#include <lupa/core/ml/DenseModel.hpp>
#include <lupa/core/ml/Mlp.hpp>
#include <lupa/core/ml/ModelFile.hpp>
#include <lupa/core/ml/Network.hpp>

#include <gtest/gtest.h>

#include <random>

namespace lupa::ml {
namespace {

Tensor randomInputs(std::int64_t rows, std::int64_t columns) {
    std::mt19937_64 random(3);
    std::normal_distribution<float> normal(0, 1.5);
    Tensor batch = Tensor::zeros({rows, columns});
    for (auto& value : batch.values)
        value = normal(random);
    return batch;
}

void expectSameOutputs(const NetworkSpec& spec) {
    auto network = Network::create(spec, 11).value();
    const auto bytes = encodeModel(network, {}).value();
    const auto model = DenseModel::fromContent(parseModelFile(bytes, "m").value(), "m").value();
    const auto inputs = randomInputs(700, network.inputShape()[0]); // more than one block of rows
    const auto expected = network.forward(inputs).value();
    const auto actual = model.forward(inputs).value();
    ASSERT_EQ(actual.shape, expected.shape);
    for (std::size_t i = 0; i < actual.values.size(); ++i)
        ASSERT_NEAR(actual.values[i], expected.values[i], 2e-5) << spec.toJson().dump() << " at " << i;
    if (network.hasEncoder()) {
        const auto latent = model.encode(inputs).value();
        const auto torchLatent = network.encode(inputs).value();
        ASSERT_EQ(latent.shape, torchLatent.shape);
        for (std::size_t i = 0; i < latent.values.size(); ++i)
            ASSERT_NEAR(latent.values[i], torchLatent.values[i], 2e-5);
    }
}

TEST(mlDenseEngine, MatchesLibtorchForMlps) {
    for (const auto activation : {Activation::Relu, Activation::Tanh, Activation::LeakyRelu})
        for (const bool sigmoid : {false, true}) {
            MlpParams params;
            params.layerSizes = {57, 32, 16, 1};
            params.activation = activation;
            params.sigmoidOutput = sigmoid;
            expectSameOutputs(params.toSpec());
        }
}

TEST(mlDenseEngine, MatchesLibtorchForAutoencoders) {
    for (const auto& hidden : std::vector<std::vector<std::int64_t>>{{}, {32}, {32, 16}}) {
        DenseAutoencoderParams params;
        params.inputSize = 57;
        params.encoderSizes = hidden;
        params.latentSize = 8;
        expectSameOutputs(params.toSpec());
    }
}

TEST(mlDenseEngine, MatchesLibtorchForVariationalAutoencoders) {
    DenseAutoencoderParams params;
    params.inputSize = 57;
    params.encoderSizes = {32, 16};
    params.latentSize = 4;
    params.variational = true;
    params.beta = 0.5;
    expectSameOutputs(params.toSpec()); // inference decodes the means
    const auto model =
        DenseModel::fromContent(
            parseModelFile(encodeModel(Network::create(params.toSpec(), 2).value(), {}).value(), "m").value(),
            "m")
            .value();
    EXPECT_EQ(model.variationalLatent(), 4);
    EXPECT_EQ(model.encode(randomInputs(3, 57)).value().shape,
              (std::vector<std::int64_t>{3, 8})); // mean, log-variance
    const auto fixed = model.forwardFixed(randomInputs(3, 57), {{24, 8}, {24, 8}}).value();
    const auto floating = model.forward(randomInputs(3, 57)).value();
    for (std::size_t i = 0; i < fixed.values.size(); ++i)
        EXPECT_NEAR(fixed.values[i], floating.values[i], 1e-3);
}

TEST(mlDenseEngine, WideFixedPointMatchesFloat) {
    DenseAutoencoderParams params;
    params.inputSize = 57;
    params.encoderSizes = {32};
    params.latentSize = 8;
    auto network = Network::create(params.toSpec(), 5).value();
    const auto model =
        DenseModel::fromContent(parseModelFile(encodeModel(network, {}).value(), "m").value(), "m").value();
    const auto inputs = randomInputs(50, 57);
    const auto floating = model.forward(inputs).value();
    const auto fixed =
        model.forwardFixed(inputs, {{32, 10, FixedRounding::Nearest}, {32, 10, FixedRounding::Nearest}})
            .value();
    const auto narrow = model.forwardFixed(inputs, {{8, 3}, {8, 3}}).value();
    double wideError = 0, narrowError = 0;
    for (std::size_t i = 0; i < floating.values.size(); ++i) {
        wideError = std::max(wideError, std::abs(double(fixed.values[i]) - floating.values[i]));
        narrowError = std::max(narrowError, std::abs(double(narrow.values[i]) - floating.values[i]));
    }
    EXPECT_LT(wideError, 1e-4);
    EXPECT_GT(narrowError, 1e-2);
}

} // namespace
} // namespace lupa::ml
