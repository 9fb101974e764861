// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/vision/Verdict.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lupa::vision {

const char* toString(Verdict verdict) {
    switch (verdict) {
    case Verdict::Pass:
        return "PASS";
    case Verdict::Fail:
        return "FAIL";
    case Verdict::Review:
        break;
    }
    return "REVIEW";
}

VerdictResult decideVerdict(const Registration& registration,
                            const std::vector<inspection::Detection>& detections,
                            const VerdictConfig& config) {
    VerdictResult result;
    if (!registration.ok) {
        result.verdict = Verdict::Review;
        result.reasons.push_back(fmt::format("registration failed: {}", registration.failureReason.empty()
                                                                            ? std::string("unknown reason")
                                                                            : registration.failureReason));
        return result;
    }
    const auto clear =
        std::count_if(detections.begin(), detections.end(),
                      [&](const inspection::Detection& d) { return d.peakScore >= config.failPeakScore; });
    if (clear > 0) {
        result.verdict = Verdict::Fail;
        result.reasons.push_back(
            fmt::format("{} defect(s) with peak score at or above {:.2f}", clear, config.failPeakScore));
    } else if (!detections.empty()) {
        result.verdict = Verdict::Review;
        result.reasons.push_back(fmt::format("{} uncertain defect(s) with peak score between 1.00 and {:.2f}",
                                             detections.size(), config.failPeakScore));
    } else {
        result.verdict = Verdict::Pass;
        result.reasons.emplace_back("registered, no defect found");
    }
    return result;
}

} // namespace lupa::vision
