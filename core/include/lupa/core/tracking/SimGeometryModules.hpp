// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/tracking/Propagation.hpp>
#include <lupa/core/tracking/SimGeometry.hpp>
#include <lupa/core/trackml/Detectors.hpp>

#include <cstdint>
#include <random>
#include <vector>

namespace lupa::tracking {

/// A particle's crossing of one planar module: where, and the channel that measures it.
struct ModuleHit {
    int module = 0;          ///< module_id
    int channelU = 0;        ///< ch0: channel along local u, from 0 at -module_maxhu
    int channelV = 0;        ///< ch1: channel along local v, from 0 at -module_hv
    Vec3 measured;           ///< the channel centre, on the module plane [mm]
    Vec3 truth;              ///< the true intersection with the module plane [mm]
    Vec3 momentum;           ///< the momentum there [GeV]
    double cosIncidence = 1; ///< |cos| of the angle between the direction and the module normal
};

/// The planar modules of a TrackML detector description, grouped by layer for the simulation. Each layer
/// of the SimGeometry made by simGeometryFromDetectors() is the envelope of its modules (a cylinder at
/// their mean radius, or a disk at their mean z), which carries the material; where a particle crosses an
/// envelope, moduleHits() finds the modules its helix actually crosses: every one of them, so that
/// overlapping modules give two hits as in TrackML.
class SimGeometryModules {
public:
    /// The modules of `detectors`, for the layers `layers` (envelopes in the same order).
    SimGeometryModules(const trackml::Detectors& detectors, const std::vector<SimLayer>& layers);

    /// Appends to `hits` the modules of layer `layer` that the helix through `crossing` (charge [e], field
    /// bz in native units) crosses, within their bounds, nearest first along the flight.
    void moduleHits(std::uint32_t layer, const Crossing& crossing, int charge, double bz,
                    std::vector<ModuleHit>& hits) const;

    /// A noise hit: a module drawn in proportion to its area (its index in modules() in `index`), a point
    /// uniform on it, digitised; truth = measured, zero momentum.
    [[nodiscard]] ModuleHit noiseHit(std::mt19937_64& rng, std::size_t& index) const;

    /// The layer (index into the geometry's layers) of module `index`.
    [[nodiscard]] std::uint32_t layerOf(std::size_t index) const { return m_layerOf[index]; }

    /// All modules, as read.
    [[nodiscard]] const std::vector<trackml::DetectorModule>& modules() const { return m_modules; }

private:
    struct LayerGrid {
        bool cylinder = true;
        double vLow = 0;  ///< z (cylinders) or r (disks) of the grid's first bin [mm]
        double vStep = 1; ///< [mm]
        int phiBins = 1;
        int vBins = 1;
        std::vector<std::vector<std::uint32_t>> bins; ///< module indices per (iv * phiBins + iphi)
    };
    void fillGrid(LayerGrid& grid, const SimLayer& layer, const std::vector<std::uint32_t>& members);

    std::vector<trackml::DetectorModule> m_modules;
    std::vector<std::uint32_t> m_layerOf; ///< per module
    std::vector<double> m_cumulativeArea; ///< per module [mm2]
    std::vector<LayerGrid> m_grids;       ///< per layer
};

/// The layers of a TrackML detector description: one envelope per (volume, layer), a cylinder where the
/// modules' normals point away from the beam and a disk where they point along it, with the material
/// x/X0 of the built-in layout's subdetector (pixel 2 %, short strips 2.5 %, long strips 3 %, else 2.5 %)
/// and the modules' pitches. BadInput when a layer mixes both kinds of modules.
[[nodiscard]] Result<SimGeometry> simGeometryFromDetectors(const trackml::Detectors& detectors);

} // namespace lupa::tracking
