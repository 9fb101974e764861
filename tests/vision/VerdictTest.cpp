// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/vision/Verdict.hpp>

#include <gtest/gtest.h>

#include <string>

namespace lupa::vision {
namespace {

Registration registered() {
    Registration registration;
    registration.ok = true;
    return registration;
}

inspection::Detection defectWithPeak(double peak) {
    inspection::Detection detection;
    detection.peakScore = peak;
    return detection;
}

TEST(Verdict, NoDefectPasses) {
    const VerdictResult result = decideVerdict(registered(), {}, {});
    EXPECT_EQ(result.verdict, Verdict::Pass);
    EXPECT_FALSE(result.reasons.empty());
}

TEST(Verdict, ClearDefectFails) {
    VerdictConfig config;
    config.failPeakScore = 2.0;
    EXPECT_EQ(decideVerdict(registered(), {defectWithPeak(1.1), defectWithPeak(2.0)}, config).verdict,
              Verdict::Fail);
}

TEST(Verdict, OnlyUncertainDefectsNeedReview) {
    VerdictConfig config;
    config.failPeakScore = 2.0;
    EXPECT_EQ(decideVerdict(registered(), {defectWithPeak(1.1), defectWithPeak(1.99)}, config).verdict,
              Verdict::Review);
}

TEST(Verdict, FailedRegistrationIsNeverASilentPass) {
    Registration failed;
    failed.ok = false;
    failed.failureReason = "only 3 RANSAC inliers, 15 needed";
    for (const auto& detections :
         {std::vector<inspection::Detection>{}, std::vector<inspection::Detection>{defectWithPeak(9.0)}}) {
        const VerdictResult result = decideVerdict(failed, detections, {});
        EXPECT_EQ(result.verdict, Verdict::Review);
        ASSERT_EQ(result.reasons.size(), 1U);
        EXPECT_NE(result.reasons[0].find("only 3 RANSAC inliers"), std::string::npos);
    }
}

TEST(Verdict, Names) {
    EXPECT_STREQ(toString(Verdict::Pass), "PASS");
    EXPECT_STREQ(toString(Verdict::Fail), "FAIL");
    EXPECT_STREQ(toString(Verdict::Review), "REVIEW");
}

} // namespace
} // namespace lupa::vision
