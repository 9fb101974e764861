// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/visualization/RgbImage.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace lupa::visualization {

/// Reads an 8-bit PNG picture (grey, RGB or RGBA; alpha is dropped) as RGB, top row first.
/// An Io error names the file when it is missing or not a PNG this reader takes.
[[nodiscard]] Result<RgbImage> readPng(const std::filesystem::path& path);

/// The number of pixels of `image` whose red, green and blue each differ from `colour` by at most
/// `tolerance` (0-255).
[[nodiscard]] std::size_t countPixelsNear(const RgbImage& image, const std::array<std::uint8_t, 3>& colour,
                                          int tolerance);

} // namespace lupa::visualization
