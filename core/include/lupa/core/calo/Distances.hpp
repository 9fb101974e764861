// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <span>

namespace lupa::calo {

/// The 1-D Wasserstein-1 (earth mover's) distance between the empirical distributions of two
/// unweighted samples, ∫ |F_a(x) − F_b(x)| dx, where F_a(x) is the fraction of values of a that are
/// ≤ x. This is what scipy.stats.wasserstein_distance(a, b) returns. In the unit of the values; 0 for
/// equal samples, the shift s for a sample and the same sample shifted by s. The samples may differ in
/// size; they are copied and sorted (sorted input is only checked), the inputs are not changed.
/// O((n + m) log(n + m)).
/// @return a Usage error when a sample is empty or holds a value that is not finite (NaN or ±∞, for
/// which the integral is not defined)
[[nodiscard]] Result<double> wasserstein1(std::span<const double> a, std::span<const double> b);

/// The two-sample Kolmogorov–Smirnov statistic sup_x |F_a(x) − F_b(x)| between the empirical
/// distribution functions (F_a(x) = fraction of values of a that are ≤ x), as the statistic of
/// scipy.stats.ks_2samp(a, b). Dimensionless, in [0, 1]: 0 for samples with the same empirical
/// distribution, 1 for samples whose ranges do not overlap. Infinite values are allowed (they sort
/// first or last). The samples are copied and sorted.
/// @return a Usage error when a sample is empty or holds NaN
[[nodiscard]] Result<double> kolmogorovSmirnov(std::span<const double> a, std::span<const double> b);

/// The outcome of chi2Histograms.
struct Chi2Result {
    double chi2 = 0;       ///< the χ² statistic (dimensionless)
    int ndf = 0;           ///< degrees of freedom: bins with entries in either histogram, minus 1
    double chi2PerNdf = 0; ///< chi2 / ndf; 0 when ndf is 0 (all entries in a single bin, where chi2 is 0)
};

/// The χ² homogeneity test of two unweighted histograms over the same bins whose totals may differ, as
/// ROOT's TH1::Chi2Test with option "UU" computes it (N. Gagunashvili, NIM A 614 (2010) 287): with
/// bin contents n1ᵢ, n2ᵢ and totals N1 = Σ n1ᵢ, N2 = Σ n2ᵢ,
///     χ² = Σ (N2·n1ᵢ − N1·n2ᵢ)² / (N1·N2·(n1ᵢ + n2ᵢ)),
/// summed over the bins with n1ᵢ + n2ᵢ > 0; ndf = (number of those bins) − 1. Bins empty in both
/// histograms count for nothing. Counts need not be integers (but are taken as event counts, not as
/// weighted sums: no errors per bin enter).
/// @return a Usage error when the sizes differ, a histogram has no entries (total not > 0), or a count
/// is negative or not finite
[[nodiscard]] Result<Chi2Result> chi2Histograms(std::span<const double> counts1,
                                                std::span<const double> counts2);

} // namespace lupa::calo
