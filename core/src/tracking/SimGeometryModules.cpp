// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/tracking/SimGeometryModules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>

namespace lupa::tracking {
namespace {

constexpr double kCylinderMargin = 25; // [mm] a module plane may be met this far along z from the envelope
constexpr double kDiskMargin = 10;     // [mm] ... along r
constexpr double kPhiMargin = 10;      // [mm] ... across phi
constexpr double kMaxArc = 200;        // [mm] module crossings further from the envelope are not this layer's
constexpr double kSagittaMargin = 10;  // [mm] how far the helix may stray from its tangent near the envelope

Vec3 axis(const trackml::DetectorModule& m, int column) {
    return {m.rotation[static_cast<std::size_t>(column)], m.rotation[static_cast<std::size_t>(3 + column)],
            m.rotation[static_cast<std::size_t>(6 + column)]};
}

double dot(const Vec3& a, const Vec3& b) {
    return a.x * b.x + a.y * b.y + a.z * b.z;
}

Vec3 centreOf(const trackml::DetectorModule& m) {
    return {m.centre[0], m.centre[1], m.centre[2]};
}

Vec3 localToGlobal(const trackml::DetectorModule& m, double u, double v) {
    const Vec3 a = axis(m, 0);
    const Vec3 b = axis(m, 1);
    return {m.centre[0] + u * a.x + v * b.x, m.centre[1] + u * a.y + v * b.y,
            m.centre[2] + u * a.z + v * b.z};
}

bool isDisk(const trackml::DetectorModule& m) {
    return std::abs(m.rotation[8]) > 0.5; // the normal runs along the beam
}

/// Half width of a (trapezoidal) module at local v [mm].
double halfWidthAt(const trackml::DetectorModule& m, double v) {
    return m.halfLengthUMin +
           (m.halfLengthUMax - m.halfLengthUMin) * (v + m.halfLengthV) / (2 * m.halfLengthV);
}

// The outline of a module: corners and edge centres, in global coordinates.
std::vector<Vec3> outline(const trackml::DetectorModule& m) {
    const double hv = m.halfLengthV;
    return {localToGlobal(m, -m.halfLengthUMin, -hv),
            localToGlobal(m, m.halfLengthUMin, -hv),
            localToGlobal(m, -m.halfLengthUMax, hv),
            localToGlobal(m, m.halfLengthUMax, hv),
            localToGlobal(m, 0, -hv),
            localToGlobal(m, 0, hv)};
}

// The channel holding `local` in [0, width) and its centre; channels of `pitch` from 0, the last one cut.
int moduleChannelOf(double local, double pitch, double width, double& centre) {
    const int last = std::max(0, static_cast<int>(std::ceil(width / pitch)) - 1);
    const int channel = std::clamp(static_cast<int>(std::floor(local / pitch)), 0, last);
    const double low = channel * pitch;
    centre = 0.5 * (low + std::min(low + pitch, width));
    return channel;
}

// Digitises local (u, v) of module m: channels from -maxhu and -hv, the channel centre as measurement
// (pulled inside the trapezoid's slanted edge where a channel sticks out).
void digitizeLocal(const trackml::DetectorModule& m, double u, double v, ModuleHit& hit) {
    double cu = 0;
    double cv = 0;
    hit.channelU = moduleChannelOf(u + m.halfLengthUMax, m.pitchU, 2 * m.halfLengthUMax, cu);
    hit.channelV = moduleChannelOf(v + m.halfLengthV, m.pitchV, 2 * m.halfLengthV, cv);
    cu -= m.halfLengthUMax;
    cv -= m.halfLengthV;
    const double half = halfWidthAt(m, cv);
    hit.measured = localToGlobal(m, std::clamp(cu, -half, half), cv);
    hit.module = m.module;
}

double subdetectorX0(int volume) {
    if (volume >= 7 && volume <= 9)
        return 0.02;
    if (volume >= 16 && volume <= 18)
        return 0.03;
    return 0.025;
}

double median(std::vector<double> values) {
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2),
                     values.end());
    return values[values.size() / 2];
}

// The envelope of the modules `members` of one layer.
SimLayer envelope(const std::vector<trackml::DetectorModule>& modules,
                  const std::vector<std::uint32_t>& members) {
    const auto& first = modules[members.front()];
    SimLayer layer;
    layer.volume = first.volume;
    layer.layer = first.layer;
    layer.shape = isDisk(first) ? LayerShape::Disk : LayerShape::Cylinder;
    layer.xOverX0 = subdetectorX0(first.volume);
    layer.pitchU = first.pitchU;
    layer.pitchV = first.pitchV;
    layer.thickness = first.thickness;
    layer.ringPhiModules = {1};
    double sum = 0;
    layer.rMin = std::numeric_limits<double>::max();
    for (const auto index : members) {
        const auto& m = modules[index];
        sum += layer.shape == LayerShape::Disk ? m.centre[2] : std::hypot(m.centre[0], m.centre[1]);
        for (const auto& p : outline(m)) {
            layer.halfLength = std::max(layer.halfLength, std::abs(p.z));
            layer.rMin = std::min(layer.rMin, std::hypot(p.x, p.y));
            layer.rMax = std::max(layer.rMax, std::hypot(p.x, p.y));
        }
    }
    const double mean = sum / static_cast<double>(members.size());
    (layer.shape == LayerShape::Disk ? layer.z : layer.radius) = mean;
    return layer;
}

} // namespace

SimGeometryModules::SimGeometryModules(const trackml::Detectors& detectors,
                                       const std::vector<SimLayer>& layers)
    : m_modules(detectors.modules()) {
    std::map<std::pair<int, int>, std::uint32_t> layerIndex;
    for (std::uint32_t i = 0; i < layers.size(); ++i)
        layerIndex[{layers[i].volume, layers[i].layer}] = i;
    std::vector<std::vector<std::uint32_t>> members(layers.size());
    double area = 0;
    for (std::uint32_t i = 0; i < m_modules.size(); ++i) {
        const auto& m = m_modules[i];
        const auto layer = layerIndex.at({m.volume, m.layer});
        m_layerOf.push_back(layer);
        members[layer].push_back(i);
        area += (m.halfLengthUMin + m.halfLengthUMax) * 2 * m.halfLengthV;
        m_cumulativeArea.push_back(area);
    }
    m_grids.resize(layers.size());
    for (std::size_t i = 0; i < layers.size(); ++i)
        fillGrid(m_grids[i], layers[i], members[i]);
}

void SimGeometryModules::fillGrid(LayerGrid& grid, const SimLayer& layer,
                                  const std::vector<std::uint32_t>& members) {
    grid.cylinder = layer.shape == LayerShape::Cylinder;
    struct Extent {
        double phiLow, phiHigh, vLow, vHigh;
    };
    std::vector<Extent> extents;
    std::vector<double> lengths;
    std::vector<double> widths;
    const double vMargin = grid.cylinder ? kCylinderMargin : kDiskMargin;
    for (const auto index : members) {
        const auto& m = m_modules[index];
        const double phiCentre = std::atan2(m.centre[1], m.centre[0]);
        Extent e{0, 0, std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()};
        double rMin = std::numeric_limits<double>::max();
        for (const auto& p : outline(m)) {
            const double r = std::hypot(p.x, p.y);
            const double relative = std::remainder(std::atan2(p.y, p.x) - phiCentre, 2 * std::numbers::pi);
            e.phiLow = std::min(e.phiLow, relative);
            e.phiHigh = std::max(e.phiHigh, relative);
            e.vLow = std::min(e.vLow, grid.cylinder ? p.z : r);
            e.vHigh = std::max(e.vHigh, grid.cylinder ? p.z : r);
            rMin = std::min(rMin, r);
        }
        widths.push_back(e.phiHigh - e.phiLow);
        lengths.push_back(e.vHigh - e.vLow);
        const double phiMargin = kPhiMargin / std::max(rMin, 10.0);
        extents.push_back({phiCentre + e.phiLow - phiMargin, phiCentre + e.phiHigh + phiMargin,
                           e.vLow - vMargin, e.vHigh + vMargin});
    }
    double vLow = std::numeric_limits<double>::max();
    double vHigh = std::numeric_limits<double>::lowest();
    for (const auto& e : extents) {
        vLow = std::min(vLow, e.vLow);
        vHigh = std::max(vHigh, e.vHigh);
    }
    grid.vLow = vLow;
    grid.vStep = std::max(1.0, median(lengths));
    grid.vBins = std::clamp(static_cast<int>(std::ceil((vHigh - vLow) / grid.vStep)), 1, 4096);
    grid.phiBins = std::clamp(
        static_cast<int>(std::ceil(2 * std::numbers::pi / std::max(median(widths), 1e-3))), 1, 4096);
    grid.bins.assign(static_cast<std::size_t>(grid.phiBins * grid.vBins), {});
    const double dphi = 2 * std::numbers::pi / grid.phiBins;
    for (std::size_t k = 0; k < members.size(); ++k) {
        const auto& e = extents[k];
        const int iv0 =
            std::clamp(static_cast<int>(std::floor((e.vLow - vLow) / grid.vStep)), 0, grid.vBins - 1);
        const int iv1 =
            std::clamp(static_cast<int>(std::floor((e.vHigh - vLow) / grid.vStep)), 0, grid.vBins - 1);
        const int ip0 = static_cast<int>(std::floor((e.phiLow + std::numbers::pi) / dphi));
        const int ip1 = std::min(static_cast<int>(std::floor((e.phiHigh + std::numbers::pi) / dphi)),
                                 ip0 + grid.phiBins - 1);
        for (int iv = iv0; iv <= iv1; ++iv)
            for (int ip = ip0; ip <= ip1; ++ip) {
                const int wrapped = ((ip % grid.phiBins) + grid.phiBins) % grid.phiBins;
                grid.bins[static_cast<std::size_t>(iv * grid.phiBins + wrapped)].push_back(members[k]);
            }
    }
}

void SimGeometryModules::moduleHits(std::uint32_t layer, const Crossing& crossing, int charge, double bz,
                                    std::vector<ModuleHit>& hits) const {
    const LayerGrid& grid = m_grids[layer];
    const Vec3& p = crossing.position;
    const double v = grid.cylinder ? p.z : std::hypot(p.x, p.y);
    const int iv = static_cast<int>(std::floor((v - grid.vLow) / grid.vStep));
    const double pt = std::hypot(crossing.momentum.x, crossing.momentum.y);
    if (iv < 0 || iv >= grid.vBins || pt <= 0)
        return;
    const double dphi = 2 * std::numbers::pi / grid.phiBins;
    const int ip = std::clamp(static_cast<int>(std::floor((std::atan2(p.y, p.x) + std::numbers::pi) / dphi)),
                              0, grid.phiBins - 1);
    // The helix through p: transverse arc s, azimuth phi0 - k s, z = p.z + s tanLambda.
    const double phi0 = std::atan2(crossing.momentum.y, crossing.momentum.x);
    const double tanLambda = crossing.momentum.z / pt;
    const double k = charge * bz / pt;
    const auto at = [&](double s, Vec3& x, Vec3& d) {
        const double phi = phi0 - k * s;
        d = {std::cos(phi), std::sin(phi), tanLambda};
        if (std::abs(k * s) < 1e-9) { // straight within rounding
            x = {p.x + s * std::cos(phi0), p.y + s * std::sin(phi0), p.z + s * tanLambda};
            return;
        }
        x = {p.x + (std::sin(phi0) - std::sin(phi)) / k, p.y + (std::cos(phi) - std::cos(phi0)) / k,
             p.z + s * tanLambda};
    };
    const std::size_t first = hits.size();
    std::vector<double> arcs;
    for (const auto index : grid.bins[static_cast<std::size_t>(iv * grid.phiBins + ip)]) {
        const auto& m = m_modules[index];
        const Vec3 n = axis(m, 2);
        const Vec3 c = centreOf(m);
        const Vec3 toCentre{c.x - p.x, c.y - p.y, c.z - p.z};
        Vec3 x;
        Vec3 d;
        at(0, x, d);
        if (std::abs(dot(n, d)) < 1e-12)
            continue;
        double s = dot(n, toCentre) / dot(n, d); // along the tangent, then Newton on the helix
        const Vec3 straight{p.x + s * d.x - c.x, p.y + s * d.y - c.y, p.z + s * d.z - c.z};
        if (std::abs(s) > kMaxArc || std::abs(dot(straight, axis(m, 1))) > m.halfLengthV + kSagittaMargin ||
            std::abs(dot(straight, axis(m, 0))) > m.halfLengthUMax + kSagittaMargin)
            continue;
        for (int iteration = 0; iteration < 8; ++iteration) {
            at(s, x, d);
            const double slope = dot(n, d);
            if (std::abs(slope) < 1e-12)
                break;
            const double step = dot(n, {x.x - c.x, x.y - c.y, x.z - c.z}) / slope;
            s -= step;
            if (std::abs(step) < 1e-10)
                break;
        }
        at(s, x, d);
        const Vec3 local{x.x - c.x, x.y - c.y, x.z - c.z};
        const double u = dot(local, axis(m, 0));
        const double w = dot(local, axis(m, 1));
        if (std::abs(s) > kMaxArc || std::abs(dot(local, n)) > 1e-6 || std::abs(w) > m.halfLengthV ||
            std::abs(u) > halfWidthAt(m, w))
            continue;
        ModuleHit hit;
        digitizeLocal(m, u, w, hit);
        hit.truth = x;
        hit.momentum = {pt * d.x, pt * d.y, pt * d.z};
        hit.cosIncidence = std::abs(dot(n, d)) / std::sqrt(dot(d, d));
        hits.push_back(hit);
        arcs.push_back(s);
    }
    // Nearest first along the flight (insertion sort: a layer gives one or two hits).
    for (std::size_t i = 1; i < arcs.size(); ++i)
        for (std::size_t j = i; j > 0 && arcs[j] < arcs[j - 1]; --j) {
            std::swap(arcs[j], arcs[j - 1]);
            std::swap(hits[first + j], hits[first + j - 1]);
        }
}

ModuleHit SimGeometryModules::noiseHit(std::mt19937_64& rng, std::size_t& index) const {
    std::uniform_real_distribution<double> flat(0.0, 1.0);
    const double pick = flat(rng) * m_cumulativeArea.back();
    index = std::min(
        static_cast<std::size_t>(std::upper_bound(m_cumulativeArea.begin(), m_cumulativeArea.end(), pick) -
                                 m_cumulativeArea.begin()),
        m_modules.size() - 1);
    const auto& m = m_modules[index];
    double u = 0;
    double v = 0;
    do {
        u = m.halfLengthUMax * (2 * flat(rng) - 1);
        v = m.halfLengthV * (2 * flat(rng) - 1);
    } while (std::abs(u) > halfWidthAt(m, v));
    ModuleHit hit;
    digitizeLocal(m, u, v, hit);
    hit.truth = hit.measured;
    hit.cosIncidence = 1;
    return hit;
}

Result<SimGeometry> simGeometryFromDetectors(const trackml::Detectors& detectors) {
    const auto& modules = detectors.modules();
    std::map<std::pair<int, int>, std::vector<std::uint32_t>> groups;
    for (std::uint32_t i = 0; i < modules.size(); ++i)
        groups[{modules[i].volume, modules[i].layer}].push_back(i);
    std::vector<SimLayer> layers;
    for (const auto& [id, members] : groups) {
        const bool disk = isDisk(modules[members.front()]);
        for (const auto index : members)
            if (isDisk(modules[index]) != disk)
                return Error::badInput(fmt::format(
                    "layer {}/{} (volume/layer) mixes barrel and endcap modules", id.first, id.second));
        layers.push_back(envelope(modules, members));
    }
    auto map = std::make_shared<const SimGeometryModules>(detectors, layers);
    return SimGeometry(std::move(layers), std::move(map));
}

} // namespace lupa::tracking
