// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Parallel.hpp>
#include <lupa/core/calo/FrechetKernel.hpp>

#include <fmt/format.h>

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string_view>

namespace lupa::calo {

namespace {

using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;

Result<void> checkMatrix(const FeatureMatrix& matrix, std::string_view name) {
    if (matrix.rows == 0 || matrix.columns == 0)
        return Error::usage(fmt::format("the {} features have {} rows and {} columns; both must be positive",
                                        name, matrix.rows, matrix.columns));
    if (matrix.values.size() / matrix.columns != matrix.rows || matrix.values.size() % matrix.columns != 0)
        return Error::usage(fmt::format("the {} features hold {} values, not {} rows x {} columns", name,
                                        matrix.values.size(), matrix.rows, matrix.columns));
    for (std::size_t i = 0; i < matrix.values.size(); ++i)
        if (!std::isfinite(matrix.values[i]))
            return Error::usage(fmt::format("the {} features hold a value that is not finite ({}) in row {}, "
                                            "column {} (counted from 0)",
                                            name, matrix.values[i], i / matrix.columns, i % matrix.columns));
    return success();
}

Result<void> checkPair(const FeatureMatrix& real, const FeatureMatrix& generated) {
    LUPA_TRY(checkMatrix(real, "real"));
    LUPA_TRY(checkMatrix(generated, "generated"));
    if (real.columns != generated.columns)
        return Error::usage(fmt::format("the real features have {} columns and the generated ones {}",
                                        real.columns, generated.columns));
    return success();
}

// What each feature (column) is divided by: the largest |value| of that feature in the real sample (1
// where that is 0, so that all-zero features stay 0), as jetnet's _normalise_features; all 1 when not
// normalising.
std::vector<double> divisors(const FeatureMatrix& real, bool normalise) {
    std::vector<double> maxima(real.columns, normalise ? 0.0 : 1.0);
    if (!normalise)
        return maxima;
    for (std::size_t i = 0; i < real.values.size(); ++i)
        maxima[i % real.columns] = std::max(maxima[i % real.columns], std::abs(real.values[i]));
    for (double& maximum : maxima)
        if (maximum == 0)
            maximum = 1;
    return maxima;
}

// A uniform index in [0, n), n > 0, by rejection from the engine's full 64-bit range: unlike
// std::uniform_int_distribution its numbers are the same with every standard library.
std::size_t drawIndex(std::mt19937_64& engine, std::size_t n) {
    const auto range = static_cast<std::uint64_t>(n);
    const std::uint64_t threshold = (0 - range) % range; // 2⁶⁴ mod n: below it x % n would be biased
    for (;;) {
        const std::uint64_t x = engine();
        if (x >= threshold)
            return static_cast<std::size_t>(x % range);
    }
}

// `count` row indices drawn uniformly with replacement.
std::vector<std::size_t> drawIndices(std::size_t rows, std::size_t count, std::mt19937_64& engine) {
    std::vector<std::size_t> indices(count);
    for (auto& index : indices)
        index = drawIndex(engine, rows);
    return indices;
}

// The rows of a feature matrix at `indices`, each column divided by its divisor.
Matrix gatherRows(const FeatureMatrix& matrix, const std::vector<double>& divisor,
                  const std::vector<std::size_t>& indices) {
    const std::size_t columns = matrix.columns;
    Matrix sample(static_cast<Eigen::Index>(indices.size()), static_cast<Eigen::Index>(columns));
    for (std::size_t r = 0; r < indices.size(); ++r) {
        const double* row = matrix.values.data() + indices[r] * columns;
        for (std::size_t c = 0; c < columns; ++c)
            sample(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = row[c] / divisor[c];
    }
    return sample;
}

// `count` rows drawn uniformly with replacement from a feature matrix, each column divided by its divisor.
Matrix drawRows(const FeatureMatrix& matrix, const std::vector<double>& divisor, std::size_t count,
                std::mt19937_64& engine) {
    return gatherRows(matrix, divisor, drawIndices(matrix.rows, count, engine));
}

// Unbiased covariance of the rows, computing one triangle (a rank update) and mirroring it.
Matrix covariance(const Matrix& centred) {
    const Eigen::Index d = centred.cols();
    Matrix cov = Matrix::Zero(d, d);
    cov.selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose(),
                                                   1.0 / static_cast<double>(centred.rows() - 1));
    return cov.selfadjointView<Eigen::Lower>();
}

// ‖μ₁ − μ₂‖² + Tr Σ₁ + Tr Σ₂ − 2 Tr (Σ₁Σ₂)^½ of the Gaussians fitted to two samples (unbiased covariance).
// Tr (Σ₁Σ₂)^½ = Tr (Σ₁^½ Σ₂ Σ₁^½)^½: both matrices have the same eigenvalues, and the second is symmetric
// positive semi-definite, so symmetric eigensolvers suffice.
double frechetDistance(const Matrix& sample1, const Matrix& sample2) {
    const Vector mean1 = sample1.colwise().mean();
    const Vector mean2 = sample2.colwise().mean();
    const Matrix centred1 = sample1.rowwise() - mean1.transpose();
    const Matrix centred2 = sample2.rowwise() - mean2.transpose();
    const Matrix cov1 = covariance(centred1);
    const Matrix cov2 = covariance(centred2);

    const Eigen::SelfAdjointEigenSolver<Matrix> solver1(cov1);
    const Vector roots1 = solver1.eigenvalues().cwiseMax(0.0).cwiseSqrt();
    const Matrix sqrt1 = solver1.eigenvectors() * roots1.asDiagonal() * solver1.eigenvectors().transpose();
    Matrix product = sqrt1 * cov2 * sqrt1;
    product = 0.5 * (product + product.transpose()).eval();
    const Eigen::SelfAdjointEigenSolver<Matrix> solver2(product, Eigen::EigenvaluesOnly);
    const double traceRoot = solver2.eigenvalues().cwiseMax(0.0).cwiseSqrt().sum();

    return (mean1 - mean2).squaredNorm() + cov1.trace() + cov2.trace() - 2 * traceRoot;
}

struct LinearFit {
    double intercept = 0;
    double slope = 0;
    double interceptError = 0;
};

// Least squares y = a + b x with a ≥ 0, b ≥ 0, and the standard error of a as scipy's curve_fit gives it
// (absolute_sigma=False): √(s² [(AᵀA)⁻¹]₀₀), s² = SSR / (n − 2). The objective is convex: when the
// unconstrained minimum lies outside the quadrant, the constrained one lies on one of its edges, where
// it is the clamped one-parameter minimum.
Result<LinearFit> fitNonNegativeLine(const std::vector<double>& x, const std::vector<double>& y) {
    const auto n = static_cast<double>(x.size());
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (std::size_t k = 0; k < x.size(); ++k) {
        sx += x[k];
        sy += y[k];
        sxx += x[k] * x[k];
        sxy += x[k] * y[k];
    }
    const double determinant = n * sxx - sx * sx;
    if (!(determinant > 0))
        return Error::usage("too few rows: the sample sizes for the extrapolation of the FPD coincide");
    const auto ssr = [&](double a, double b) {
        double sum = 0;
        for (std::size_t k = 0; k < x.size(); ++k) {
            const double residual = y[k] - a - b * x[k];
            sum += residual * residual;
        }
        return sum;
    };
    LinearFit fit;
    fit.slope = (n * sxy - sx * sy) / determinant;
    fit.intercept = (sy - fit.slope * sx) / n;
    if (fit.intercept < 0 || fit.slope < 0) {
        const double slopeAlone = std::max(0.0, sxy / sxx);  // a = 0
        const double interceptAlone = std::max(0.0, sy / n); // b = 0
        if (ssr(0.0, slopeAlone) <= ssr(interceptAlone, 0.0)) {
            fit.intercept = 0;
            fit.slope = slopeAlone;
        } else {
            fit.intercept = interceptAlone;
            fit.slope = 0;
        }
    }
    const double variance = ssr(fit.intercept, fit.slope) / (n - 2);
    fit.interceptError = std::sqrt(variance * sxx / determinant);
    return fit;
}

// p-th percentile (0…100) of sorted values, linearly interpolated between order statistics (numpy's
// default).
double percentile(const std::vector<double>& sorted, double p) {
    const double position = p / 100.0 * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    if (below + 1 >= sorted.size())
        return sorted.back();
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

double integerPower(double base, int exponent) {
    double result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= base;
    return result;
}

// Σ k(aᵢ, bⱼ) over all pairs, or over the pairs i ≠ j when `a` and `b` are the same sample (`same`),
// with k(x, y) = (x·y γ + 1)^degree. Computed in blocks of rows so that no m × m matrix is held.
double kernelSum(const Matrix& a, const Matrix& b, bool same, double gamma, int degree) {
    constexpr Eigen::Index block = 512;
    double total = 0;
    for (Eigen::Index i0 = 0; i0 < a.rows(); i0 += block) {
        const Eigen::Index ni = std::min(block, a.rows() - i0);
        for (Eigen::Index j0 = same ? i0 : 0; j0 < b.rows(); j0 += block) {
            const Eigen::Index nj = std::min(block, b.rows() - j0);
            const Matrix gram = a.middleRows(i0, ni) * b.middleRows(j0, nj).transpose();
            double sum = 0;
            for (Eigen::Index j = 0; j < nj; ++j)
                for (Eigen::Index i = 0; i < ni; ++i)
                    sum += integerPower(gram(i, j) * gamma + 1.0, degree);
            if (same && i0 == j0) {
                for (Eigen::Index i = 0; i < ni; ++i)
                    sum -= integerPower(gram(i, i) * gamma + 1.0, degree);
            } else if (same) {
                sum *= 2; // the mirrored block below the diagonal
            }
            total += sum;
        }
    }
    return total;
}

} // namespace

Result<DistanceEstimate> frechetPhysicsDistance(const FeatureMatrix& real, const FeatureMatrix& generated,
                                                const FpdOptions& options) {
    LUPA_TRY(checkPair(real, generated));
    if (options.minSamples < 2 || options.minSamples >= options.maxSamples)
        return Error::usage(fmt::format("FPD sample sizes from {} to {}: need 2 <= minimum < maximum",
                                        options.minSamples, options.maxSamples));
    if (options.batches < 1 || options.points < 3)
        return Error::usage(fmt::format("FPD needs at least 1 batch and 3 points, not {} and {}",
                                        options.batches, options.points));

    const std::size_t available = std::min(real.rows, generated.rows);
    const std::size_t largest = std::min(options.maxSamples, available);
    std::size_t smallest = std::min(options.minSamples, largest);
    if (smallest >= largest) // no more rows than minSamples: keep jetnet's ratio of the sizes
        smallest =
            std::max<std::size_t>(2, static_cast<std::size_t>(static_cast<double>(largest) *
                                                              static_cast<double>(options.minSamples) /
                                                              static_cast<double>(options.maxSamples)));
    if (smallest >= largest)
        return Error::usage(fmt::format("too few rows for the FPD: {} real and {} generated, need 3 of each",
                                        real.rows, generated.rows));

    // Sizes evenly spaced in 1/N, truncated to integers, as numpy's linspace and astype("int32").
    const double start = 1.0 / static_cast<double>(smallest);
    const double stop = 1.0 / static_cast<double>(largest);
    const double step = (stop - start) / (options.points - 1);
    std::vector<std::size_t> sizes(static_cast<std::size_t>(options.points));
    for (int k = 0; k < options.points; ++k) {
        const double inverse = k + 1 == options.points ? stop : start + k * step;
        sizes[static_cast<std::size_t>(k)] =
            std::clamp(static_cast<std::size_t>(1.0 / inverse), std::size_t{2}, largest);
    }

    const std::vector<double> divisor = divisors(real, options.normalise);
    std::mt19937_64 engine(options.seed);
    std::vector<double> inverseSizes;
    std::vector<double> means;
    for (const std::size_t size : sizes) {
        // The indices are drawn in order (the numbers do not depend on threads), the distances in parallel.
        std::vector<std::vector<std::size_t>> drawn;
        for (int batch = 0; batch < options.batches; ++batch) {
            drawn.push_back(drawIndices(real.rows, size, engine));
            drawn.push_back(drawIndices(generated.rows, size, engine));
        }
        std::vector<double> distances(static_cast<std::size_t>(options.batches));
        parallelFor(distances.size(), [&](std::size_t begin, std::size_t end) {
            for (std::size_t b = begin; b < end; ++b)
                distances[b] = frechetDistance(gatherRows(real, divisor, drawn[2 * b]),
                                               gatherRows(generated, divisor, drawn[2 * b + 1]));
        });
        inverseSizes.push_back(1.0 / static_cast<double>(size));
        means.push_back(std::accumulate(distances.begin(), distances.end(), 0.0) / options.batches);
    }
    auto fit = fitNonNegativeLine(inverseSizes, means);
    if (!fit.ok())
        return std::move(fit).error();
    return DistanceEstimate{fit->intercept, fit->interceptError};
}

Result<DistanceEstimate> kernelPhysicsDistance(const FeatureMatrix& real, const FeatureMatrix& generated,
                                               const KpdOptions& options) {
    LUPA_TRY(checkPair(real, generated));
    if (options.batchSize < 2 || options.batches < 1 || options.kernelDegree < 1)
        return Error::usage(
            fmt::format("KPD needs a batch size >= 2, at least 1 batch and a kernel degree >= 1, not "
                        "{}, {} and {}",
                        options.batchSize, options.batches, options.kernelDegree));
    const std::size_t size = std::min({options.batchSize, real.rows, generated.rows});
    if (size < 2)
        return Error::usage(fmt::format("too few rows for the KPD: {} real and {} generated, need 2 of each",
                                        real.rows, generated.rows));

    const std::vector<double> divisor = divisors(real, options.normalise);
    const double gamma = 1.0 / static_cast<double>(real.columns);
    const auto m = static_cast<double>(size);
    std::vector<double> estimates(static_cast<std::size_t>(options.batches));
    parallelFor(estimates.size(), [&](std::size_t begin, std::size_t end) { // each batch has its own engine
        for (std::size_t batch = begin; batch < end; ++batch) {
            std::mt19937_64 engine(options.seed + 1000 * static_cast<std::uint64_t>(batch));
            const Matrix x = drawRows(real, divisor, size, engine);
            const Matrix y = drawRows(generated, divisor, size, engine);
            const double xx = kernelSum(x, x, true, gamma, options.kernelDegree);
            const double yy = kernelSum(y, y, true, gamma, options.kernelDegree);
            const double xy = kernelSum(x, y, false, gamma, options.kernelDegree);
            estimates[batch] = xx / (m * (m - 1)) + yy / (m * (m - 1)) - 2 * xy / (m * m);
        }
    });
    std::sort(estimates.begin(), estimates.end());
    const std::size_t count = estimates.size();
    const double median =
        count % 2 == 1 ? estimates[count / 2] : 0.5 * (estimates[count / 2 - 1] + estimates[count / 2]);
    const double spread = percentile(estimates, 83.725) - percentile(estimates, 16.275);
    return DistanceEstimate{median, spread / 2};
}

} // namespace lupa::calo
