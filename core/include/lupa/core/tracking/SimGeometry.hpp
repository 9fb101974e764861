// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/trackml/Detectors.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace lupa::tracking {

/// The shape of a layer of the simulated detector.
enum class LayerShape {
    Cylinder, ///< a barrel layer: a cylinder around the beam axis
    Disk,     ///< an endcap layer: a disk across the beam axis
};

/// One sensitive layer of the simulated detector, divided into modules: a cylinder in phi x z, a disk in
/// rings (equally wide in r), each ring in phi. Modules are numbered from 1: cylinders
/// `1 + iz * phiModules + iphi`, disks ring after ring (inner first), in a ring by phi; phi starts at -pi.
struct SimLayer {
    int volume = 0; ///< TrackML volume_id
    int layer = 0;  ///< TrackML layer_id
    LayerShape shape = LayerShape::Cylinder;
    double radius = 0;               ///< cylinder radius [mm]
    double halfLength = 0;           ///< a cylinder covers |z| <= halfLength [mm]
    double z = 0;                    ///< disk position along the beam axis [mm]
    double rMin = 0;                 ///< disk inner radius [mm]
    double rMax = 0;                 ///< disk outer radius [mm]
    int phiModules = 1;              ///< cylinder: modules around phi
    int zModules = 1;                ///< cylinder: modules along z
    std::vector<int> ringPhiModules; ///< disk: modules around phi of each ring, inner ring first
    double xOverX0 = 0;              ///< material crossed at normal incidence [radiation lengths]
    double pitchU = 0;    ///< readout pitch across phi (r phi, at the module's reference radius) [mm]
    double pitchV = 0;    ///< readout pitch along z (cylinders) or r (disks) [mm]
    double thickness = 0; ///< sensor thickness [mm] (detectors.csv, deposited charge)
};

/// The extent of one module: phi in [phiLow, phiHigh), v (z on cylinders, r on disks) in [vLow, vHigh).
struct ModuleBounds {
    double phiLow = 0;     ///< [rad]
    double phiHigh = 0;    ///< [rad]
    double vLow = 0;       ///< [mm]
    double vHigh = 0;      ///< [mm]
    double rReference = 0; ///< radius at which pitchU is measured: the cylinder, the ring's centre [mm]
};

/// A point of a layer digitised: its module, the channel it falls in and the channel's centre.
struct Digit {
    int module = 0;         ///< module_id, from 1
    int channelU = 0;       ///< ch0: channel across phi, from 0
    int channelV = 0;       ///< ch1: channel along z (cylinders) or r (disks), from 0
    double measuredPhi = 0; ///< phi of the channel centre [rad]
    double measuredV = 0;   ///< z (cylinders) or r (disks) of the channel centre [mm]
};

/// Number of modules of a layer.
[[nodiscard]] int moduleCount(const SimLayer& layer);
/// The extent of module `module` (1 .. moduleCount) of `layer`.
[[nodiscard]] ModuleBounds moduleBounds(const SimLayer& layer, int module);
/// The module and channel of the point at azimuth `phi` [rad] and `v` (z for cylinders, r for disks) [mm]
/// on `layer`, or nullopt when the point is outside the layer. The channel centre is the measured position:
/// a resolution of pitch / sqrt(12) in each direction, and always inside the module.
[[nodiscard]] std::optional<Digit> digitize(const SimLayer& layer, double phi, double v);

class SimGeometryModules;

/// The layers of a simulated detector: the built-in TrackML-like layout, or the envelopes of the planar
/// modules of a TrackML detectors.csv (see SimGeometryModules.hpp).
class SimGeometry {
public:
    SimGeometry() = default;
    /// Layers whose own segmentation (moduleBounds, digitize) makes the modules.
    explicit SimGeometry(std::vector<SimLayer> layers);
    /// Layers that are envelopes of the planar modules of `modules`.
    SimGeometry(std::vector<SimLayer> layers, std::shared_ptr<const SimGeometryModules> modules);

    /// The built-in layout, close to the TrackML detector (see docs/tracking.md): pixel barrel (volume 8,
    /// 4 layers) and disks (7, 9: 7 each), short-strip barrel (13, 4) and disks (12, 14: 6 each),
    /// long-strip barrel (17, 2) and disks (16, 18: 6 each); pitches and module counts as in TrackML.
    [[nodiscard]] static SimGeometry trackmlLike();

    [[nodiscard]] const std::vector<SimLayer>& layers() const { return m_layers; }
    /// The layer with these ids, or nullptr.
    [[nodiscard]] const SimLayer* find(int volume, int layer) const;
    /// Total number of modules.
    [[nodiscard]] std::size_t moduleCount() const;
    /// The planar modules when the geometry came from a detector description, else nullptr.
    [[nodiscard]] const SimGeometryModules* modules() const { return m_modules.get(); }

private:
    std::vector<SimLayer> m_layers;
    std::shared_ptr<const SimGeometryModules> m_modules;
};

/// The modules of `geometry` as TrackML `detectors.csv` rows: cylinder modules as flat rectangles touching
/// the cylinder at their centre, disk modules as trapezoids (local v radial, w away from the collision
/// point).
[[nodiscard]] std::vector<trackml::DetectorModule> detectorModules(const SimGeometry& geometry);

/// Writes `modules` as a TrackML `detectors.csv` (same columns and order), atomically.
Result<void> writeDetectorsCsv(const std::vector<trackml::DetectorModule>& modules,
                               const std::filesystem::path& path);

} // namespace lupa::tracking
