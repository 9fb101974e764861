// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/inspection/Detection.hpp>

#include <array>
#include <optional>

namespace lupa::app {

/// A 3 x 3 homography, row-major (as vision::Registration::homography).
using Homography = std::array<double, 9>;

/// The inverse of `h`, or nothing when it is singular.
[[nodiscard]] std::optional<Homography> invertHomography(const Homography& h);

/// The bounding box of `box`'s four corners mapped through `h`, clipped to an image of `width` x `height`
/// px (inclusive corners as inspection::Box keeps them).
[[nodiscard]] inspection::Box mapBox(const inspection::Box& box, const Homography& h, int width, int height);

} // namespace lupa::app
