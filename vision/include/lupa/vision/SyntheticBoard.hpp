// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/vision/Image.hpp>

#include <cstdint>

namespace lupa::vision {

/// The design of a synthetic flex-PCB-like board: a dark substrate with copper traces, pads, vias,
/// components (dark rectangles on pins) and silkscreen marks. Counts are for a 640 × 640 board and
/// scale with its area; sizes scale with its shorter side.
struct BoardConfig {
    int width = 640;         ///< image width (px)
    int height = 640;        ///< image height (px)
    std::uint64_t seed = 1;  ///< decides the whole design: same seed, same board
    int traces = 36;         ///< copper traces (Manhattan polylines)
    int pads = 24;           ///< free rectangular pads
    int vias = 20;           ///< plated holes
    int components = 6;      ///< rectangular components with pins
    int marks = 5;           ///< silkscreen text marks
    int substrateLevel = 70; ///< grey level of the substrate (0–255)
    int copperLevel = 185;   ///< grey level of copper traces
};

/// Renders the defect-free board (the template): 8-bit grey, `width` × `height` px, slightly blurred
/// (3 × 3 Gaussian) like a camera image. Deterministic in the configuration.
[[nodiscard]] Image generateBoard(const BoardConfig& config);

} // namespace lupa::vision
