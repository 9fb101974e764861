// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <vector>

namespace lupa::tracking {

/// A rate (an efficiency, a fake rate) in bins of one variable, kept as two histograms of counts on the
/// same edges: everything that was counted (`total`) and what passed (`passed`, a subset of it). The counts
/// allow binomial error bars when the rate is plotted.
struct BinnedRate {
    std::vector<double>
        edges; ///< bin edges, ascending; bin i is [edges[i], edges[i + 1]), in the variable's unit
    std::vector<std::size_t> total;  ///< entries per bin (edges.size() - 1 bins)
    std::vector<std::size_t> passed; ///< entries per bin that passed

    /// Empty histograms on `edges` (at least two, strictly ascending: the caller checks).
    [[nodiscard]] static BinnedRate withEdges(std::vector<double> edges);

    /// Counts one entry at `x`; values outside [edges.front(), edges.back()) and NaN are not counted.
    void fill(double x, bool pass);
    /// passed / total of bin `bin`, 0 for an empty bin.
    [[nodiscard]] double rate(std::size_t bin) const;
    /// Number of bins.
    [[nodiscard]] std::size_t bins() const { return total.size(); }
};

/// {"edges": [...], "total": [...], "passed": [...], "rate": [...]}.
[[nodiscard]] nlohmann::json toJson(const BinnedRate& rate);

/// True when `edges` can be a BinnedRate's: at least two, finite, strictly ascending.
[[nodiscard]] bool areValidEdges(const std::vector<double>& edges);

} // namespace lupa::tracking
