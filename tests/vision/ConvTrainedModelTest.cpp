// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Briefly trained inspection networks behave: the autoencoder's error is high on an injected defect,
// the classifier tells trivially different crops apart.
#include "ImageAccess.hpp"

#include <lupa/core/inspection/ConvTraining.hpp>
#include <lupa/vision/ConvModel.hpp>
#include <lupa/vision/Patches.hpp>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <numeric>
#include <random>

namespace lupa::vision {
namespace {

// A defect-free "board": dark substrate, bright rectangular pads and straight traces, a little noise.
cv::Mat goodBoard(std::uint64_t seed, int side = 128) {
    std::mt19937_64 random(seed);
    auto pick = [&](int low, int high) {
        return low + static_cast<int>(random() % static_cast<unsigned>(high - low));
    };
    cv::Mat board(side, side, CV_8U, cv::Scalar(50));
    for (int i = 0; i < 6; ++i) {
        const cv::Point a(pick(0, side), pick(0, side));
        const cv::Point b = random() % 2 ? cv::Point(pick(0, side), a.y) : cv::Point(a.x, pick(0, side));
        cv::line(board, a, b, cv::Scalar(190), pick(2, 5));
    }
    for (int i = 0; i < 4; ++i) {
        const cv::Point corner(pick(0, side - 12), pick(0, side - 12));
        cv::rectangle(board, cv::Rect(corner, cv::Size(pick(6, 12), pick(6, 12))), cv::Scalar(200),
                      cv::FILLED);
    }
    cv::Mat noise(side, side, CV_8U);
    cv::randn(noise, 0, 3);
    return board + noise;
}

// Area under the ROC curve of scores of positives against negatives (Mann-Whitney, ties count half).
double auroc(std::vector<std::pair<float, bool>> scored) {
    std::sort(scored.begin(), scored.end());
    double rankSum = 0;
    double positives = 0;
    for (std::size_t i = 0; i < scored.size();) {
        std::size_t j = i;
        while (j < scored.size() && scored[j].first == scored[i].first)
            ++j;
        const double rank = 0.5 * static_cast<double>(i + 1 + j); // mean 1-based rank of the tie block
        for (std::size_t k = i; k < j; ++k)
            if (scored[k].second) {
                rankSum += rank;
                positives += 1;
            }
        i = j;
    }
    const double negatives = static_cast<double>(scored.size()) - positives;
    return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

TEST(visionConvTrained, AutoencoderErrorIsHighOnAnInjectedDefect) {
    std::vector<Image> goods;
    for (std::uint64_t seed = 1; seed <= 12; ++seed)
        goods.push_back(imageOf(goodBoard(seed)));
    PatchConfig patchConfig;
    patchConfig.size = 32;
    patchConfig.count = 800;
    patchConfig.seed = 3;
    const auto patches = samplePatches(goods, patchConfig).value();
    inspection::ConvAutoencoderOptions options;
    options.network.patchSize = 32;
    options.train.epochs = 4;
    const auto trained = inspection::trainConvAutoencoder(patches, options).value();
    const auto model = ConvModel::fromBytes(trained.modelFile, "trained").value();

    cv::Mat board = goodBoard(99, 160);
    cv::Mat defect(board.size(), CV_8U, cv::Scalar(0));
    cv::circle(defect, cv::Point(70, 90), 7, cv::Scalar(255), cv::FILLED);
    cv::Mat speckle(board.size(), CV_8U);
    cv::randu(speckle, 0, 256); // a speckled blob: nothing like the training boards
    speckle.copyTo(board, defect);

    for (const auto measure : {ReconstructionError::Squared, ReconstructionError::Ssim}) {
        ErrorMapOptions mapOptions;
        mapOptions.measure = measure;
        mapOptions.smoothingSigmaPx = 1;
        const auto map = model.reconstructionErrorMap(imageOf(board), mapOptions).value();
        const cv::Mat& scores = matOf(map);
        std::vector<std::pair<float, bool>> scored;
        for (int y = 0; y < board.rows; ++y)
            for (int x = 0; x < board.cols; ++x)
                scored.emplace_back(scores.at<float>(y, x), defect.at<std::uint8_t>(y, x) != 0);
        const double area = auroc(scored);
        std::printf("pixel AUROC of the injected defect (%s): %.3f\n",
                    measure == ReconstructionError::Ssim ? "ssim" : "squared", area);
        EXPECT_GT(area, 0.8);
    }
}

// Class 0: a filled disc, class 1: a horizontal bar, class 2: a cross; random position, size, noise.
cv::Mat crop(int label, std::mt19937_64& random) {
    auto pick = [&](int low, int high) {
        return low + static_cast<int>(random() % static_cast<unsigned>(high - low));
    };
    cv::Mat image(40, 40, CV_8U, cv::Scalar(pick(30, 70)));
    const cv::Point centre(pick(15, 25), pick(15, 25));
    const cv::Scalar bright(pick(170, 230));
    if (label == 0)
        cv::circle(image, centre, pick(6, 10), bright, cv::FILLED);
    if (label == 1)
        cv::rectangle(image, cv::Rect(centre.x - 14, centre.y - 2, 28, pick(3, 6)), bright, cv::FILLED);
    if (label == 2) {
        cv::line(image, centre - cv::Point(10, 10), centre + cv::Point(10, 10), bright, 3);
        cv::line(image, centre - cv::Point(10, -10), centre + cv::Point(10, -10), bright, 3);
    }
    cv::Mat noise(image.size(), CV_8U);
    cv::randn(noise, 0, 6);
    return image + noise;
}

TEST(visionConvTrained, ClassifierLearnsSyntheticDefectClasses) {
    std::mt19937_64 random(4);
    cv::setRNGSeed(4);
    const int count = 360;
    std::vector<int> labels;
    cv::Mat strip(40, 40 * count, CV_8U);
    std::vector<inspection::Box> boxes;
    for (int n = 0; n < count; ++n) {
        labels.push_back(n % 3);
        crop(n % 3, random).copyTo(strip(cv::Rect(40 * n, 0, 40, 40)));
        boxes.push_back({40 * n + 4, 4, 40 * n + 35, 35}); // 32 px boxes inside each 40 px tile
    }
    const auto crops = cropsForBoxes(imageOf(strip), boxes, 32, 1.0).value();
    inspection::DefectClassifierOptions options;
    options.network.cropSize = 32;
    options.network.channels = {8, 16, 16};
    options.train.epochs = 20;
    options.train.learningRate = 5e-3;
    const std::vector<std::string> names{"disc", "bar", "cross"};
    const auto trained = inspection::trainDefectClassifier(crops, labels, names, options).value();
    const auto model = ConvModel::fromBytes(trained.modelFile, "trained").value();
    EXPECT_EQ(model.classNames(), names);

    int correct = 0;
    const int tests = 60;
    for (int n = 0; n < tests; ++n) {
        const cv::Mat image = crop(n % 3, random);
        const auto sample = cropForBox(imageOf(image), {4, 4, 35, 35}, 32, 1.0);
        const auto probabilities = model.classify(sample).value();
        const auto best =
            std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin();
        correct += best == n % 3 ? 1 : 0;
    }
    std::printf("classifier accuracy on new synthetic crops: %d / %d\n", correct, tests);
    EXPECT_GE(correct, tests * 9 / 10);
}

} // namespace
} // namespace lupa::vision
