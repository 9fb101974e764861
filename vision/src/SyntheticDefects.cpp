// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "SyntheticDefects.hpp"

#include <lupa/vision/SyntheticSample.hpp>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace lupa::vision::synthetic {
namespace {

int uniform(std::mt19937_64& random, int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(random);
}

double scaleOf(const cv::Mat& image) {
    return std::min(image.cols, image.rows) / 640.0;
}

int scaled(std::mt19937_64& random, const cv::Mat& image, int low, int high) {
    return std::max(1, static_cast<int>(std::lround(uniform(random, low, high) * scaleOf(image))));
}

cv::Point anywhere(std::mt19937_64& random, const cv::Mat& image) {
    return {uniform(random, 0, image.cols - 1), uniform(random, 0, image.rows - 1)};
}

bool paintScratch(cv::Mat& sharp, std::mt19937_64& random) {
    const cv::Point start = anywhere(random, sharp);
    const double angle = uniform(random, 0, 359) * CV_PI / 180.0;
    const int length = scaled(random, sharp, 15, 60);
    const cv::Point end(start.x + static_cast<int>(std::lround(length * std::cos(angle))),
                        start.y + static_cast<int>(std::lround(length * std::sin(angle))));
    const int level = uniform(random, 0, 1) == 0 ? 250 : 15;
    cv::line(sharp, start, end, cv::Scalar(level), uniform(random, 1, 2), cv::LINE_8);
    return true;
}

bool paintParticle(cv::Mat& sharp, std::mt19937_64& random) {
    const cv::Point centre = anywhere(random, sharp);
    const cv::Size axes(scaled(random, sharp, 2, 6), scaled(random, sharp, 2, 6));
    cv::ellipse(sharp, centre, axes, uniform(random, 0, 179), 0, 360, cv::Scalar(uniform(random, 10, 35)),
                cv::FILLED, cv::LINE_8);
    return true;
}

bool paintStain(cv::Mat& sharp, std::mt19937_64& random) {
    const cv::Point centre = anywhere(random, sharp);
    const cv::Size axes(scaled(random, sharp, 12, 40), scaled(random, sharp, 8, 30));
    cv::Mat mask = cv::Mat::zeros(sharp.size(), CV_8UC1);
    cv::ellipse(mask, centre, axes, uniform(random, 0, 179), 0, 360, cv::Scalar(255), cv::FILLED, cv::LINE_8);
    cv::Mat darker;
    sharp.convertTo(darker, CV_8U, uniform(random, 60, 80) / 100.0);
    darker.copyTo(sharp, mask);
    return true;
}

// Copies the region `area` (grown by 2 px) of `edited`'s rendering into `sharp`.
void pasteRendering(const BoardDesign& edited, cv::Rect area, cv::Mat& sharp) {
    const cv::Rect region =
        (area + cv::Size(4, 4) - cv::Point(2, 2)) & cv::Rect(0, 0, sharp.cols, sharp.rows);
    if (region.empty())
        return;
    renderSharp(edited)(region).copyTo(sharp(region));
}

bool paintMissingComponent(const BoardDesign& design, cv::Mat& sharp, std::mt19937_64& random) {
    if (design.components.empty())
        return false;
    const auto index =
        static_cast<std::size_t>(uniform(random, 0, static_cast<int>(design.components.size()) - 1));
    BoardDesign edited = design;
    edited.components.erase(edited.components.begin() + static_cast<std::ptrdiff_t>(index));
    pasteRendering(edited, design.components[index].bounds(), sharp);
    return true;
}

bool paintShiftedComponent(const BoardDesign& design, cv::Mat& sharp, std::mt19937_64& random) {
    if (design.components.empty())
        return false;
    const auto index =
        static_cast<std::size_t>(uniform(random, 0, static_cast<int>(design.components.size()) - 1));
    const auto step = [&] {
        return scaled(random, sharp, 3, 8) * (uniform(random, 0, 1) == 0 ? -1 : 1);
    };
    const cv::Point shift(step(), uniform(random, 0, 1) == 0 ? 0 : step());
    BoardDesign edited = design;
    auto& moved = edited.components[index];
    moved.body += shift;
    for (auto& pin : moved.pins)
        pin += shift;
    pasteRendering(edited, design.components[index].bounds() | moved.bounds(), sharp);
    return true;
}

// A random point on a random trace segment, the segment's unit direction and the trace's width.
struct TraceSpot {
    cv::Point at;
    cv::Point along;
    int width = 0;
};

bool randomTraceSpot(const BoardDesign& design, std::mt19937_64& random, TraceSpot& spot) {
    if (design.traces.empty())
        return false;
    const auto& trace =
        design
            .traces[static_cast<std::size_t>(uniform(random, 0, static_cast<int>(design.traces.size()) - 1))];
    const auto s = static_cast<std::size_t>(uniform(random, 0, static_cast<int>(trace.points.size()) - 2));
    const cv::Point a = trace.points[s];
    const cv::Point b = trace.points[s + 1];
    if (a == b)
        return false;
    const double t = uniform(random, 20, 80) / 100.0;
    spot.at = a + cv::Point(static_cast<int>(std::lround((b.x - a.x) * t)),
                            static_cast<int>(std::lround((b.y - a.y) * t)));
    spot.along = cv::Point(b.x > a.x ? 1 : (b.x < a.x ? -1 : 0), b.y > a.y ? 1 : (b.y < a.y ? -1 : 0));
    spot.width = trace.width;
    return true;
}

bool paintOpen(const BoardDesign& design, cv::Mat& sharp, std::mt19937_64& random) {
    TraceSpot spot;
    if (!randomTraceSpot(design, random, spot))
        return false;
    const int gap = scaled(random, sharp, 3, 8);
    const int across = spot.width + 4;
    const cv::Rect cut = spot.along.x != 0
                             ? cv::Rect(spot.at.x - gap / 2, spot.at.y - across / 2, gap, across)
                             : cv::Rect(spot.at.x - across / 2, spot.at.y - gap / 2, across, gap);
    const cv::Rect inside = cut & cv::Rect(0, 0, sharp.cols, sharp.rows);
    if (inside != cut)
        return false;
    // Only a bare trace is cut: the region must hold copper and substrate and nothing else.
    const cv::Mat region = sharp(cut);
    const int copper = design.copperLevel;
    const int substrate = design.substrateLevel;
    const bool bare = std::all_of(region.begin<std::uint8_t>(), region.end<std::uint8_t>(),
                                  [&](std::uint8_t v) { return v == copper || v == substrate; });
    if (!bare)
        return false;
    cv::rectangle(sharp, cut, cv::Scalar(substrate), cv::FILLED);
    return true;
}

// Walks from `from` along `step` out of the conductor, across substrate, into the next conductor;
// returns that point, or `from` when none lies within `maxGap` px of substrate.
cv::Point nextConductor(const cv::Mat& sharp, cv::Point from, cv::Point step, int substrate, int maxGap) {
    cv::Point at = from;
    const cv::Rect bounds(0, 0, sharp.cols, sharp.rows);
    while (bounds.contains(at) && sharp.at<std::uint8_t>(at) != substrate)
        at += step;
    int gap = 0;
    while (bounds.contains(at) && sharp.at<std::uint8_t>(at) == substrate && gap <= maxGap) {
        at += step;
        ++gap;
    }
    return bounds.contains(at) && gap >= 2 && gap <= maxGap ? at : from;
}

bool paintShort(const BoardDesign& design, cv::Mat& sharp, std::mt19937_64& random) {
    TraceSpot spot;
    if (!randomTraceSpot(design, random, spot))
        return false;
    const cv::Point across(spot.along.y, spot.along.x);
    const int side = uniform(random, 0, 1) == 0 ? 1 : -1;
    const cv::Point step = across * side;
    const cv::Point end =
        nextConductor(sharp, spot.at, step, design.substrateLevel, scaled(random, sharp, 8, 30));
    if (end == spot.at || sharp.at<std::uint8_t>(end) < design.copperLevel) // a bridge to copper only
        return false;
    cv::line(sharp, spot.at, end, cv::Scalar(design.copperLevel), std::max(2, spot.width / 2), cv::LINE_8);
    return true;
}

} // namespace

bool paintDefect(int classId, const BoardDesign& design, cv::Mat& sharp, std::mt19937_64& random) {
    switch (classId) {
    case kSyntheticScratch:
        return paintScratch(sharp, random);
    case kSyntheticParticle:
        return paintParticle(sharp, random);
    case kSyntheticMissingComponent:
        return paintMissingComponent(design, sharp, random);
    case kSyntheticShiftedComponent:
        return paintShiftedComponent(design, sharp, random);
    case kSyntheticShort:
        return paintShort(design, sharp, random);
    case kSyntheticOpen:
        return paintOpen(design, sharp, random);
    case kSyntheticStain:
        return paintStain(sharp, random);
    default:
        return false;
    }
}

} // namespace lupa::vision::synthetic
