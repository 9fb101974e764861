// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "PipelineTestImages.hpp"

#include <lupa/vision/Registration.hpp>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace lupa::vision {
namespace {

constexpr int kRegistrationBoardSide = 640;

cv::Matx33d homographyOf(const Registration& registration) {
    const auto& h = registration.homography;
    return {h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8]};
}

/// Largest distance (px) between where `estimated` and `truth` send points of the central region.
double worstErrorPx(const cv::Matx33d& estimated, const cv::Matx33d& truth) {
    double worst = 0.0;
    for (int y = 200; y <= 440; y += 40) {
        for (int x = 200; x <= 440; x += 40) {
            const cv::Vec3d p = estimated * cv::Vec3d(x, y, 1.0);
            const cv::Vec3d q = truth * cv::Vec3d(x, y, 1.0);
            worst = std::max(worst, std::hypot(p[0] / p[2] - q[0] / q[2], p[1] / p[2] - q[1] / q[2]));
        }
    }
    return worst;
}

struct KnownMotion {
    double degrees;
    double scale;
};

class RegistrationRecovers : public ::testing::TestWithParam<KnownMotion> {};

TEST_P(RegistrationRecovers, RotationAndScaleToHalfAPixel) {
    const cv::Mat reference = test::syntheticBoard(kRegistrationBoardSide, kRegistrationBoardSide, 7);
    const cv::Matx33d referenceToMoving = test::rotationAboutCentre(
        kRegistrationBoardSide, kRegistrationBoardSide, GetParam().degrees, GetParam().scale);
    const cv::Mat moving = test::warped(reference, referenceToMoving);

    const auto registration = registerToReference(test::toImage(moving), test::toImage(reference), {});

    ASSERT_TRUE(registration.ok()) << registration.error().describe();
    EXPECT_TRUE(registration->ok) << registration->failureReason;
    EXPECT_FALSE(registration->usedFastPath);
    EXPECT_GE(registration->inliers, 15);
    EXPECT_LT(worstErrorPx(homographyOf(*registration), referenceToMoving.inv()), 0.5);
    EXPECT_LE(registration->residualPx, RegistrationConfig{}.maxResidualPx);
}

INSTANTIATE_TEST_SUITE_P(KnownMotions, RegistrationRecovers,
                         ::testing::Values(KnownMotion{30.0, 1.05}, KnownMotion{180.0, 1.0},
                                           KnownMotion{-75.0, 0.95}, KnownMotion{3.0, 1.0}));

TEST(Registration, AkazeAlsoRecoversARotation) {
    const cv::Mat reference = test::syntheticBoard(kRegistrationBoardSide, kRegistrationBoardSide, 11);
    const cv::Matx33d referenceToMoving =
        test::rotationAboutCentre(kRegistrationBoardSide, kRegistrationBoardSide, 90.0, 1.02);
    RegistrationConfig config;
    config.detector = FeatureDetector::Akaze;
    const auto registration = registerToReference(test::toImage(test::warped(reference, referenceToMoving)),
                                                  test::toImage(reference), config);
    ASSERT_TRUE(registration.ok());
    EXPECT_TRUE(registration->ok) << registration->failureReason;
    EXPECT_LT(worstErrorPx(homographyOf(*registration), referenceToMoving.inv()), 0.5);
}

TEST(Registration, FastPathTakesNearlyAlignedPairs) {
    const cv::Mat reference = test::syntheticBoard(kRegistrationBoardSide, kRegistrationBoardSide, 3);
    const cv::Matx33d shift(1, 0, 1.5, 0, 1, -0.75, 0, 0, 1);
    const auto registration =
        registerToReference(test::toImage(test::warped(reference, shift)), test::toImage(reference), {});
    ASSERT_TRUE(registration.ok());
    EXPECT_TRUE(registration->ok) << registration->failureReason;
    EXPECT_TRUE(registration->usedFastPath);
    EXPECT_LT(worstErrorPx(homographyOf(*registration), shift.inv()), 0.25);
}

TEST(Registration, IdenticalImagesGiveTheExactIdentityInWholePixelMode) {
    const cv::Mat reference = test::syntheticBoard(kRegistrationBoardSide, kRegistrationBoardSide, 5);
    RegistrationConfig config;
    config.fastPathWholePixels = true;
    const auto registration = registerToReference(test::toImage(reference), test::toImage(reference), config);
    ASSERT_TRUE(registration.ok());
    EXPECT_TRUE(registration->ok);
    EXPECT_TRUE(registration->usedFastPath);
    const std::array<double, 9> identity{1, 0, 0, 0, 1, 0, 0, 0, 1};
    EXPECT_EQ(registration->homography, identity);
    EXPECT_LT(registration->residualPx, 0.1);
}

TEST(Registration, UnrelatedNoiseFailsGracefully) {
    cv::Mat noise(kRegistrationBoardSide, kRegistrationBoardSide, CV_8U);
    cv::RNG(42).fill(noise, cv::RNG::UNIFORM, 0, 256);
    const cv::Mat board = test::syntheticBoard(kRegistrationBoardSide, kRegistrationBoardSide, 9);
    for (const auto& [moving, reference] : {std::pair{noise, board}, std::pair{board, noise}}) {
        const auto registration = registerToReference(test::toImage(moving), test::toImage(reference), {});
        ASSERT_TRUE(registration.ok()) << "a failed registration is a result, not an error";
        EXPECT_FALSE(registration->ok);
        EXPECT_FALSE(registration->failureReason.empty());
    }
}

TEST(Registration, EmptyImageIsBadInput) {
    const auto registration =
        registerToReference(Image(), test::toImage(test::syntheticBoard(64, 64, 1)), {});
    ASSERT_FALSE(registration.ok());
    EXPECT_EQ(registration.error().kind, ErrorKind::BadInput);
}

TEST(Registration, WarpToReferenceUndoesTheMotion) {
    const cv::Mat reference = test::syntheticBoard(kRegistrationBoardSide, kRegistrationBoardSide, 13);
    const cv::Matx33d referenceToMoving =
        test::rotationAboutCentre(kRegistrationBoardSide, kRegistrationBoardSide, 30.0, 1.05);
    const Image moving = test::toImage(test::warped(reference, referenceToMoving));
    const auto registration = registerToReference(moving, test::toImage(reference), {});
    ASSERT_TRUE(registration.ok());
    const cv::Mat back =
        test::toMat(warpToReference(moving, *registration, kRegistrationBoardSide, kRegistrationBoardSide));
    const cv::Rect centre(220, 220, 200, 200);
    cv::Mat difference;
    cv::absdiff(back(centre), reference(centre), difference);
    EXPECT_LT(cv::mean(difference)[0], 4.0); // grey levels; a misalignment of 1 px gives about 30
}

} // namespace
} // namespace lupa::vision
