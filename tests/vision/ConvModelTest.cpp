// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// vision::ConvModel, lupa's convolution engine, gives what libtorch gives, and refuses bad model files.
#include "ImageAccess.hpp"

#include <lupa/core/ml/CnnClassifier.hpp>
#include <lupa/core/ml/ConvAutoencoder.hpp>
#include <lupa/core/ml/Mlp.hpp>
#include <lupa/core/ml/ModelFile.hpp>
#include <lupa/core/ml/Network.hpp>
#include <lupa/vision/ConvModel.hpp>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>

#include <cstring>
#include <limits>
#include <random>

namespace lupa::vision {
namespace {

ml::Tensor randomBatch(std::int64_t count, std::int64_t side, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<float> uniform(0, 1);
    auto batch = ml::Tensor::zeros({count, 1, side, side});
    for (auto& value : batch.values)
        value = uniform(random);
    return batch;
}

std::string modelBytes(const ml::NetworkSpec& spec, ml::ModelMetadata metadata = {}) {
    const auto network = ml::Network::create(spec, 17).value();
    return ml::encodeModel(network, std::move(metadata)).value();
}

void expectEngineMatchesLibtorch(const ml::NetworkSpec& spec, std::int64_t side) {
    const auto network = ml::Network::create(spec, 17).value();
    const auto model = ConvModel::fromBytes(ml::encodeModel(network, {}).value(), "model").value();
    const auto inputs = randomBatch(3, side, 5);
    const auto expected = network.forward(inputs).value();
    const auto actual = model.forward(inputs).value();
    ASSERT_EQ(actual.shape, expected.shape) << spec.toJson().dump();
    for (std::size_t i = 0; i < actual.values.size(); ++i)
        ASSERT_NEAR(actual.values[i], expected.values[i], 1e-4) << spec.toJson().dump() << " at " << i;
}

TEST(visionConvModel, AutoencoderMatchesLibtorch) {
    for (const std::int64_t side : {32, 64}) {
        ml::ConvAutoencoderParams params;
        params.patchSize = side;
        expectEngineMatchesLibtorch(params.toSpec(), side);
    }
    ml::ConvAutoencoderParams twoLevels; // another depth, odd widths
    twoLevels.patchSize = 24;
    twoLevels.channels = {5, 7};
    expectEngineMatchesLibtorch(twoLevels.toSpec(), 24);
}

TEST(visionConvModel, ClassifierMatchesLibtorch) {
    for (const std::int64_t side : {48, 37}) { // 37: odd sides are floored by the pooling
        ml::CnnClassifierParams params;
        params.cropSize = side;
        params.classCount = 3;
        expectEngineMatchesLibtorch(params.toSpec(), side);
    }
}

TEST(visionConvModel, ReconstructsImagesOfAnySizeSeamlessly) {
    ml::ConvAutoencoderParams params;
    params.patchSize = 32;
    const auto model = ConvModel::fromBytes(modelBytes(params.toSpec()), "ae").value();
    cv::Mat pixels(150, 203, CV_8U);
    cv::randu(pixels, 0, 256);
    const auto image = imageOf(pixels);
    const auto whole = model.reconstruct(image).value();
    const auto tiled = model.reconstruct(image, 64).value(); // 4 x 3 tiles
    ASSERT_EQ(whole.width(), 203);
    ASSERT_EQ(whole.height(), 150);
    ASSERT_EQ(whole.depth(), PixelDepth::F32);
    const cv::Mat& a = matOf(whole);
    const cv::Mat& b = matOf(tiled);
    EXPECT_LT(cv::norm(a, b, cv::NORM_INF), 1e-5);
    double low = 0;
    double high = 0;
    cv::minMaxLoc(a, &low, &high);
    EXPECT_GE(low, 0.0);
    EXPECT_LE(high, 1.0);

    const auto squared = model.reconstructionErrorMap(image).value();
    const cv::Mat unit = [&] {
        cv::Mat m;
        pixels.convertTo(m, CV_32F, 1.0 / 255);
        return m;
    }();
    const cv::Mat expected = (unit - a).mul(unit - a);
    EXPECT_LT(cv::norm(matOf(squared), expected, cv::NORM_INF), 1e-6);
    ErrorMapOptions ssim;
    ssim.measure = ReconstructionError::Ssim;
    ssim.smoothingSigmaPx = 2;
    const auto dissimilarity = model.reconstructionErrorMap(image, ssim).value();
    cv::minMaxLoc(matOf(dissimilarity), &low, &high);
    EXPECT_GE(low, 0.0);
    EXPECT_LE(high, 1.0);
    EXPECT_GT(high, 0.0);
}

TEST(visionConvModel, ClassifiesWithSoftmaxAndKnowsItsClasses) {
    ml::CnnClassifierParams params;
    params.classCount = 3;
    ml::ModelMetadata metadata;
    metadata.extra["inspection"] = {{"classNames", {"open", "short", "spur"}}};
    const auto model = ConvModel::fromBytes(modelBytes(params.toSpec(), metadata), "cnn").value();
    EXPECT_EQ(model.classNames(), (std::vector<std::string>{"open", "short", "spur"}));
    EXPECT_EQ(model.inputShape(), (std::vector<std::int64_t>{1, 48, 48}));
    cv::Mat crop(31, 57, CV_8UC3, cv::Scalar(10, 200, 30)); // colour, other size: converted and resized
    const auto probabilities = model.classify(imageOf(crop)).value();
    ASSERT_EQ(probabilities.size(), 3U);
    EXPECT_NEAR(probabilities[0] + probabilities[1] + probabilities[2], 1.0, 1e-5);
    EXPECT_EQ(model.reconstruct(imageOf(crop)).error().kind, ErrorKind::Usage);
    EXPECT_EQ(model.classify(Image()).error().kind, ErrorKind::BadInput);
}

Error errorOf(const std::string& bytes) {
    auto model = ConvModel::fromBytes(bytes, "bad.model");
    EXPECT_FALSE(model.ok());
    return model.ok() ? Error::runtime("loaded") : model.error();
}

TEST(visionConvModel, RefusesBadModelFiles) {
    const auto expectBadInput = [](const Error& error, const std::string& words) {
        EXPECT_EQ(error.kind, ErrorKind::BadInput) << error.message;
        EXPECT_EQ(error.file, "bad.model");
        EXPECT_NE(error.message.find(words), std::string::npos) << error.message;
    };
    expectBadInput(errorOf("not a model"), "not a lupa model file");
    ml::MlpParams mlp;
    mlp.layerSizes = {4, 2};
    expectBadInput(errorOf(modelBytes(mlp.toSpec())), "convolutional engine");

    ml::ConvAutoencoderParams params;
    params.patchSize = 16;
    params.channels = {4};
    const auto content = ml::parseModelFile(modelBytes(params.toSpec()), "m").value();
    auto nanWeights = content.weights;
    const float nan = std::numeric_limits<float>::quiet_NaN();
    std::memcpy(nanWeights.data() + nanWeights.size() - sizeof(float), &nan, sizeof(float));
    expectBadInput(errorOf(ml::assembleModelFile(content.spec, content.metadata, nanWeights).value()),
                   "non-finite");
    expectBadInput(
        errorOf(
            ml::assembleModelFile(content.spec, content.metadata, content.weights.substr(0, 100)).value()),
        "weights");
    auto otherSpec = content.spec;
    otherSpec.params["channels"] = {8};
    expectBadInput(errorOf(ml::assembleModelFile(otherSpec, content.metadata, content.weights).value()),
                   "weights");
    auto wrongShape = content.metadata;
    wrongShape.inputShape = {1, 32, 32};
    expectBadInput(errorOf(ml::assembleModelFile(content.spec, wrongShape, content.weights).value()),
                   "input shape");
    otherSpec.params["channels"] = {0};
    expectBadInput(errorOf(ml::assembleModelFile(otherSpec, content.metadata, content.weights).value()),
                   "channels");

    ml::CnnClassifierParams cnn;
    ml::ModelMetadata twoNames;
    twoNames.extra["inspection"] = {{"classNames", {"a", "b", "c"}}}; // the network has 2 classes
    expectBadInput(errorOf(modelBytes(cnn.toSpec(), twoNames)), "classNames");
    EXPECT_EQ(ConvModel::load("/nonexistent/lupa.model").error().kind, ErrorKind::Io);
}

} // namespace
} // namespace lupa::vision
