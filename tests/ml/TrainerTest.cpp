// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/ml/DenseAutoencoder.hpp>
#include <lupa/core/ml/Mlp.hpp>
#include <lupa/core/ml/Normalisation.hpp>
#include <lupa/core/ml/Trainer.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace lupa::ml {
namespace {

Network makeNetwork(const NetworkSpec& spec, std::uint64_t seed = 1) {
    auto network = Network::create(spec, seed);
    EXPECT_TRUE(network.ok()) << (network.ok() ? "" : network.error().describe());
    return std::move(network).value();
}

// Samples of y = 2 x0 - 3 x1 + 0.5 with x uniform in [-1, 1].
std::pair<Tensor, Tensor> linearData(std::int64_t count, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<float> uniform(-1, 1);
    Tensor inputs = Tensor::zeros({count, 2});
    Tensor targets = Tensor::zeros({count, 1});
    for (std::int64_t i = 0; i < count; ++i) {
        const float x0 = uniform(random);
        const float x1 = uniform(random);
        inputs.row(i)[0] = x0;
        inputs.row(i)[1] = x1;
        targets.row(i)[0] = 2 * x0 - 3 * x1 + 0.5F;
    }
    return {inputs, targets};
}

// Points on a curved 2D surface in 8 dimensions, (u, v) uniform in [-1, 1]^2.
Tensor manifoldPoints(std::int64_t count, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<float> uniform(-1, 1);
    Tensor points = Tensor::zeros({count, 8});
    for (std::int64_t i = 0; i < count; ++i) {
        const float u = uniform(random);
        const float v = uniform(random);
        const float features[8] = {u, v, u * u, v * v, u * v, std::sin(2 * u), std::cos(2 * v), u - v};
        std::copy(std::begin(features), std::end(features), points.row(i).begin());
    }
    return points;
}

// Mean squared reconstruction error of each sample.
double meanReconstructionError(const Network& network, const Tensor& points) {
    const auto output = network.forward(points);
    double sum = 0;
    for (std::size_t i = 0; i < points.values.size(); ++i)
        sum += std::pow(output->values[i] - points.values[i], 2);
    return sum / static_cast<double>(points.values.size());
}

// Records reports and cancels after a number of them.
class RecordingProgress final : public ProgressSink {
public:
    explicit RecordingProgress(int cancelAfter = -1)
        : m_cancelAfter(cancelAfter) {}
    void report(double fraction, std::string_view stage) override {
        fractions.push_back(fraction);
        stages.emplace_back(stage);
    }
    [[nodiscard]] bool isCancelled() const override {
        return m_cancelAfter >= 0 && static_cast<int>(fractions.size()) >= m_cancelAfter;
    }
    std::vector<double> fractions;
    std::vector<std::string> stages;

private:
    int m_cancelAfter;
};

TEST(mlTrainer, MlpLearnsXor) {
    const Tensor inputs{{4, 2}, {0, 0, 0, 1, 1, 0, 1, 1}};
    const Tensor targets{{4, 1}, {0, 1, 1, 0}};
    auto network = makeNetwork(MlpParams{{2, 8, 1}, Activation::Tanh, true}.toSpec(), 3);
    TrainConfig config;
    config.epochs = 400;
    config.batchSize = 4;
    config.learningRate = 0.05;
    config.validationFraction = 0;
    config.loss = "bce";
    const auto history = train(network, inputs, targets, config);
    ASSERT_TRUE(history.ok()) << history.error().describe();
    EXPECT_LT(history->bestLoss, 0.05);
    const auto output = network.forward(inputs);
    for (std::int64_t i = 0; i < 4; ++i)
        EXPECT_NEAR(output->values[i], targets.values[i], 0.2) << "sample " << i;
}

TEST(mlTrainer, MlpLearnsALinearFunction) {
    const auto [inputs, targets] = linearData(512, 1);
    auto network = makeNetwork(MlpParams{{2, 16, 1}}.toSpec());
    TrainConfig config;
    config.epochs = 60;
    config.batchSize = 32;
    config.learningRate = 0.01;
    const auto history = train(network, inputs, targets, config);
    ASSERT_TRUE(history.ok()) << history.error().describe();
    ASSERT_EQ(history->validationLoss.size(), history->trainLoss.size());
    EXPECT_GT(history->trainLoss.front(), 0.5);
    EXPECT_LT(history->bestLoss, 5e-3);
    const auto [testInputs, testTargets] = linearData(200, 2);
    const auto output = network.forward(testInputs);
    double error = 0;
    for (std::size_t i = 0; i < testTargets.values.size(); ++i)
        error += std::pow(output->values[i] - testTargets.values[i], 2);
    EXPECT_LT(error / 200, 1e-2);
}

TEST(mlTrainer, SameSeedGivesIdenticalHistoryAndWeights) {
    const auto [inputs, targets] = linearData(256, 3);
    const auto spec = MlpParams{{2, 8, 1}}.toSpec();
    TrainConfig config;
    config.epochs = 5;
    config.batchSize = 16;
    auto runWith = [&](std::uint64_t seed, Network& network) {
        auto seeded = config;
        seeded.seed = seed;
        auto history = train(network, inputs, targets, seeded);
        EXPECT_TRUE(history.ok());
        return std::move(history).value();
    };
    auto a = makeNetwork(spec, 9);
    auto b = makeNetwork(spec, 9);
    auto c = makeNetwork(spec, 9);
    const auto historyA = runWith(11, a);
    const auto historyB = runWith(11, b);
    const auto historyC = runWith(12, c);
    EXPECT_EQ(historyA.trainLoss, historyB.trainLoss);
    EXPECT_EQ(historyA.validationLoss, historyB.validationLoss);
    EXPECT_EQ(a.forward(inputs)->values, b.forward(inputs)->values);
    EXPECT_NE(historyA.trainLoss, historyC.trainLoss) << "the seed must drive shuffling and the split";
}

TEST(mlTrainer, EarlyStoppingRestoresTheBestEpoch) {
    // Targets are noise: the network can only overfit, so the validation loss soon stops improving.
    std::mt19937_64 random(5);
    std::normal_distribution<float> normal;
    Tensor inputs = Tensor::zeros({64, 4});
    Tensor targets = Tensor::zeros({64, 1});
    for (auto& value : inputs.values)
        value = normal(random);
    for (auto& value : targets.values)
        value = normal(random);
    const auto spec = MlpParams{{4, 64, 1}}.toSpec();
    TrainConfig config;
    config.epochs = 300;
    config.batchSize = 8;
    config.learningRate = 0.01;
    config.validationFraction = 0.5;
    config.patience = 3;
    auto network = makeNetwork(spec);
    const auto history = train(network, inputs, targets, config);
    ASSERT_TRUE(history.ok()) << history.error().describe();
    EXPECT_TRUE(history->stoppedEarly);
    EXPECT_LT(history->trainLoss.size(), 300U);
    EXPECT_EQ(static_cast<int>(history->trainLoss.size()), history->bestEpoch + 1 + config.patience);
    EXPECT_DOUBLE_EQ(history->bestLoss,
                     history->validationLoss[static_cast<std::size_t>(history->bestEpoch)]);

    // Training only up to the best epoch must end with the same weights.
    auto shorter = makeNetwork(spec);
    config.epochs = history->bestEpoch + 1;
    config.patience = 0;
    const auto shortHistory = train(shorter, inputs, targets, config);
    ASSERT_TRUE(shortHistory.ok());
    EXPECT_FALSE(shortHistory->stoppedEarly);
    EXPECT_EQ(shorter.forward(inputs)->values, network.forward(inputs)->values);
}

TEST(mlTrainer, CancelLeavesTheNetworkAsBefore) {
    const auto [inputs, targets] = linearData(256, 4);
    auto network = makeNetwork(MlpParams{{2, 8, 1}}.toSpec());
    const auto before = network.forward(inputs)->values;
    RecordingProgress progress(/*cancelAfter=*/5);
    TrainConfig config;
    config.epochs = 50;
    config.batchSize = 16;
    const auto history = train(network, inputs, targets, config, progress);
    ASSERT_FALSE(history.ok());
    EXPECT_EQ(history.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(progress.fractions.size(), 5U) << "cancel is polled before every batch";
    EXPECT_EQ(network.forward(inputs)->values, before);
}

TEST(mlTrainer, ReportsProgressAndEveryEpoch) {
    const auto [inputs, targets] = linearData(100, 5);
    auto network = makeNetwork(MlpParams{{2, 4, 1}}.toSpec());
    RecordingProgress progress;
    std::vector<EpochReport> epochs;
    TrainConfig config;
    config.epochs = 3;
    config.batchSize = 10;
    const auto history = train(network, inputs, targets, config, progress,
                               [&](const EpochReport& report) { epochs.push_back(report); });
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(epochs.size(), 3U);
    EXPECT_EQ(epochs[2].epoch, 2);
    EXPECT_EQ(epochs[2].trainLoss, history->trainLoss[2]);
    EXPECT_EQ(epochs[2].validationLoss, history->validationLoss[2]);
    ASSERT_EQ(progress.fractions.size(), 3U * 8U) << "80 training samples in batches of 10, 3 epochs";
    EXPECT_DOUBLE_EQ(progress.fractions.back(), 1.0);
    EXPECT_TRUE(std::is_sorted(progress.fractions.begin(), progress.fractions.end()));
    EXPECT_EQ(progress.stages.front().rfind("epoch 1/3, loss ", 0), 0U) << progress.stages.front();
}

TEST(mlTrainer, RefusesBadConfigsAndData) {
    const auto [inputs, targets] = linearData(10, 6);
    auto network = makeNetwork(MlpParams{{2, 4, 1}}.toSpec());
    auto kindOf = [&](const Tensor& x, const Tensor& y, const TrainConfig& config) {
        const auto history = train(network, x, y, config);
        EXPECT_FALSE(history.ok());
        return history.ok() ? ErrorKind::Runtime : history.error().kind;
    };
    TrainConfig config;
    config.epochs = 0;
    EXPECT_EQ(kindOf(inputs, targets, config), ErrorKind::Usage);
    config = {};
    config.loss = "bce";
    EXPECT_EQ(kindOf(inputs, targets, config), ErrorKind::Usage) << "bce needs a sigmoid output";
    config = {};
    config.loss = "hinge";
    EXPECT_EQ(kindOf(inputs, targets, config), ErrorKind::Usage);
    config = {};
    EXPECT_EQ(kindOf(inputs, Tensor::zeros({10, 2}), config), ErrorKind::BadInput);
    EXPECT_EQ(kindOf(inputs, Tensor::zeros({9, 1}), config), ErrorKind::BadInput);
    Tensor withNan = inputs;
    withNan.values[7] = std::nanf("");
    EXPECT_EQ(kindOf(withNan, targets, config), ErrorKind::BadInput);
    const auto message = train(network, Tensor::zeros({10, 3}), targets, config).error().message;
    EXPECT_EQ(message, "model 'mlp' expects input shape [N, 2] but got [N, 3]");
}

TEST(mlTrainer, AutoencoderReconstructsItsManifoldBetterThanOutliers) {
    const auto training = manifoldPoints(2000, 7);
    const auto normalisation = Normalisation::fitPerFeature(training);
    auto network = makeNetwork(DenseAutoencoderParams{8, {32}, 2, Activation::Tanh, false}.toSpec(), 2);
    TrainConfig config;
    config.epochs = 40;
    config.batchSize = 64;
    config.learningRate = 3e-3;
    const auto normalised = *normalisation->apply(training);
    const auto history = train(network, normalised, normalised, config);
    ASSERT_TRUE(history.ok()) << history.error().describe();

    const auto inside = *normalisation->apply(manifoldPoints(500, 8));
    std::mt19937_64 random(9);
    std::normal_distribution<float> normal;
    Tensor outside = Tensor::zeros({500, 8}); // standardised points off the surface
    for (auto& value : outside.values)
        value = normal(random);
    const double insideError = meanReconstructionError(network, inside);
    const double outsideError = meanReconstructionError(network, outside);
    EXPECT_LT(insideError, 0.1);
    EXPECT_LT(insideError * 4, outsideError) << "inside " << insideError << ", outside " << outsideError;
}

TEST(mlTrainer, ConfigSurvivesJson) {
    TrainConfig config;
    config.seed = 12345678901234ULL;
    config.epochs = 7;
    config.learningRate = 2.5e-4;
    config.loss = "bce";
    config.patience = 2;
    const auto back = TrainConfig::fromJson(nlohmann::json::parse(config.toJson().dump()));
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(back->toJson(), config.toJson());
    EXPECT_FALSE(TrainConfig::fromJson({{"epochs", "many"}}).ok());
}

} // namespace
} // namespace lupa::ml
