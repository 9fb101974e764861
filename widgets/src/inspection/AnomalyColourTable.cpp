// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AnomalyColourTable.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace lupa::widgets {
namespace {

// Nine evenly spaced anchors of an inferno-like map, interpolated linearly in between.
constexpr std::array<std::array<int, 3>, 9> kAnchors{{{0, 0, 4},
                                                      {31, 12, 72},
                                                      {85, 15, 109},
                                                      {136, 34, 106},
                                                      {186, 54, 85},
                                                      {227, 89, 51},
                                                      {249, 140, 10},
                                                      {249, 201, 50},
                                                      {252, 255, 164}}};

} // namespace

QRgb anomalyColour(double t) {
    const double position = std::clamp(t, 0.0, 1.0) * static_cast<double>(kAnchors.size() - 1);
    const auto lower = std::min(static_cast<std::size_t>(position), kAnchors.size() - 2);
    const double fraction = position - static_cast<double>(lower);
    std::array<int, 3> rgb{};
    for (std::size_t c = 0; c < 3; ++c)
        rgb[c] = static_cast<int>(
            std::lround(kAnchors[lower][c] * (1.0 - fraction) + kAnchors[lower + 1][c] * fraction));
    return qRgb(rgb[0], rgb[1], rgb[2]);
}

QList<QRgb> anomalyColourTable(int firstVisible, double opacity) {
    const int alpha = static_cast<int>(std::lround(std::clamp(opacity, 0.0, 1.0) * 255.0));
    QList<QRgb> table(256, qRgba(0, 0, 0, 0));
    for (int i = std::max(firstVisible, 0); i < 256; ++i) {
        const QRgb colour = anomalyColour(i / 255.0);
        table[i] = qRgba(qRed(colour), qGreen(colour), qBlue(colour), alpha);
    }
    return table;
}

} // namespace lupa::widgets
