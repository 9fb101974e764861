// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace lupa::visualization {

/// An 8-bit RGB image, rows stored top row first.
struct RgbImage {
    int width = 0;                    ///< [pixels]
    int height = 0;                   ///< [pixels]
    std::vector<std::uint8_t> pixels; ///< 3 bytes (r, g, b) per pixel, row after row

    /// True when the image holds no pixels.
    [[nodiscard]] bool empty() const { return width <= 0 || height <= 0; }

    /// The colour at column x, row y (row 0 is the top).
    [[nodiscard]] std::array<std::uint8_t, 3> at(int x, int y) const {
        const std::size_t i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + x) * 3;
        return {pixels[i], pixels[i + 1], pixels[i + 2]};
    }
};

} // namespace lupa::visualization
