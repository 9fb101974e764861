// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "BoardDesign.hpp"
#include "ImageAccess.hpp"
#include "SyntheticDefects.hpp"

#include <lupa/vision/SyntheticSample.hpp>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <random>

namespace lupa::vision {
namespace {

// Tries to place each defect this many times before giving it up.
constexpr int kAttemptsPerDefect = 40;
// Defects keep this distance from each other (px), more than the camera blur's reach.
constexpr int kDefectSpacing = 3;

double uniformReal(std::mt19937_64& random, double largest) {
    return largest > 0 ? std::uniform_real_distribution<double>(-largest, largest)(random) : 0.0;
}

bool overlapsAny(const cv::Rect& box, const std::vector<cv::Rect>& taken) {
    const cv::Rect grown =
        box + cv::Size(2 * kDefectSpacing, 2 * kDefectSpacing) - cv::Point(kDefectSpacing, kDefectSpacing);
    return std::any_of(taken.begin(), taken.end(), [&](const cv::Rect& t) { return (grown & t).area() > 0; });
}

// Paints the defects into `sharp`, filling `mask` and `sample.defects`.
void injectDefects(const synthetic::BoardDesign& design, const DefectInjection& injection, cv::Mat& sharp,
                   cv::Mat& mask, std::mt19937_64& random, SyntheticSample& sample) {
    if (injection.classes.empty())
        return;
    std::vector<cv::Rect> taken;
    std::uniform_int_distribution<std::size_t> pick(0, injection.classes.size() - 1);
    for (int d = 0; d < injection.count; ++d) {
        const int classId = injection.classes[pick(random)];
        const cv::Mat before = synthetic::cameraBlur(sharp);
        for (int attempt = 0; attempt < kAttemptsPerDefect; ++attempt) {
            cv::Mat candidate = sharp.clone();
            if (!synthetic::paintDefect(classId, design, candidate, random))
                continue;
            cv::Mat changed;
            cv::compare(synthetic::cameraBlur(candidate), before, changed, cv::CMP_NE);
            if (cv::countNonZero(changed) == 0)
                continue;
            const cv::Rect box = cv::boundingRect(changed);
            if (overlapsAny(box, taken))
                continue;
            sharp = candidate;
            mask.setTo(255, changed);
            taken.push_back(box);
            sample.defects.push_back({{box.x, box.y, box.br().x - 1, box.br().y - 1}, classId});
            break;
        }
    }
}

// Rotation about the centre and shift, then lighting gradient and noise.
cv::Mat perturb(const cv::Mat& image, const Perturbation& perturbation, std::mt19937_64& random,
                SyntheticSample& sample) {
    sample.rotationDeg = uniformReal(random, perturbation.rotationDeg);
    sample.shiftX = uniformReal(random, perturbation.shiftPx);
    sample.shiftY = uniformReal(random, perturbation.shiftPx);
    cv::Mat moved = image;
    if (sample.rotationDeg != 0 || sample.shiftX != 0 || sample.shiftY != 0) {
        const cv::Point2f centre((image.cols - 1) / 2.0F, (image.rows - 1) / 2.0F);
        cv::Mat transform = cv::getRotationMatrix2D(centre, sample.rotationDeg, 1.0);
        transform.at<double>(0, 2) += sample.shiftX;
        transform.at<double>(1, 2) += sample.shiftY;
        cv::warpAffine(image, moved, transform, image.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    }
    const double gradient = uniformReal(random, perturbation.lightingGradient);
    const double direction = std::uniform_real_distribution<double>(0, 2 * CV_PI)(random);
    if (gradient == 0 && perturbation.noiseSigma <= 0)
        return moved;
    cv::Mat light(image.size(), CV_32FC1);
    std::normal_distribution<float> noise(0.0F, static_cast<float>(std::max(perturbation.noiseSigma, 1e-9)));
    for (int y = 0; y < image.rows; ++y) {
        auto* out = light.ptr<float>(y);
        const auto* in = moved.ptr<std::uint8_t>(y);
        for (int x = 0; x < image.cols; ++x) {
            const double across = (x / std::max(1.0, image.cols - 1.0) - 0.5) * std::cos(direction) +
                                  (y / std::max(1.0, image.rows - 1.0) - 0.5) * std::sin(direction);
            const float n = perturbation.noiseSigma > 0 ? noise(random) : 0.0F;
            out[x] = static_cast<float>(in[x] * (1.0 + 2.0 * gradient * across)) + n;
        }
    }
    cv::Mat result;
    light.convertTo(result, CV_8U);
    return result;
}

} // namespace

const std::vector<std::string>& syntheticClassNames() {
    static const std::vector<std::string> names{
        "unclassified",      "scratch", "particle", "missing component",
        "shifted component", "short",   "open",     "stain"};
    return names;
}

SyntheticSample generateSample(const SampleConfig& config) {
    SyntheticSample sample;
    const auto design = synthetic::designBoard(config.board);
    const cv::Mat reference = synthetic::renderSharp(design);
    sample.reference = imageOf(synthetic::cameraBlur(reference));
    // Mixed with a constant so that a sample seed equal to the board seed draws differently.
    std::mt19937_64 random(config.seed ^ 0x9e3779b97f4a7c15ULL);
    cv::Mat sharp = reference.clone();
    cv::Mat mask = cv::Mat::zeros(reference.size(), CV_8UC1);
    injectDefects(design, config.defects, sharp, mask, random, sample);
    sample.defectMask = imageOf(mask);
    sample.tested = imageOf(perturb(synthetic::cameraBlur(sharp), config.perturbation, random, sample));
    return sample;
}

} // namespace lupa::vision
