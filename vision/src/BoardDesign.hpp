// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// The primitives of a synthetic board (private to vision): generateBoard renders them, the defect
// painters edit them (missing and shifted components) or draw over their rendering.

#include <lupa/vision/SyntheticBoard.hpp>

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace lupa::vision::synthetic {

/// Grey levels of the board's materials besides substrate and copper.
inline constexpr int kPadLevel = 215;
inline constexpr int kHoleLevel = 25;
inline constexpr int kBodyLevel = 45;
inline constexpr int kSilkLevel = 235;

struct Trace {
    std::vector<cv::Point> points; ///< corners of an axis-aligned polyline (px)
    int width = 6;                 ///< line width (px)
};

struct Via {
    cv::Point centre;
    int radius = 6; ///< copper ring (px)
    int hole = 2;   ///< drilled hole (px)
};

struct Component {
    cv::Rect body;              ///< the package (px)
    std::vector<cv::Rect> pins; ///< its pins, sticking out of the body (px)
    /// Body and pins together.
    [[nodiscard]] cv::Rect bounds() const;
};

struct Mark {
    cv::Point origin; ///< bottom-left of the text (px)
    std::string text;
    double scale = 0.5;
};

struct BoardDesign {
    cv::Size size;
    int substrateLevel = 70;
    int copperLevel = 185;
    std::vector<Trace> traces;
    std::vector<cv::Rect> pads;
    std::vector<Via> vias;
    std::vector<Component> components;
    std::vector<Mark> marks;
};

/// The primitives of the board `config` describes (deterministic in config.seed).
[[nodiscard]] BoardDesign designBoard(const BoardConfig& config);

/// The sharp rendering of a design (8-bit grey, before the camera blur).
[[nodiscard]] cv::Mat renderSharp(const BoardDesign& design);

/// The camera blur applied to every rendering (3 × 3 Gaussian, sigma 0.8 px).
[[nodiscard]] cv::Mat cameraBlur(const cv::Mat& sharp);

} // namespace lupa::vision::synthetic
