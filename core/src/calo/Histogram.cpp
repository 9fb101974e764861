// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/calo/Histogram.hpp>

#include <algorithm>
#include <cmath>
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

} // namespace lupa::calo
