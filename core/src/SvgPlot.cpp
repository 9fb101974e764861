// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/SvgPlot.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace lupa::svg {
namespace {

/// A linear or logarithmic map from data to pixels.
struct Axis {
    double low = 0, high = 1; // data range
    double pixelLow = 0, pixelHigh = 1;
    bool log = false;
    [[nodiscard]] double map(double value) const {
        const double a = log ? std::log10(low) : low, b = log ? std::log10(high) : high;
        const double v = log ? std::log10(std::max(value, low * 1e-3)) : value;
        return pixelLow + (v - a) / (b - a) * (pixelHigh - pixelLow);
    }
};

std::string escape(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string text(double x, double y, const std::string& content, const char* anchor = "middle", int size = 13,
                 const char* extra = "") {
    return fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"{}\" text-anchor=\"{}\" {}>{}</text>\n",
                       x, y, size, anchor, extra, escape(content));
}

std::string line(double x1, double y1, double x2, double y2, const char* style = "stroke:#000") {
    return fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" style=\"{}\"/>\n", x1,
                       y1, x2, y2, style);
}

std::string tickLabel(double value) {
    if (value == 0)
        return "0";
    const double magnitude = std::abs(value);
    if (magnitude >= 1e4 || magnitude < 1e-3)
        return fmt::format("{:.0e}", value);
    return fmt::format("{:g}", value);
}

// "Nice" tick positions (1, 2, 5 x 10^k steps) or decades on a log axis.
std::vector<double> ticks(const Axis& axis) {
    std::vector<double> result;
    if (axis.log) {
        for (double d = std::pow(10.0, std::floor(std::log10(axis.low))); d <= axis.high * 1.0001; d *= 10)
            if (d >= axis.low * 0.9999)
                result.push_back(d);
        return result;
    }
    const double raw = (axis.high - axis.low) / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / power < 1.5   ? power
                        : raw / power < 3.5 ? 2 * power
                        : raw / power < 7.5 ? 5 * power
                                            : 10 * power;
    for (double t = std::ceil(axis.low / step) * step; t <= axis.high + step * 1e-6; t += step)
        result.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return result;
}

std::string xAxis(const Axis& x, double y, bool labels) {
    std::string svg = line(x.pixelLow, y, x.pixelHigh, y);
    for (const double t : ticks(x)) {
        svg += line(x.map(t), y, x.map(t), y - 6);
        if (labels)
            svg += text(x.map(t), y + 16, tickLabel(t), "middle", 12);
    }
    return svg;
}

std::string yAxis(const Axis& y, double x) {
    std::string svg = line(x, y.pixelLow, x, y.pixelHigh);
    for (const double t : ticks(y)) {
        svg += line(x, y.map(t), x + 6, y.map(t));
        svg += text(x - 4, y.map(t) + 4, tickLabel(t), "end", 11);
    }
    return svg;
}

// The y range that shows every series with its errors.
Axis valueAxis(const HistogramPlot& plot, double top, double bottom) {
    double largest = 0, smallest = std::numeric_limits<double>::infinity();
    for (const auto& s : plot.series)
        for (std::size_t i = 0; i < s.values.size(); ++i) {
            const double error = i < s.errors.size() ? s.errors[i] : 0.0;
            largest = std::max(largest, s.values[i] + error);
            if (s.values[i] > 0)
                smallest = std::min(smallest, s.values[i]);
        }
    Axis axis{0, largest > 0 ? largest * 1.25 : 1.0, bottom, top, plot.logY};
    if (plot.logY) {
        const double low = std::isfinite(smallest) ? smallest * 0.5 : 1e-3;
        axis.low = std::pow(10.0, std::floor(std::log10(low)));
        axis.high = std::pow(10.0, std::ceil(std::log10(std::max(largest * 3, axis.low * 10))));
    }
    return axis;
}

std::string stepPath(const std::vector<double>& edges, const std::vector<double>& values, const Axis& x,
                     const Axis& y, bool closed) {
    std::string d = fmt::format("M{:.1f},{:.1f}", x.map(edges.front()), y.pixelLow);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double py =
            std::clamp(y.map(std::max(values[i], y.log ? y.low : -1e300)), y.pixelHigh, y.pixelLow);
        d += fmt::format(" L{:.1f},{:.1f} L{:.1f},{:.1f}", x.map(edges[i]), py, x.map(edges[i + 1]), py);
    }
    d += fmt::format(" L{:.1f},{:.1f}", x.map(edges.back()), y.pixelLow);
    return closed ? d + " Z" : d;
}

std::string errorBars(const std::vector<double>& edges, const HistogramSeries& s, const Axis& x,
                      const Axis& y, const std::string& colour) {
    std::string svg;
    const std::string style = "stroke:" + colour;
    for (std::size_t i = 0; i < s.values.size() && i < s.errors.size(); ++i) {
        if (!(s.values[i] > 0))
            continue;
        const double px = x.map(0.5 * (edges[i] + edges[i + 1]));
        const double lo = std::clamp(y.map(std::max(s.values[i] - s.errors[i], y.log ? y.low : 0.0)),
                                     y.pixelHigh, y.pixelLow);
        const double hi = std::clamp(y.map(s.values[i] + s.errors[i]), y.pixelHigh, y.pixelLow);
        svg += line(px, lo, px, hi, style.c_str());
    }
    return svg;
}

std::string drawSeries(const HistogramPlot& plot, const Axis& x, const Axis& y) {
    std::string svg;
    for (std::size_t k = 0; k < plot.series.size(); ++k) {
        const auto& s = plot.series[k];
        const std::string colour = paletteColour(k);
        if (s.filled)
            svg += fmt::format(
                "<path d=\"{}\" style=\"fill:{};fill-opacity:0.25;stroke:{};stroke-width:1.5\"/>\n",
                stepPath(plot.edges, s.values, x, y, true), colour, colour);
        else
            svg += fmt::format("<path d=\"{}\" style=\"fill:none;stroke:{};stroke-width:2\"/>\n",
                               stepPath(plot.edges, s.values, x, y, false), colour);
        svg += errorBars(plot.edges, s, x, y, colour);
    }
    return svg;
}

std::string legend(const HistogramPlot& plot, double x, double y) {
    std::string svg;
    for (std::size_t k = 0; k < plot.series.size(); ++k, y += 18) {
        svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"18\" height=\"10\" "
                           "style=\"fill:{};fill-opacity:{}\"/>\n",
                           x, y - 9, paletteColour(k), plot.series[k].filled ? 0.4 : 1.0);
        svg += text(x + 24, y, plot.series[k].label, "start", 12);
    }
    for (const auto& note : plot.notes) {
        svg += text(x, y, note, "start", 11, "fill=\"#444\"");
        y += 15;
    }
    return svg;
}

// Each series divided by the first, in [0.5, 1.5].
std::string ratioPanel(const HistogramPlot& plot, const Axis& x, double top, double bottom) {
    const Axis y{0.5, 1.5, bottom, top, false};
    std::string svg =
        line(x.pixelLow, y.map(1.0), x.pixelHigh, y.map(1.0), "stroke:#888;stroke-dasharray:4,3");
    const auto& reference = plot.series.front().values;
    for (std::size_t k = 1; k < plot.series.size(); ++k) {
        std::vector<double> ratio(reference.size(), std::numeric_limits<double>::quiet_NaN());
        for (std::size_t i = 0; i < ratio.size() && i < plot.series[k].values.size(); ++i)
            if (reference[i] > 0)
                ratio[i] = plot.series[k].values[i] / reference[i];
        const std::string colour = paletteColour(k);
        for (std::size_t i = 0; i < ratio.size(); ++i)
            if (std::isfinite(ratio[i]))
                svg += line(x.map(plot.edges[i]), std::clamp(y.map(ratio[i]), top, bottom),
                            x.map(plot.edges[i + 1]), std::clamp(y.map(ratio[i]), top, bottom),
                            ("stroke-width:2;stroke:" + colour).c_str());
    }
    svg += xAxis(x, bottom, true) + yAxis(y, x.pixelLow);
    svg += text(x.pixelLow - 46, 0.5 * (top + bottom), "ratio", "middle", 12,
                fmt::format("transform=\"rotate(-90 {:.1f} {:.1f})\"", x.pixelLow - 46, 0.5 * (top + bottom))
                    .c_str());
    return svg;
}

std::string header(int width, int height) {
    return fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
        "width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" font-family=\"DejaVu Sans, sans-serif\">\n"
        "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n",
        width, height);
}

// Viridis, sampled at 9 points and interpolated linearly; t in [0, 1].
std::string viridis(double t) {
    static constexpr std::array<std::array<double, 3>, 9> kStops{{{68, 1, 84},
                                                                  {71, 44, 122},
                                                                  {59, 81, 139},
                                                                  {44, 113, 142},
                                                                  {33, 144, 141},
                                                                  {39, 173, 129},
                                                                  {92, 200, 99},
                                                                  {170, 220, 50},
                                                                  {253, 231, 37}}};
    t = std::clamp(t, 0.0, 1.0) * 8.0;
    const auto i = std::min<std::size_t>(7, static_cast<std::size_t>(t));
    const double f = t - static_cast<double>(i);
    std::array<int, 3> rgb{};
    for (std::size_t c = 0; c < 3; ++c)
        rgb[c] = static_cast<int>(std::lround(kStops[i][c] + f * (kStops[i + 1][c] - kStops[i][c])));
    return fmt::format("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
}

// An annular sector between radii r0 < r1 [px] and angles a0 < a1 [rad] around (cx, cy).
std::string sector(double cx, double cy, double r0, double r1, double a0, double a1,
                   const std::string& colour) {
    const auto at = [&](double r, double a) {
        return fmt::format("{:.2f},{:.2f}", cx + r * std::cos(a), cy - r * std::sin(a));
    };
    const int large = (a1 - a0) > std::numbers::pi ? 1 : 0;
    if (a1 - a0 >= 2 * std::numbers::pi - 1e-9) { // a full ring: two half sectors
        const double mid = a0 + std::numbers::pi;
        return sector(cx, cy, r0, r1, a0, mid, colour) + sector(cx, cy, r0, r1, mid, a1, colour);
    }
    return fmt::format(
        "<path d=\"M{} A{:.2f},{:.2f} 0 {} 0 {} L{} A{:.2f},{:.2f} 0 {} 1 {} Z\" fill=\"{}\"/>\n", at(r1, a0),
        r1, r1, large, at(r1, a1), at(r0, a1), r0, r0, large, at(r0, a0), colour);
}

std::string colourBar(double x, double y, double width, double minimum, double maximum) {
    std::string svg;
    constexpr int kSteps = 64;
    for (int i = 0; i < kSteps; ++i)
        svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.2f}\" height=\"12\" fill=\"{}\"/>\n",
                           x + width * i / kSteps, y, width / kSteps + 0.5, viridis((i + 0.5) / kSteps));
    svg += text(x, y + 26, tickLabel(minimum) + " MeV", "start", 11);
    svg += text(x + width, y + 26, tickLabel(maximum) + " MeV", "end", 11);
    return svg;
}

} // namespace

std::string paletteColour(std::size_t index) {
    static constexpr std::array<const char*, 7> kPalette{"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                                         "#E69F00", "#56B4E9", "#000000"};
    return kPalette[index % kPalette.size()];
}

std::string renderHistogramPlot(const HistogramPlot& plot, int width, int height) {
    if (plot.edges.size() < 2 || plot.series.empty())
        return header(width, height) + "</svg>\n";
    const double left = 72, right = width - 16.0, top = 40;
    const bool ratio = plot.ratioPanel && plot.series.size() > 1;
    const double mainBottom = ratio ? height * 0.66 : height - 56.0;
    Axis x{plot.edges.front(), plot.edges.back(), left, right, plot.logX};
    if (plot.logX && !(x.low > 0))
        x.log = false;
    const Axis y = valueAxis(plot, top, mainBottom);
    std::string svg = header(width, height);
    svg += text(width / 2.0, 24, plot.title, "middle", 15, "font-weight=\"bold\"");
    svg += drawSeries(plot, x, y);
    svg += xAxis(x, mainBottom, !ratio) + yAxis(y, left);
    svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                       "style=\"fill:none;stroke:#000\"/>\n",
                       left, top, right - left, mainBottom - top);
    svg += text(
        left - 52, 0.5 * (top + mainBottom), plot.yTitle, "middle", 13,
        fmt::format("transform=\"rotate(-90 {:.1f} {:.1f})\"", left - 52, 0.5 * (top + mainBottom)).c_str());
    svg += legend(plot, left + 12, top + 18);
    if (ratio)
        svg += ratioPanel(plot, x, mainBottom + 14, height - 56.0);
    svg += text(0.5 * (left + right), height - 16.0, plot.xTitle, "middle", 13);
    return svg + "</svg>\n";
}

std::string renderLinePlot(const LinePlot& plot, int width, int height) {
    const double left = 72, right = width - 16.0, top = 40, bottom = height - 56.0;
    const Axis x{0.0, 1.0, left, right, false}, y{0.0, 1.0, bottom, top, false};
    std::string svg = header(width, height);
    svg += text(width / 2.0, 24, plot.title, "middle", 15, "font-weight=\"bold\"");
    if (plot.diagonal)
        svg += line(x.map(0), y.map(0), x.map(1), y.map(1), "stroke:#888;stroke-dasharray:4,3");
    for (std::size_t k = 0; k < plot.series.size(); ++k) {
        const auto& s = plot.series[k];
        std::string d;
        for (std::size_t i = 0; i < std::min(s.x.size(), s.y.size()); ++i)
            d += fmt::format("{}{:.1f},{:.1f}", i == 0 ? "M" : " L", x.map(s.x[i]), y.map(s.y[i]));
        svg += fmt::format("<path d=\"{}\" style=\"fill:none;stroke:{};stroke-width:2\"/>\n", d,
                           paletteColour(k + 1));
    }
    svg += xAxis(x, bottom, true) + yAxis(y, left);
    svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                       "style=\"fill:none;stroke:#000\"/>\n",
                       left, top, right - left, bottom - top);
    double ly = bottom - 18.0 * static_cast<double>(plot.series.size() + plot.notes.size());
    for (std::size_t k = 0; k < plot.series.size(); ++k, ly += 18) {
        svg += line(x.map(0.45), ly - 4, x.map(0.52), ly - 4,
                    ("stroke-width:3;stroke:" + paletteColour(k + 1)).c_str());
        svg += text(x.map(0.54), ly, plot.series[k].label, "start", 12);
    }
    for (const auto& note : plot.notes) {
        svg += text(x.map(0.45), ly, note, "start", 11, "fill=\"#444\"");
        ly += 15;
    }
    svg += text(0.5 * (left + right), height - 16.0, plot.xTitle, "middle", 13);
    svg +=
        text(left - 52, 0.5 * (top + bottom), plot.yTitle, "middle", 13,
             fmt::format("transform=\"rotate(-90 {:.1f} {:.1f})\"", left - 52, 0.5 * (top + bottom)).c_str());
    return svg + "</svg>\n";
}

std::string renderPolarLayers(const std::string& title, const std::vector<PolarLayer>& layers, double minimum,
                              bool logRadius, int columns) {
    constexpr double kCell = 150, kRadius = 62;
    columns = std::max(1, std::min(columns, static_cast<int>(std::max<std::size_t>(layers.size(), 1))));
    const int rows = static_cast<int>((layers.size() + columns - 1) / columns);
    const int width = static_cast<int>(columns * kCell), height = static_cast<int>(rows * kCell + 90);
    double maximum = minimum * 10, largestR = 1;
    for (const auto& layer : layers) {
        for (const double v : layer.values)
            maximum = std::max(maximum, v);
        largestR = std::max(largestR, layer.radialEdges.back());
    }
    const auto radius = [&](double r) {
        if (!logRadius)
            return kRadius * r / largestR;
        return r <= 0 ? 0.0 : kRadius * std::max(0.0, std::log1p(r)) / std::log1p(largestR);
    };
    const auto shade = [&](double v) {
        return v < minimum ? std::string("#f4f4f4")
                           : viridis(std::log10(v / minimum) / std::log10(maximum / minimum));
    };
    std::string svg = header(width, height);
    svg += text(width / 2.0, 22, title, "middle", 15, "font-weight=\"bold\"");
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const auto& layer = layers[l];
        const double cx = (static_cast<double>(l % columns) + 0.5) * kCell;
        const double cy = 40 + (static_cast<double>(l / columns) + 0.5) * kCell;
        const int radial = static_cast<int>(layer.radialEdges.size()) - 1;
        for (int a = 0; a < layer.angularBins; ++a)
            for (int r = 0; r < radial; ++r) {
                const double a0 = -std::numbers::pi + 2 * std::numbers::pi * a / layer.angularBins;
                const double a1 = a0 + 2 * std::numbers::pi / layer.angularBins;
                const auto index = static_cast<std::size_t>(a * radial + r);
                svg += sector(cx, cy, radius(layer.radialEdges[r]), radius(layer.radialEdges[r + 1]), a0, a1,
                              shade(index < layer.values.size() ? layer.values[index] : 0.0));
            }
        svg += text(cx, cy + kRadius + 14, layer.title, "middle", 11);
    }
    svg += colourBar(width * 0.2, height - 44.0, width * 0.6, minimum, maximum);
    return svg + "</svg>\n";
}

} // namespace lupa::svg
