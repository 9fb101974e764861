// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/tracking/BinnedRate.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>

namespace lupa::tracking {

BinnedRate BinnedRate::withEdges(std::vector<double> edges) {
    BinnedRate rate;
    const std::size_t bins = edges.size() < 2 ? 0 : edges.size() - 1;
    rate.edges = std::move(edges);
    rate.total.assign(bins, 0);
    rate.passed.assign(bins, 0);
    return rate;
}

void BinnedRate::fill(double x, bool pass) {
    if (bins() == 0 || !(x >= edges.front() && x < edges.back()))
        return;
    // The first edge above x closes x's bin.
    const auto above = std::upper_bound(edges.begin(), edges.end(), x);
    const auto bin = static_cast<std::size_t>(std::distance(edges.begin(), above)) - 1;
    ++total[bin];
    if (pass)
        ++passed[bin];
}

double BinnedRate::rate(std::size_t bin) const {
    return total[bin] == 0 ? 0.0 : static_cast<double>(passed[bin]) / static_cast<double>(total[bin]);
}

nlohmann::json toJson(const BinnedRate& rate) {
    auto rates = nlohmann::json::array();
    for (std::size_t bin = 0; bin < rate.bins(); ++bin)
        rates.push_back(rate.rate(bin));
    return {{"edges", rate.edges}, {"total", rate.total}, {"passed", rate.passed}, {"rate", rates}};
}

bool areValidEdges(const std::vector<double>& edges) {
    if (edges.size() < 2)
        return false;
    if (!std::all_of(edges.begin(), edges.end(), [](double edge) { return std::isfinite(edge); }))
        return false;
    return std::adjacent_find(edges.begin(), edges.end(), std::greater_equal<>()) == edges.end();
}

} // namespace lupa::tracking
