// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/inspection/Detection.hpp>
#include <lupa/vision/Registration.hpp>

#include <string>
#include <vector>

namespace lupa::vision {

/// The outcome of inspecting one module image.
enum class Verdict {
    Pass,   ///< registered and no defect found
    Fail,   ///< at least one clear defect
    Review, ///< a human must look: registration failed or only uncertain defects
};

/// "PASS", "FAIL" or "REVIEW".
[[nodiscard]] const char* toString(Verdict verdict);

/// Thresholds of the verdict rules.
struct VerdictConfig {
    double failPeakScore = 1.6; ///< a defect with peak normalised score at or above this fails the module
};

/// A verdict and the reasons for it, in words an operator understands.
struct VerdictResult {
    Verdict verdict = Verdict::Review;
    std::vector<std::string> reasons;
};

/// The verdict rules: registration failed -> REVIEW (never a silent PASS); any defect with peakScore >=
/// failPeakScore -> FAIL; only defects between 1.0 and failPeakScore -> REVIEW; none -> PASS.
[[nodiscard]] VerdictResult decideVerdict(const Registration& registration,
                                          const std::vector<inspection::Detection>& detections,
                                          const VerdictConfig& config);

} // namespace lupa::vision
