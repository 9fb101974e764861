// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/tracking/LayerIndex.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <utility>

namespace lupa::tracking {

int LayerIndex::binOf(double phi) const {
    const int bin = static_cast<int>(std::floor((phi + std::numbers::pi) / m_binWidth));
    return std::clamp(bin, 0, m_phiBins - 1);
}

LayerIndex::LayerIndex(std::span<const trackml::Hit> hits, int phiBins)
    : m_phiBins(std::max(1, phiBins))
    , m_binWidth(2 * std::numbers::pi / m_phiBins) {
    std::map<std::pair<int, int>, std::uint32_t> ids;
    for (const auto& hit : hits)
        ids.emplace(std::make_pair(hit.volume, hit.layer), 0);
    std::uint32_t next = 0;
    for (auto& [key, id] : ids) {
        id = next++;
        RecoLayer layer;
        layer.volume = key.first;
        layer.layer = key.second;
        m_layers.push_back(std::move(layer));
    }
    m_hits.reserve(hits.size());
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const auto& h = hits[i];
        RecoHit hit;
        hit.x = h.x;
        hit.y = h.y;
        hit.z = h.z;
        hit.r = std::hypot(h.x, h.y);
        hit.phi = std::atan2(h.y, h.x);
        hit.layer = ids[{h.volume, h.layer}];
        hit.source = static_cast<std::uint32_t>(i);
        hit.module = h.module;
        m_hits.push_back(hit);
    }
    std::stable_sort(m_hits.begin(), m_hits.end(), [](const RecoHit& a, const RecoHit& b) {
        return a.layer != b.layer ? a.layer < b.layer : a.phi < b.phi;
    });
    std::size_t begin = 0;
    for (std::uint32_t id = 0; id < m_layers.size(); ++id) {
        RecoLayer& layer = m_layers[id];
        std::size_t end = begin;
        double sr = 0, srr = 0, sz = 0, szz = 0;
        double zLow = std::numeric_limits<double>::max(), zHigh = -zLow;
        double rLow = zLow, rHigh = -zLow;
        while (end < m_hits.size() && m_hits[end].layer == id) {
            const auto& h = m_hits[end++];
            sr += h.r;
            srr += h.r * h.r;
            sz += h.z;
            szz += h.z * h.z;
            zLow = std::min(zLow, h.z);
            zHigh = std::max(zHigh, h.z);
            rLow = std::min(rLow, h.r);
            rHigh = std::max(rHigh, h.r);
        }
        const double n = static_cast<double>(end - begin);
        const double varR = srr / n - (sr / n) * (sr / n);
        const double varZ = szz / n - (sz / n) * (sz / n);
        layer.barrel = varZ >= varR;
        layer.position = layer.barrel ? sr / n : sz / n;
        layer.extentLow = layer.barrel ? zLow : rLow;
        layer.extentHigh = layer.barrel ? zHigh : rHigh;
        layer.rMax = rHigh;
        layer.first = begin;
        layer.count = end - begin;
        layer.binStart.assign(static_cast<std::size_t>(m_phiBins) + 1, 0);
        for (std::size_t i = begin; i < end; ++i)
            ++layer.binStart[static_cast<std::size_t>(binOf(m_hits[i].phi)) + 1];
        for (int b = 0; b < m_phiBins; ++b)
            layer.binStart[b + 1] += layer.binStart[b];
        begin = end;
    }
}

} // namespace lupa::tracking
