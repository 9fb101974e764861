// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The convolutional network kinds of module inspection: specs, building, training (mse and
// cross-entropy), determinism and the inspection trainers' model files.
#include <lupa/core/Parallel.hpp>
#include <lupa/core/inspection/ConvTraining.hpp>
#include <lupa/core/ml/CnnClassifier.hpp>
#include <lupa/core/ml/ConvAutoencoder.hpp>
#include <lupa/core/ml/ModelFileFormat.hpp>
#include <lupa/core/ml/Network.hpp>
#include <lupa/core/ml/Trainer.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace lupa::ml {
namespace {

// Smooth synthetic grey patches: a bright square of random position and size on a dark background.
Tensor squarePatches(std::int64_t count, std::int64_t side, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    Tensor patches = Tensor::zeros({count, 1, side, side});
    for (std::int64_t n = 0; n < count; ++n) {
        const auto x0 = static_cast<std::int64_t>(random() % (side / 2));
        const auto y0 = static_cast<std::int64_t>(random() % (side / 2));
        const auto size = side / 4 + static_cast<std::int64_t>(random() % (side / 4));
        auto row = patches.row(n);
        for (std::int64_t y = 0; y < side; ++y)
            for (std::int64_t x = 0; x < side; ++x)
                row[static_cast<std::size_t>(y * side + x)] =
                    (x >= x0 && x < x0 + size && y >= y0 && y < y0 + size) ? 0.8F : 0.2F;
    }
    return patches;
}

// Class 0: horizontal stripes, class 1: vertical stripes, class 2: flat grey (with noise).
std::pair<Tensor, std::vector<int>> stripeCrops(std::int64_t count, std::int64_t side, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::normal_distribution<float> noise(0, 0.05F);
    Tensor crops = Tensor::zeros({count, 1, side, side});
    std::vector<int> labels;
    for (std::int64_t n = 0; n < count; ++n) {
        const int label = static_cast<int>(n % 3);
        const auto phase = static_cast<std::int64_t>(random() % 4);
        auto row = crops.row(n);
        for (std::int64_t y = 0; y < side; ++y)
            for (std::int64_t x = 0; x < side; ++x) {
                const auto along = label == 0 ? y : x;
                const float value = label == 2 ? 0.5F : (((along + phase) / 2) % 2 == 0 ? 0.2F : 0.8F);
                row[static_cast<std::size_t>(y * side + x)] = value + noise(random);
            }
        labels.push_back(label);
    }
    return {crops, labels};
}

TEST(mlConvNetworks, ParamsRoundTripAndValidate) {
    ConvAutoencoderParams ae;
    ae.patchSize = 32;
    ae.channels = {4, 8};
    const auto aeBack = ConvAutoencoderParams::fromSpec(ae.toSpec());
    ASSERT_TRUE(aeBack.ok());
    EXPECT_EQ(aeBack->patchSize, 32);
    EXPECT_EQ(aeBack->channels, ae.channels);
    EXPECT_EQ(ae.strideProduct(), 4);
    ae.patchSize = 30; // not a multiple of 4
    EXPECT_EQ(ConvAutoencoderParams::fromSpec(ae.toSpec()).error().kind, ErrorKind::BadInput);
    ae.patchSize = 32;
    ae.channels = {};
    EXPECT_FALSE(ConvAutoencoderParams::fromSpec(ae.toSpec()).ok());

    CnnClassifierParams cnn;
    cnn.classCount = 3;
    const auto cnnBack = CnnClassifierParams::fromSpec(cnn.toSpec());
    ASSERT_TRUE(cnnBack.ok());
    EXPECT_EQ(cnnBack->classCount, 3);
    cnn.classCount = 1;
    const auto bad = CnnClassifierParams::fromSpec(cnn.toSpec());
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("classCount"), std::string::npos);
}

TEST(mlConvNetworks, BuildsWithTheDocumentedShapes) {
    ConvAutoencoderParams ae;
    ae.patchSize = 32;
    const auto autoencoder = Network::create(ae.toSpec(), 1).value();
    EXPECT_EQ(autoencoder.inputShape(), (std::vector<std::int64_t>{1, 32, 32}));
    EXPECT_EQ(autoencoder.outputShape(), (std::vector<std::int64_t>{1, 32, 32}));
    EXPECT_TRUE(autoencoder.hasProbabilityOutput());
    const auto latent = autoencoder.encode(Tensor::zeros({2, 1, 32, 32})).value();
    EXPECT_EQ(latent.shape, (std::vector<std::int64_t>{2, 32, 4, 4}));

    CnnClassifierParams cnn;
    cnn.cropSize = 40;
    cnn.classCount = 4;
    const auto classifier = Network::create(cnn.toSpec(), 1).value();
    EXPECT_EQ(classifier.outputShape(), (std::vector<std::int64_t>{4}));
    EXPECT_FALSE(classifier.hasEncoder());
}

TEST(mlConvNetworks, AutoencoderLossGoesDownAndIsSeeded) {
    setThreadCount(1);
    ConvAutoencoderParams params;
    params.patchSize = 32;
    params.channels = {8, 16};
    const auto patches = squarePatches(128, 32, 5);
    TrainConfig config;
    config.epochs = 4;
    config.batchSize = 16;
    config.learningRate = 3e-3;
    config.validationFraction = 0;
    auto run = [&] {
        auto network = Network::create(params.toSpec(), 7).value();
        auto history = train(network, patches, patches, config).value();
        return std::make_pair(history, network.saveWeights().value());
    };
    const auto [history, weights] = run();
    EXPECT_LT(history.trainLoss.back(), 0.7 * history.trainLoss.front());
    const auto [again, againWeights] = run();
    EXPECT_EQ(history.trainLoss, again.trainLoss);
    EXPECT_EQ(weights, againWeights);
    setThreadCount(0);
}

TEST(mlConvNetworks, CrossEntropyTrainsAClassifier) {
    CnnClassifierParams params;
    params.cropSize = 16;
    params.channels = {8, 8};
    params.classCount = 3;
    auto network = Network::create(params.toSpec(), 3).value();
    const auto [crops, labels] = stripeCrops(240, 16, 9);
    Tensor targets = Tensor::zeros({240, 1});
    for (std::size_t i = 0; i < labels.size(); ++i)
        targets.values[i] = static_cast<float>(labels[i]);
    TrainConfig config;
    config.loss = "cross_entropy";
    config.epochs = 15;
    config.batchSize = 16;
    config.learningRate = 1e-2;
    config.validationFraction = 0;
    const auto history = train(network, crops, targets, config).value();
    EXPECT_LT(history.trainLoss.back(), 0.5 * history.trainLoss.front());
    const auto logits = network.forward(crops).value();
    int correct = 0;
    for (std::int64_t n = 0; n < logits.rowCount(); ++n) {
        const auto row = logits.row(n);
        const auto best = std::max_element(row.begin(), row.end()) - row.begin();
        correct += best == labels[static_cast<std::size_t>(n)] ? 1 : 0;
    }
    EXPECT_GT(correct, 0.9 * 240);
}

TEST(mlConvNetworks, CrossEntropyRefusesBadTargets) {
    CnnClassifierParams params;
    params.cropSize = 8;
    params.channels = {4};
    auto network = Network::create(params.toSpec(), 3).value();
    TrainConfig config;
    config.loss = "cross_entropy";
    Tensor targets = Tensor::zeros({4});
    targets.values[2] = 2; // only classes 0 and 1 exist
    EXPECT_EQ(train(network, Tensor::zeros({4, 1, 8, 8}), targets, config).error().kind, ErrorKind::BadInput);
    targets.values[2] = 0.5F;
    EXPECT_EQ(train(network, Tensor::zeros({4, 1, 8, 8}), targets, config).error().kind, ErrorKind::BadInput);
    ConvAutoencoderParams ae;
    ae.patchSize = 8;
    ae.channels = {4};
    auto autoencoder = Network::create(ae.toSpec(), 3).value();
    EXPECT_EQ(train(autoencoder, Tensor::zeros({4, 1, 8, 8}), Tensor::zeros({4}), config).error().kind,
              ErrorKind::Usage);
}

TEST(mlConvNetworks, InspectionTrainersWriteModelFiles) {
    inspection::ConvAutoencoderOptions aeOptions;
    aeOptions.network.patchSize = 16;
    aeOptions.network.channels = {4, 8};
    aeOptions.train.epochs = 2;
    const auto patches = squarePatches(32, 16, 1);
    const auto ae = inspection::trainConvAutoencoder(patches, aeOptions).value();
    const auto content = parseModelFile(ae.modelFile, "ae").value();
    EXPECT_EQ(content.spec.kind, kinds::kConvAutoencoder);
    EXPECT_EQ(content.metadata.kind, inspection::kInspectionAutoencoderKind);
    EXPECT_EQ(content.metadata.inputShape, (std::vector<std::int64_t>{1, 16, 16}));
    EXPECT_FALSE(content.metadata.trainingSetHash.empty());
    EXPECT_EQ(content.metadata.extra["inspection"]["version"], inspection::kInspectionModelVersion);
    EXPECT_EQ(ae.history.trainLoss.size(), 2U);

    inspection::DefectClassifierOptions cnnOptions;
    cnnOptions.network.cropSize = 16;
    cnnOptions.network.channels = {4};
    cnnOptions.train.epochs = 1;
    const auto [crops, labels] = stripeCrops(30, 16, 2);
    const std::vector<std::string> names{"horizontal", "vertical", "flat"};
    const auto cnn = inspection::trainDefectClassifier(crops, labels, names, cnnOptions).value();
    const auto cnnContent = parseModelFile(cnn.modelFile, "cnn").value();
    EXPECT_EQ(cnnContent.metadata.kind, inspection::kDefectClassifierKind);
    EXPECT_EQ(cnnContent.metadata.extra["inspection"]["classNames"].get<std::vector<std::string>>(), names);
    EXPECT_EQ(cnnContent.spec.params["classCount"], 3);

    auto badLabels = labels;
    badLabels[4] = 3;
    EXPECT_EQ(inspection::trainDefectClassifier(crops, badLabels, names, cnnOptions).error().kind,
              ErrorKind::BadInput);
    EXPECT_EQ(inspection::trainConvAutoencoder(squarePatches(4, 32, 1), aeOptions).error().kind,
              ErrorKind::BadInput); // 32 px patches for a 16 px network
}

TEST(mlConvNetworks, TrainingHonoursCancellation) {
    struct Cancelled final : ProgressSink {
        void report(double, std::string_view) override {}
        [[nodiscard]] bool isCancelled() const override { return true; }
    } cancelled;
    inspection::ConvAutoencoderOptions options;
    options.network.patchSize = 16;
    options.network.channels = {4};
    const auto result = inspection::trainConvAutoencoder(squarePatches(8, 16, 1), options, cancelled);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Cancelled);
}

} // namespace
} // namespace lupa::ml
