// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/calo/Histogram.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>

namespace lupa::calo {

std::vector<double> linearEdges(double low, double high, int count) {
    std::vector<double> edges(static_cast<std::size_t>(std::max(count, 2)));
    const double step = (high - low) / static_cast<double>(edges.size() - 1);
    for (std::size_t i = 0; i < edges.size(); ++i)
        edges[i] = low + step * static_cast<double>(i);
    edges.back() = high;
    return edges;
}

std::vector<double> logEdges(double low, double high, int count) {
    auto exponents = linearEdges(std::log10(low), std::log10(high), count);
    for (double& e : exponents)
        e = std::pow(10.0, e);
    return exponents;
}

Histogram::Histogram(std::vector<double> binEdges)
    : edges(std::move(binEdges))
    , counts(edges.size() > 1 ? edges.size() - 1 : 0, 0.0) {}

void Histogram::fill(double value, double weight) {
    if (counts.empty() || !(value >= edges.front() && value <= edges.back())) {
        outside += weight;
        return;
    }
    // The bin whose left edge is the last edge <= value; the last edge itself belongs to the last bin.
    auto bin = static_cast<std::size_t>(std::upper_bound(edges.begin(), edges.end(), value) - edges.begin());
    bin = std::min(bin, counts.size()) - 1;
    counts[bin] += weight;
}

void Histogram::fill(std::span<const double> values) {
    for (const double v : values)
        fill(v);
}

void Histogram::fill(std::span<const float> values) {
    for (const float v : values)
        fill(static_cast<double>(v));
}

void Histogram::add(const Histogram& other) {
    for (std::size_t i = 0; i < std::min(counts.size(), other.counts.size()); ++i)
        counts[i] += other.counts[i];
    outside += other.outside;
}

double Histogram::inRange() const {
    return std::accumulate(counts.begin(), counts.end(), 0.0);
}

std::vector<double> Histogram::density() const {
    const double total = inRange();
    std::vector<double> result(counts.size(), 0.0);
    if (total > 0)
        for (std::size_t i = 0; i < counts.size(); ++i)
            result[i] = counts[i] / (total * (edges[i + 1] - edges[i]));
    return result;
}

std::vector<double> Histogram::densityError() const {
    const double total = inRange();
    std::vector<double> result(counts.size(), 0.0);
    if (total > 0)
        for (std::size_t i = 0; i < counts.size(); ++i)
            result[i] = std::sqrt(std::max(counts[i], 0.0)) / (total * (edges[i + 1] - edges[i]));
    return result;
}

namespace {

constexpr int kDropBits = 13; // float bits below the cell index: 10 mantissa bits stay
constexpr std::uint32_t kCells = 1U << (32 - kDropBits);
constexpr std::int16_t kOutside = -1;
constexpr std::int16_t kSlow = -2;

float floatFromBits(std::uint32_t bits) {
    return std::bit_cast<float>(bits);
}

} // namespace

FloatBinner::FloatBinner(std::vector<double> edges)
    : m_edges(std::move(edges))
    , m_cells(kCells, kSlow) {
    if (m_edges.size() < 2 ||
        m_edges.size() > static_cast<std::size_t>(std::numeric_limits<std::int16_t>::max()))
        return;                                               // everything goes the slow way
    for (std::uint32_t cell = 0; cell < kCells / 2; ++cell) { // non-negative floats only
        const float low = floatFromBits(cell << kDropBits);
        const float high = floatFromBits(((cell + 1) << kDropBits) - 1); // the cell's largest value
        if (std::isnan(low) || std::isnan(high))
            continue; // NaN payloads: slow path drops them
        const int first = slowBin(low), last = slowBin(high);
        const auto edgesInside = std::upper_bound(m_edges.begin(), m_edges.end(), static_cast<double>(high)) -
                                 std::upper_bound(m_edges.begin(), m_edges.end(), static_cast<double>(low));
        if (edgesInside == 0 && first == last)
            m_cells[cell] = static_cast<std::int16_t>(first);
        else if (edgesInside == 1 && first >= 0 && last == first + 1)
            m_cells[cell] = static_cast<std::int16_t>(first); // one edge inside: compare with it
    }
}

int FloatBinner::slowBin(double value) const {
    if (!(value >= m_edges.front() && value <= m_edges.back()))
        return kOutside;
    const auto upper = std::upper_bound(m_edges.begin(), m_edges.end(), value) - m_edges.begin();
    return static_cast<int>(std::min<std::ptrdiff_t>(upper, static_cast<std::ptrdiff_t>(m_edges.size()) - 1) -
                            1);
}

void FloatBinner::fill(std::span<const float> values, Histogram& histogram) const {
    const auto lastBin = static_cast<int>(m_edges.size()) - 2;
    for (const float value : values) {
        int bin = m_cells[std::bit_cast<std::uint32_t>(value) >> kDropBits];
        if (bin == kSlow)
            bin = slowBin(value);
        else if (bin >= 0 && bin < lastBin && value >= m_edges[static_cast<std::size_t>(bin) + 1])
            ++bin;
        if (bin < 0)
            histogram.outside += 1;
        else
            histogram.counts[static_cast<std::size_t>(bin)] += 1;
    }
}

} // namespace lupa::calo
