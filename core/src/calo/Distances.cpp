// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/calo/Distances.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

namespace lupa::calo {

namespace {

enum class Allow { Finite, Infinite };

// A sorted copy of a sample, or a Usage error naming the sample and the offending value.
Result<std::vector<double>> sortedSample(std::span<const double> values, std::string_view name, Allow allow) {
    if (values.empty())
        return Error::usage(fmt::format("sample {} is empty", name));
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            return Error::usage(fmt::format("sample {} holds NaN at index {}", name, i));
        if (allow == Allow::Finite && std::isinf(values[i]))
            return Error::usage(fmt::format("sample {} holds an infinite value at index {}", name, i));
    }
    std::vector<double> sorted(values.begin(), values.end());
    if (!std::is_sorted(sorted.begin(), sorted.end())) // callers comparing many samples sort once
        std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace

Result<double> wasserstein1(std::span<const double> a, std::span<const double> b) {
    auto sortedA = sortedSample(a, "a", Allow::Finite);
    if (!sortedA.ok())
        return std::move(sortedA).error();
    auto sortedB = sortedSample(b, "b", Allow::Finite);
    if (!sortedB.ok())
        return std::move(sortedB).error();
    const std::vector<double>& u = *sortedA;
    const std::vector<double>& v = *sortedB;
    std::vector<double> all;
    all.reserve(u.size() + v.size());
    std::merge(u.begin(), u.end(), v.begin(), v.end(), std::back_inserter(all));

    // Between consecutive merged values x_k < x_{k+1} both distribution functions are constant: the
    // integral is Σ |F_a(x_k) − F_b(x_k)| (x_{k+1} − x_k).
    const auto nu = static_cast<double>(u.size());
    const auto nv = static_cast<double>(v.size());
    std::size_t iu = 0;
    std::size_t iv = 0;
    double sum = 0;
    for (std::size_t k = 0; k + 1 < all.size(); ++k) {
        const double x = all[k];
        while (iu < u.size() && u[iu] <= x)
            ++iu;
        while (iv < v.size() && v[iv] <= x)
            ++iv;
        sum += std::abs(static_cast<double>(iu) / nu - static_cast<double>(iv) / nv) * (all[k + 1] - x);
    }
    return sum;
}

Result<double> kolmogorovSmirnov(std::span<const double> a, std::span<const double> b) {
    auto sortedA = sortedSample(a, "a", Allow::Infinite);
    if (!sortedA.ok())
        return std::move(sortedA).error();
    auto sortedB = sortedSample(b, "b", Allow::Infinite);
    if (!sortedB.ok())
        return std::move(sortedB).error();
    const std::vector<double>& u = *sortedA;
    const std::vector<double>& v = *sortedB;

    // The supremum is reached at a value of one of the samples: walk the distinct values in order,
    // each time taking every value ≤ x of both samples.
    const auto nu = static_cast<double>(u.size());
    const auto nv = static_cast<double>(v.size());
    std::size_t iu = 0;
    std::size_t iv = 0;
    double statistic = 0;
    while (iu < u.size() || iv < v.size()) {
        const double x = iu == u.size() ? v[iv] : iv == v.size() ? u[iu] : std::min(u[iu], v[iv]);
        while (iu < u.size() && u[iu] <= x)
            ++iu;
        while (iv < v.size() && v[iv] <= x)
            ++iv;
        statistic =
            std::max(statistic, std::abs(static_cast<double>(iu) / nu - static_cast<double>(iv) / nv));
    }
    return statistic;
}

Result<Chi2Result> chi2Histograms(std::span<const double> counts1, std::span<const double> counts2) {
    if (counts1.size() != counts2.size())
        return Error::usage(
            fmt::format("histograms of {} and {} bins cannot be compared", counts1.size(), counts2.size()));
    double total1 = 0;
    double total2 = 0;
    for (std::size_t i = 0; i < counts1.size(); ++i) {
        if (!std::isfinite(counts1[i]) || !std::isfinite(counts2[i]))
            return Error::usage(fmt::format("histogram bin {} holds a count that is not finite", i));
        if (counts1[i] < 0 || counts2[i] < 0)
            return Error::usage(fmt::format("histogram bin {} holds a negative count", i));
        total1 += counts1[i];
        total2 += counts2[i];
    }
    if (!(total1 > 0) || !(total2 > 0))
        return Error::usage("a histogram without entries cannot be compared by a chi-square test");

    double sum = 0;
    int bins = 0;
    for (std::size_t i = 0; i < counts1.size(); ++i) {
        const double both = counts1[i] + counts2[i];
        if (!(both > 0))
            continue;
        const double difference = total2 * counts1[i] - total1 * counts2[i];
        sum += difference * difference / both;
        ++bins;
    }
    Chi2Result result;
    result.chi2 = sum / (total1 * total2);
    result.ndf = bins - 1;
    result.chi2PerNdf = result.ndf > 0 ? result.chi2 / result.ndf : 0.0;
    return result;
}

} // namespace lupa::calo
