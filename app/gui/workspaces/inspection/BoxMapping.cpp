// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "BoxMapping.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lupa::app {

std::optional<Homography> invertHomography(const Homography& h) {
    const double a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7], m = h[8];
    const double det = a * (e * m - f * k) - b * (d * m - f * g) + c * (d * k - e * g);
    if (!std::isfinite(det) || std::abs(det) < 1e-15)
        return std::nullopt;
    const double s = 1.0 / det;
    return Homography{(e * m - f * k) * s, (c * k - b * m) * s, (b * f - c * e) * s,
                      (f * g - d * m) * s, (a * m - c * g) * s, (c * d - a * f) * s,
                      (d * k - e * g) * s, (b * g - a * k) * s, (a * e - b * d) * s};
}

inspection::Box mapBox(const inspection::Box& box, const Homography& h, int width, int height) {
    double x1 = std::numeric_limits<double>::max();
    double y1 = x1;
    double x2 = std::numeric_limits<double>::lowest();
    double y2 = x2;
    for (const auto& [x, y] : {std::pair{box.x1, box.y1}, std::pair{box.x2, box.y1},
                               std::pair{box.x1, box.y2}, std::pair{box.x2, box.y2}}) {
        const double w = h[6] * x + h[7] * y + h[8];
        const double u = (h[0] * x + h[1] * y + h[2]) / w;
        const double v = (h[3] * x + h[4] * y + h[5]) / w;
        if (!std::isfinite(u) || !std::isfinite(v))
            return {std::clamp(box.x1, 0, std::max(width - 1, 0)),
                    std::clamp(box.y1, 0, std::max(height - 1, 0)),
                    std::clamp(box.x2, 0, std::max(width - 1, 0)),
                    std::clamp(box.y2, 0, std::max(height - 1, 0))};
        x1 = std::min(x1, u);
        y1 = std::min(y1, v);
        x2 = std::max(x2, u);
        y2 = std::max(y2, v);
    }
    const auto clampTo = [](double value, int limit) {
        return std::clamp(static_cast<int>(std::lround(value)), 0, std::max(limit - 1, 0));
    };
    return {clampTo(x1, width), clampTo(y1, height), clampTo(x2, width), clampTo(y2, height)};
}

} // namespace lupa::app
