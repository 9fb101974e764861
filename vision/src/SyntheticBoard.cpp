// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "BoardDesign.hpp"
#include "ImageAccess.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <random>

namespace lupa::vision::synthetic {
namespace {

// Draws integers and rectangles from one seeded generator, sizes scaled to the board.
class DesignRandom {
public:
    DesignRandom(std::uint64_t seed, cv::Size size)
        : m_random(seed)
        , m_size(size)
        , m_scale(std::min(size.width, size.height) / 640.0) {}

    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    int scaled(int low, int high) {
        return std::max(1, static_cast<int>(std::lround(uniform(low, high) * m_scale)));
    }
    cv::Point point(int margin) {
        return {uniform(margin, std::max(margin, m_size.width - 1 - margin)),
                uniform(margin, std::max(margin, m_size.height - 1 - margin))};
    }
    [[nodiscard]] double scale() const { return m_scale; }
    [[nodiscard]] int count(int per640) const {
        return static_cast<int>(std::lround(per640 * m_size.area() / (640.0 * 640.0)));
    }

private:
    std::mt19937_64 m_random;
    cv::Size m_size;
    double m_scale;
};

Trace randomTrace(DesignRandom& random, cv::Size size) {
    Trace trace;
    trace.width = random.scaled(3, 9);
    cv::Point at = random.point(4);
    trace.points.push_back(at);
    const int segments = random.uniform(2, 4);
    bool horizontal = random.uniform(0, 1) == 0;
    for (int s = 0; s < segments; ++s) {
        const int length = random.scaled(40, 220) * (random.uniform(0, 1) == 0 ? -1 : 1);
        if (horizontal)
            at.x = std::clamp(at.x + length, 4, size.width - 5);
        else
            at.y = std::clamp(at.y + length, 4, size.height - 5);
        trace.points.push_back(at);
        horizontal = !horizontal;
    }
    return trace;
}

Component randomComponent(DesignRandom& random) {
    Component component;
    const int width = random.scaled(30, 90);
    const int height = random.scaled(20, 60);
    const cv::Point corner = random.point(std::max(width, height) / 2 + 12);
    component.body = cv::Rect(corner.x - width / 2, corner.y - height / 2, width, height);
    const int pinLength = random.scaled(5, 9);
    const int pinWidth = random.scaled(4, 7);
    const int pitch = pinWidth * 2 + random.scaled(0, 4);
    for (int x = component.body.x + pitch / 2; x + pinWidth < component.body.br().x; x += pitch) {
        component.pins.emplace_back(x, component.body.y - pinLength, pinWidth, pinLength);
        component.pins.emplace_back(x, component.body.br().y, pinWidth, pinLength);
    }
    return component;
}

Mark randomMark(DesignRandom& random) {
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    Mark mark;
    const int length = random.uniform(2, 5);
    for (int i = 0; i < length; ++i)
        mark.text += kAlphabet[random.uniform(0, static_cast<int>(sizeof(kAlphabet)) - 2)];
    mark.scale = random.uniform(35, 60) / 100.0 * random.scale();
    mark.origin = random.point(40);
    return mark;
}

} // namespace

cv::Rect Component::bounds() const {
    cv::Rect all = body;
    for (const auto& pin : pins)
        all |= pin;
    return all;
}

BoardDesign designBoard(const BoardConfig& config) {
    BoardDesign design;
    design.size = cv::Size(std::max(1, config.width), std::max(1, config.height));
    design.substrateLevel = std::clamp(config.substrateLevel, 0, 255);
    design.copperLevel = std::clamp(config.copperLevel, 0, 255);
    DesignRandom random(config.seed, design.size);
    for (int i = random.count(config.traces); i > 0; --i)
        design.traces.push_back(randomTrace(random, design.size));
    for (int i = random.count(config.pads); i > 0; --i) {
        const cv::Point at = random.point(12);
        design.pads.emplace_back(at.x, at.y, random.scaled(8, 20), random.scaled(8, 20));
    }
    for (int i = random.count(config.vias); i > 0; --i) {
        const int radius = random.scaled(5, 8);
        design.vias.push_back({random.point(10), radius, std::max(1, radius / 2 - 1)});
    }
    for (int i = random.count(config.components); i > 0; --i)
        design.components.push_back(randomComponent(random));
    for (int i = random.count(config.marks); i > 0; --i)
        design.marks.push_back(randomMark(random));
    return design;
}

cv::Mat renderSharp(const BoardDesign& design) {
    cv::Mat image(design.size, CV_8UC1, cv::Scalar(design.substrateLevel));
    for (const auto& trace : design.traces)
        cv::polylines(image, trace.points, false, cv::Scalar(design.copperLevel), trace.width, cv::LINE_8);
    for (const auto& pad : design.pads)
        cv::rectangle(image, pad, cv::Scalar(kPadLevel), cv::FILLED);
    for (const auto& via : design.vias) {
        cv::circle(image, via.centre, via.radius, cv::Scalar(design.copperLevel + 10), cv::FILLED);
        cv::circle(image, via.centre, via.hole, cv::Scalar(kHoleLevel), cv::FILLED);
    }
    for (const auto& mark : design.marks)
        cv::putText(image, mark.text, mark.origin, cv::FONT_HERSHEY_SIMPLEX, mark.scale,
                    cv::Scalar(kSilkLevel), 1, cv::LINE_8);
    for (const auto& component : design.components) {
        for (const auto& pin : component.pins)
            cv::rectangle(image, pin, cv::Scalar(kPadLevel), cv::FILLED);
        cv::rectangle(image, component.body, cv::Scalar(kBodyLevel), cv::FILLED);
        cv::rectangle(image, component.body, cv::Scalar(kBodyLevel + 40), 1);
    }
    return image;
}

cv::Mat cameraBlur(const cv::Mat& sharp) {
    cv::Mat blurred;
    cv::GaussianBlur(sharp, blurred, cv::Size(3, 3), 0.8, 0.8, cv::BORDER_REPLICATE);
    return blurred;
}

} // namespace lupa::vision::synthetic

namespace lupa::vision {

Image generateBoard(const BoardConfig& config) {
    return imageOf(synthetic::cameraBlur(synthetic::renderSharp(synthetic::designBoard(config))));
}

} // namespace lupa::vision
