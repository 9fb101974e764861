// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lupa::calo {

/// A sample of feature vectors (e.g. the high-level features of showers): `rows` samples of `columns`
/// features each, row-major, so feature c of sample r is values[r * columns + c].
struct FeatureMatrix {
    std::size_t rows = 0;
    std::size_t columns = 0;
    std::vector<double> values; ///< rows × columns values; must hold exactly that many
};

/// A distance with its statistical uncertainty, both in the unit of the distance.
struct DistanceEstimate {
    double value = 0;
    double uncertainty = 0;
};

/// Options of frechetPhysicsDistance; the defaults are those of jetnet.evaluation.fpd.
struct FpdOptions {
    std::size_t minSamples = 20000; ///< smallest sample size N evaluated (≥ 2, < maxSamples)
    std::size_t maxSamples = 50000; ///< largest sample size N evaluated
    int batches = 20;               ///< random draws averaged at each sample size (≥ 1)
    int points = 10;                ///< number of sample sizes, evenly spaced in 1/N (≥ 3)
    bool normalise = true;          ///< divide each feature by the real sample's max |value| first
    std::uint64_t seed = 42;        ///< seed of the std::mt19937_64 that draws the samples
};

/// The Fréchet physics distance (FPD) of R. Kansal et al., arXiv:2211.10295, as jetnet.evaluation.fpd
/// computes it: the Fréchet distance between Gaussians fitted to the two samples,
///     FD = ‖μ₁ − μ₂‖² + Tr(Σ₁ + Σ₂ − 2 (Σ₁Σ₂)^½),
/// (means μ, covariance matrices Σ with the unbiased 1/(N − 1) normalisation), extrapolated to
/// infinite sample size because its estimate at size N is biased upwards by O(1/N):
/// 1. When `normalise`, every feature (column) of both samples is divided by the largest |value| of
///    that feature in the real sample (features that are 0 throughout the real sample are left as they
///    are), so the distance is dimensionless; otherwise it is in the square of the features' unit.
/// 2. `points` sample sizes N_k = ⌊1 / x_k⌋ are taken with x_k evenly spaced from 1/Nmin to 1/Nmax.
///    With n = min(real.rows, generated.rows): Nmax = min(maxSamples, n) and Nmin = min(minSamples,
///    Nmax); when that leaves Nmin = Nmax (n ≤ minSamples) the range is kept at jetnet's ratio:
///    Nmin = max(2, ⌊Nmax · minSamples / maxSamples⌋), i.e. sizes from n/2.5 to n with the defaults.
///    (jetnet draws its sizes regardless of n, with replacement; here no size exceeds the rows there are.)
/// 3. At each size, `batches` times: N rows of the real and then N rows of the generated sample are
///    drawn uniformly with replacement, and FD is computed; FD(N) is the mean over the batches.
///    (Σ₁Σ₂)^½ enters through its trace, computed as Tr((Σ₁^½ Σ₂ Σ₁^½)^½) from symmetric
///    eigendecompositions, negative round-off eigenvalues set to 0.
/// 4. FD(N) = a + b/N is fitted by least squares with a ≥ 0 and b ≥ 0 (scipy's curve_fit with bounds
///    as jetnet calls it). The value is a (FD at N = ∞); the uncertainty is curve_fit's standard error
///    of a: √(s² [(AᵀA)⁻¹]₀₀) with A the design matrix (1, 1/N_k) and s² = Σ residual² / (points − 2).
///    So the value is never negative, and two finite samples of one distribution still give about the
///    FD between their empirical distributions, O(columns² / n), which the uncertainty does not cover.
/// Deterministic: the same inputs and seed give the same numbers. Costs about
/// points · batches · (Nmin…Nmax) · columns² operations.
/// @return a Usage error when the column counts differ, a matrix has no rows or columns, its values
/// do not number rows × columns, a value is not finite (naming the sample, row and column, counted from
/// 0), the options are out of range, or there are too few rows (fewer than 3) for two sample sizes
[[nodiscard]] Result<DistanceEstimate> frechetPhysicsDistance(const FeatureMatrix& real,
                                                              const FeatureMatrix& generated,
                                                              const FpdOptions& options = {});

/// Options of kernelPhysicsDistance; the defaults are those of jetnet.evaluation.kpd.
struct KpdOptions {
    std::size_t batchSize = 5000; ///< rows drawn from each sample per batch (≥ 2)
    int batches = 10;             ///< number of batches (≥ 1)
    bool normalise = true;        ///< divide each feature by the real sample's max |value| first
    std::uint64_t seed = 42;      ///< batch i draws with a std::mt19937_64 seeded with seed + 1000 i
    int kernelDegree = 4;         ///< degree p of the polynomial kernel; jetnet's KPD uses 4 (KID: 3)
};

/// The kernel physics distance (KPD) of R. Kansal et al., arXiv:2211.10295, as jetnet.evaluation.kpd
/// computes it: the unbiased (quadratic-time) estimate of the squared maximum mean discrepancy with the
/// polynomial kernel k(x, y) = (x·y / d + 1)^p (d = number of features, p = kernelDegree, 4 in jetnet),
///     MMD² = Σ_{i≠j} k(xᵢ, xⱼ) / (m(m−1)) + Σ_{i≠j} k(yᵢ, yⱼ) / (m(m−1)) − 2 Σ_{i,j} k(xᵢ, yⱼ) / m²,
/// over `batches` batches of m = batchSize rows drawn uniformly with replacement from the real (x) and
/// then the generated (y) sample. Batch i uses its own generator seeded with seed + 1000·i (as jetnet).
/// m is clamped to min(real.rows, generated.rows) so that no batch is larger than a sample.
/// Normalisation as in frechetPhysicsDistance. The value is the median of the batch estimates (the
/// mean of the middle two for an even count); the uncertainty is half the spread between their
/// 16.275th and 83.725th percentiles (linear interpolation between order statistics, as numpy's
/// percentile), jetnet's robust ±1σ. MMD² can come out slightly negative for equal distributions.
/// Dimensionless when normalised. Costs about 3 · batches · m² · d operations.
/// @return a Usage error for the same bad inputs as frechetPhysicsDistance, options out of range, or
/// fewer than 2 rows in a sample
[[nodiscard]] Result<DistanceEstimate> kernelPhysicsDistance(const FeatureMatrix& real,
                                                             const FeatureMatrix& generated,
                                                             const KpdOptions& options = {});

} // namespace lupa::calo
