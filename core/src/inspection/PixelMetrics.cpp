// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/inspection/PixelMetrics.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

// anomaly::weightedAuc computes the same statistic, but over doubles: copying 10^7 float scores into
// doubles would double the memory, so the merge is done here on floats.
namespace lupa::inspection {

double pixelAuroc(std::span<const float> scores, std::span<const std::uint8_t> isDefect) {
    if (scores.size() != isDefect.size())
        return std::numeric_limits<double>::quiet_NaN();
    std::vector<float> good;
    std::vector<float> defect;
    const auto defects = static_cast<std::size_t>(
        std::count_if(isDefect.begin(), isDefect.end(), [](std::uint8_t v) { return v != 0; }));
    defect.reserve(defects);
    good.reserve(scores.size() - defects);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const float score = std::isnan(scores[i]) ? -std::numeric_limits<float>::infinity() : scores[i];
        (isDefect[i] != 0 ? defect : good).push_back(score);
    }
    if (good.empty() || defect.empty())
        return 0.5;
    std::sort(good.begin(), good.end());
    std::sort(defect.begin(), defect.end());
    // Twice the number of (defect, good) pairs ordered right, counting ties once: exact in 64 bits.
    std::uint64_t twicePairs = 0;
    std::size_t below = 0; // good pixels strictly below the current defect score
    for (std::size_t d = 0; d < defect.size();) {
        const float value = defect[d];
        while (below < good.size() && good[below] < value)
            ++below;
        std::size_t tiedEnd = below;
        while (tiedEnd < good.size() && good[tiedEnd] == value)
            ++tiedEnd;
        std::size_t count = 0;
        for (; d < defect.size() && defect[d] == value; ++d)
            ++count;
        twicePairs += count * (2 * below + (tiedEnd - below));
    }
    return static_cast<double>(twicePairs) /
           (2.0 * static_cast<double>(good.size()) * static_cast<double>(defect.size()));
}

} // namespace lupa::inspection
