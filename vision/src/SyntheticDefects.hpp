// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// The painters of synthetic defects (private to vision).

#include "BoardDesign.hpp"

#include <opencv2/core.hpp>

#include <random>

namespace lupa::vision::synthetic {

/// Paints one defect of class `classId` (kSynthetic*) at a random place into `sharp`, the sharp
/// rendering of `design` with the defects painted so far. False when no place was found this time
/// (the caller tries again) or the class does not fit the board (no component to remove).
bool paintDefect(int classId, const BoardDesign& design, cv::Mat& sharp, std::mt19937_64& random);

} // namespace lupa::vision::synthetic
