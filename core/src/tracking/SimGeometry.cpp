// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Angles.hpp>
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/tracking/SimGeometry.hpp>
#include <lupa/core/tracking/SimGeometryModules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numbers>

namespace lupa::tracking {
namespace {

int binOf(double value, double low, double width, int bins) {
    return std::clamp(static_cast<int>(std::floor((value - low) / width)), 0, bins - 1);
}

int ringCount(const SimLayer& layer) {
    return static_cast<int>(layer.ringPhiModules.size());
}

double ringWidth(const SimLayer& layer) {
    return (layer.rMax - layer.rMin) / ringCount(layer);
}

// The centre of the channel holding local coordinate `local` in [0, width): channels of `pitch` from 0,
// the last one cut at the module edge.
int layerChannelOf(double local, double pitch, double width, double& centre) {
    const int channel = std::max(0, static_cast<int>(std::floor(local / pitch)));
    const double low = channel * pitch;
    centre = 0.5 * (low + std::min(low + pitch, width));
    return channel;
}

SimLayer cylinder(int volume, int layer, double radius, double halfLength, int phiModules, int zModules,
                  double xOverX0, double pitchU, double pitchV, double thickness) {
    SimLayer l;
    l.volume = volume;
    l.layer = layer;
    l.shape = LayerShape::Cylinder;
    l.radius = radius;
    l.halfLength = halfLength;
    l.phiModules = phiModules;
    l.zModules = zModules;
    l.xOverX0 = xOverX0;
    l.pitchU = pitchU;
    l.pitchV = pitchV;
    l.thickness = thickness;
    return l;
}

SimLayer disk(int volume, int layer, double z, double rMin, double rMax, std::vector<int> rings,
              double xOverX0, double pitchU, double pitchV, double thickness) {
    SimLayer l;
    l.volume = volume;
    l.layer = layer;
    l.shape = LayerShape::Disk;
    l.z = z;
    l.rMin = rMin;
    l.rMax = rMax;
    l.ringPhiModules = std::move(rings);
    l.xOverX0 = xOverX0;
    l.pitchU = pitchU;
    l.pitchV = pitchV;
    l.thickness = thickness;
    return l;
}

// Disks of the two endcaps of one subdetector at +-|z|; TrackML numbers layers from -z to +z.
void addEndcaps(std::vector<SimLayer>& layers, int negativeVolume, int positiveVolume,
                const std::vector<double>& absZ, double rMin, double rMax, const std::vector<int>& rings,
                double xOverX0, double pitchU, double pitchV, double thickness) {
    const int n = static_cast<int>(absZ.size());
    for (int i = 0; i < n; ++i) // outermost first: layer 2 is furthest from the collision point
        layers.push_back(disk(negativeVolume, 2 * (i + 1), -absZ[static_cast<std::size_t>(n - 1 - i)], rMin,
                              rMax, rings, xOverX0, pitchU, pitchV, thickness));
    for (int i = 0; i < n; ++i)
        layers.push_back(disk(positiveVolume, 2 * (i + 1), absZ[static_cast<std::size_t>(i)], rMin, rMax,
                              rings, xOverX0, pitchU, pitchV, thickness));
}

} // namespace

int moduleCount(const SimLayer& layer) {
    if (layer.shape == LayerShape::Cylinder)
        return layer.phiModules * layer.zModules;
    int n = 0;
    for (const int ring : layer.ringPhiModules)
        n += ring;
    return n;
}

ModuleBounds moduleBounds(const SimLayer& layer, int module) {
    ModuleBounds bounds;
    int index = module - 1;
    int phiModules = layer.phiModules;
    if (layer.shape == LayerShape::Cylinder) {
        const double dz = 2 * layer.halfLength / layer.zModules;
        bounds.vLow = -layer.halfLength + (index / phiModules) * dz;
        bounds.vHigh = bounds.vLow + dz;
        bounds.rReference = layer.radius;
    } else {
        int ring = 0;
        while (ring + 1 < ringCount(layer) && index >= layer.ringPhiModules[static_cast<std::size_t>(ring)])
            index -= layer.ringPhiModules[static_cast<std::size_t>(ring++)];
        phiModules = layer.ringPhiModules[static_cast<std::size_t>(ring)];
        bounds.vLow = layer.rMin + ring * ringWidth(layer);
        bounds.vHigh = bounds.vLow + ringWidth(layer);
        bounds.rReference = 0.5 * (bounds.vLow + bounds.vHigh);
    }
    const double dphi = 2 * std::numbers::pi / phiModules;
    bounds.phiLow = -std::numbers::pi + (index % phiModules) * dphi;
    bounds.phiHigh = bounds.phiLow + dphi;
    return bounds;
}

std::optional<Digit> digitize(const SimLayer& layer, double phi, double v) {
    phi = wrapAngle(phi);
    Digit digit;
    int phiModules = layer.phiModules;
    int firstModule = 1;
    double vLow = 0;
    double vWidth = 0;
    double rReference = 0;
    if (layer.shape == LayerShape::Cylinder) {
        if (std::abs(v) > layer.halfLength)
            return std::nullopt;
        vWidth = 2 * layer.halfLength / layer.zModules;
        const int iz = binOf(v, -layer.halfLength, vWidth, layer.zModules);
        vLow = -layer.halfLength + iz * vWidth;
        firstModule += iz * phiModules;
        rReference = layer.radius;
    } else {
        if (v < layer.rMin || v > layer.rMax)
            return std::nullopt;
        vWidth = ringWidth(layer);
        const int ring = binOf(v, layer.rMin, vWidth, ringCount(layer));
        for (int i = 0; i < ring; ++i)
            firstModule += layer.ringPhiModules[static_cast<std::size_t>(i)];
        phiModules = layer.ringPhiModules[static_cast<std::size_t>(ring)];
        vLow = layer.rMin + ring * vWidth;
        rReference = vLow + 0.5 * vWidth;
    }
    const double dphi = 2 * std::numbers::pi / phiModules;
    const int iphi = binOf(phi, -std::numbers::pi, dphi, phiModules);
    const double phiLow = -std::numbers::pi + iphi * dphi;
    digit.module = firstModule + iphi;
    // Channels across phi are equally wide in angle (radial strips on disks), pitchU wide at rReference.
    const double angularPitch = layer.pitchU / rReference;
    double centre = 0;
    digit.channelU = layerChannelOf(std::clamp(phi - phiLow, 0.0, dphi), angularPitch, dphi, centre);
    digit.measuredPhi = phiLow + centre;
    digit.channelV = layerChannelOf(std::clamp(v - vLow, 0.0, vWidth), layer.pitchV, vWidth, centre);
    digit.measuredV = vLow + centre;
    return digit;
}

SimGeometry::SimGeometry(std::vector<SimLayer> layers)
    : m_layers(std::move(layers)) {}

SimGeometry::SimGeometry(std::vector<SimLayer> layers, std::shared_ptr<const SimGeometryModules> modules)
    : m_layers(std::move(layers))
    , m_modules(std::move(modules)) {}

SimGeometry SimGeometry::trackmlLike() {
    // Numbers from the TrackML detectors.csv: radii and disk positions, module counts in phi and z,
    // pitches and thicknesses; a cylinder covers the z range of its modules' centres +- half a module.
    constexpr double kPixelX0 = 0.02;
    constexpr double kShortStripX0 = 0.025;
    constexpr double kLongStripX0 = 0.03;
    std::vector<SimLayer> layers;
    const std::vector<double> pixelDisksZ{600, 700, 820, 960, 1100, 1300, 1500};
    const std::vector<double> stripDisksZ{1220, 1500, 1800, 2150, 2550, 2950};
    addEndcaps(layers, 7, 9, pixelDisksZ, 30, 176, {40, 68}, kPixelX0, 0.05, 0.05625, 0.15);
    const double pixelRadii[] = {32, 72, 116, 172};
    const int pixelPhi[] = {16, 32, 52, 78};
    for (int i = 0; i < 4; ++i)
        layers.push_back(
            cylinder(8, 2 * (i + 1), pixelRadii[i], 491, pixelPhi[i], 14, kPixelX0, 0.05, 0.05625, 0.15));
    addEndcaps(layers, 12, 14, stripDisksZ, 240, 700, {54, 56, 60}, kShortStripX0, 0.08, 1.2, 0.25);
    const double shortRadii[] = {260, 360, 500, 660};
    const int shortPhi[] = {40, 56, 78, 102};
    for (int i = 0; i < 4; ++i)
        layers.push_back(
            cylinder(13, 2 * (i + 1), shortRadii[i], 1084, shortPhi[i], 21, kShortStripX0, 0.08, 1.2, 0.25));
    addEndcaps(layers, 16, 18, stripDisksZ, 750, 1020, {48, 50}, kLongStripX0, 0.12, 10.4, 0.35);
    layers.push_back(cylinder(17, 2, 820, 1084, 120, 21, kLongStripX0, 0.12, 10.8, 0.35));
    layers.push_back(cylinder(17, 4, 1020, 1084, 152, 21, kLongStripX0, 0.12, 10.8, 0.35));
    std::stable_sort(layers.begin(), layers.end(), [](const SimLayer& a, const SimLayer& b) {
        return a.volume != b.volume ? a.volume < b.volume : a.layer < b.layer;
    });
    return SimGeometry(std::move(layers));
}

const SimLayer* SimGeometry::find(int volume, int layer) const {
    for (const auto& l : m_layers)
        if (l.volume == volume && l.layer == layer)
            return &l;
    return nullptr;
}

std::size_t SimGeometry::moduleCount() const {
    if (m_modules)
        return m_modules->modules().size();
    std::size_t n = 0;
    for (const auto& layer : m_layers)
        n += static_cast<std::size_t>(tracking::moduleCount(layer));
    return n;
}

std::vector<trackml::DetectorModule> detectorModules(const SimGeometry& geometry) {
    if (geometry.modules())
        return geometry.modules()->modules();
    std::vector<trackml::DetectorModule> modules;
    modules.reserve(geometry.moduleCount());
    for (const auto& layer : geometry.layers())
        for (int id = 1; id <= moduleCount(layer); ++id) {
            const ModuleBounds b = moduleBounds(layer, id);
            const double phi = 0.5 * (b.phiLow + b.phiHigh);
            const double c = std::cos(phi);
            const double s = std::sin(phi);
            const double halfTan = std::tan(0.5 * (b.phiHigh - b.phiLow));
            trackml::DetectorModule m;
            m.volume = layer.volume;
            m.layer = layer.layer;
            m.module = id;
            m.thickness = layer.thickness;
            m.pitchU = layer.pitchU;
            m.pitchV = layer.pitchV;
            m.halfLengthV = 0.5 * (b.vHigh - b.vLow);
            if (layer.shape == LayerShape::Cylinder) {
                // u along phi, v along z, w radially outwards.
                m.centre = {layer.radius * c, layer.radius * s, 0.5 * (b.vLow + b.vHigh)};
                m.rotation = {-s, 0, c, c, 0, s, 0, 1, 0};
                m.halfLengthUMin = m.halfLengthUMax = layer.radius * halfTan;
            } else {
                // v radially outwards, w along +-z away from the collision point, u completing the frame.
                const double side = layer.z < 0 ? -1.0 : 1.0;
                m.centre = {b.rReference * c, b.rReference * s, layer.z};
                m.rotation = {side * s, c, 0, -side * c, s, 0, 0, 0, side};
                m.halfLengthUMin = b.vLow * halfTan;
                m.halfLengthUMax = b.vHigh * halfTan;
            }
            modules.push_back(m);
        }
    return modules;
}

Result<void> writeDetectorsCsv(const std::vector<trackml::DetectorModule>& modules,
                               const std::filesystem::path& path) {
    fmt::memory_buffer out;
    fmt::format_to(
        std::back_inserter(out),
        "volume_id,layer_id,module_id,cx,cy,cz,rot_xu,rot_xv,rot_xw,rot_yu,rot_yv,rot_yw,rot_zu,rot_zv,"
        "rot_zw,module_t,module_minhu,module_maxhu,module_hv,pitch_u,pitch_v\n");
    for (const auto& m : modules) {
        fmt::format_to(std::back_inserter(out), "{},{},{},{:.6f},{:.6f},{:.6f}", m.volume, m.layer, m.module,
                       m.centre[0], m.centre[1], m.centre[2]);
        for (const double r : m.rotation)
            fmt::format_to(std::back_inserter(out), ",{:.9g}", r == 0 ? 0.0 : r); // no "-0"
        fmt::format_to(std::back_inserter(out), ",{:g},{:.6f},{:.6f},{:.6f},{:g},{:g}\n", m.thickness,
                       m.halfLengthUMin, m.halfLengthUMax, m.halfLengthV, m.pitchU, m.pitchV);
    }
    return writeFileAtomically(path, std::string_view(out.data(), out.size()));
}

} // namespace lupa::tracking
