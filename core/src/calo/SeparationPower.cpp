// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/calo/SeparationPower.hpp>

#include <fmt/format.h>

#include <numeric>

namespace lupa::calo {

Result<double> separationPower(std::span<const double> counts1, std::span<const double> counts2) {
    if (counts1.size() != counts2.size())
        return Error::usage(
            fmt::format("histograms of {} and {} bins cannot be compared", counts1.size(), counts2.size()));
    const double total1 = std::accumulate(counts1.begin(), counts1.end(), 0.0);
    const double total2 = std::accumulate(counts2.begin(), counts2.end(), 0.0);
    if (!(total1 > 0) || !(total2 > 0))
        return Error::usage("a histogram without entries has no separation power");
    double sum = 0;
    for (std::size_t i = 0; i < counts1.size(); ++i) {
        if (counts1[i] < 0 || counts2[i] < 0)
            return Error::usage("histogram counts must not be negative");
        const double p1 = counts1[i] / total1;
        const double p2 = counts2[i] / total2;
        sum += (p1 - p2) * (p1 - p2) / (p1 + p2 + 1e-16);
    }
    return 0.5 * sum;
}

} // namespace lupa::calo
