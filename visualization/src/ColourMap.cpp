// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/visualization/ColourMap.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace lupa::visualization {
namespace {

// Matplotlib's viridis sampled at nine evenly spaced points; linear interpolation in between.
constexpr std::array<Rgb, 9> kViridis{{{0.267004, 0.004874, 0.329415},
                                       {0.282623, 0.140926, 0.457517},
                                       {0.229739, 0.322361, 0.545706},
                                       {0.172719, 0.448791, 0.557885},
                                       {0.127568, 0.566949, 0.550556},
                                       {0.157851, 0.683765, 0.501686},
                                       {0.369214, 0.788888, 0.382914},
                                       {0.678489, 0.863742, 0.189503},
                                       {0.993248, 0.906157, 0.143936}}};

Rgb viridis(double t) {
    const double position = t * (kViridis.size() - 1);
    const auto index = std::min<std::size_t>(static_cast<std::size_t>(position), kViridis.size() - 2);
    const double w = position - static_cast<double>(index);
    const Rgb& a = kViridis[index];
    const Rgb& b = kViridis[index + 1];
    return {a.r + w * (b.r - a.r), a.g + w * (b.g - a.g), a.b + w * (b.b - a.b)};
}

// Hue from blue (2/3) down to red (0) at full saturation and value.
Rgb rainbow(double t) {
    const double hue = (1.0 - t) * 4.0; // in sixths of the circle: 4 = blue, 0 = red
    const double x = 1.0 - std::fabs(std::fmod(hue, 2.0) - 1.0);
    if (hue < 1.0)
        return {1.0, x, 0.0};
    if (hue < 2.0)
        return {x, 1.0, 0.0};
    if (hue < 3.0)
        return {0.0, 1.0, x};
    return {0.0, x, 1.0};
}

} // namespace

Rgb colourAt(ColourMap map, double t) {
    t = std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 0.0;
    switch (map) {
    case ColourMap::Viridis:
        return viridis(t);
    case ColourMap::Rainbow:
        return rainbow(t);
    case ColourMap::Greys:
        return {t, t, t};
    }
    return viridis(t);
}

const char* toString(ColourMap map) {
    switch (map) {
    case ColourMap::Viridis:
        return "viridis";
    case ColourMap::Rainbow:
        return "rainbow";
    case ColourMap::Greys:
        return "greys";
    }
    return "viridis";
}

} // namespace lupa::visualization
