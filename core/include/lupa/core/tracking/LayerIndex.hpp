// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/trackml/Event.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace lupa::tracking {

/// A hit as the reconstruction sees it: its position in cylindrical coordinates as well.
struct RecoHit {
    double x = 0;             ///< [mm]
    double y = 0;             ///< [mm]
    double z = 0;             ///< [mm]
    double r = 0;             ///< transverse radius [mm]
    double phi = 0;           ///< azimuth in [-pi, pi] [rad]
    std::uint32_t layer = 0;  ///< index into LayerIndex::layers()
    std::uint32_t source = 0; ///< index into the event's hits
    int module = 0;           ///< module_id
};

/// One layer found in the hits (one volume_id, layer_id pair), with its shape measured from them.
struct RecoLayer {
    int volume = 0;        ///< TrackML volume_id
    int layer = 0;         ///< TrackML layer_id
    bool barrel = true;    ///< a cylinder (hits spread in z more than in r), else a disk
    double position = 0;   ///< mean r of a barrel layer, mean z of a disk [mm]
    double extentLow = 0;  ///< smallest z (barrel) or r (disk) of its hits [mm]
    double extentHigh = 0; ///< largest z (barrel) or r (disk) of its hits [mm]
    double rMax = 0;       ///< largest r of its hits [mm]
    std::size_t first = 0; ///< its hits are hits()[first, first + count), sorted by phi
    std::size_t count = 0;
    std::vector<std::uint32_t> binStart; ///< phiBins + 1 offsets (relative to first) of the phi bins
};

/// The hits of an event grouped by layer and, inside a layer, binned in phi, for fast window searches.
class LayerIndex {
public:
    /// Groups `hits` by (volume, layer); `phiBins` bins in phi per layer (>= 1).
    explicit LayerIndex(std::span<const trackml::Hit> hits, int phiBins = 128);

    [[nodiscard]] const std::vector<RecoLayer>& layers() const { return m_layers; }
    [[nodiscard]] const std::vector<RecoHit>& hits() const { return m_hits; }
    [[nodiscard]] int phiBins() const { return m_phiBins; }

    /// Calls `visit(hitIndex)` for every hit of `layer` whose phi lies within [phi - halfWidth, phi +
    /// halfWidth] (bin-wise: a few hits just outside may be visited too; the caller checks).
    template <typename Visit>
    void forEachInPhi(std::uint32_t layer, double phi, double halfWidth, Visit&& visit) const {
        const RecoLayer& l = m_layers[layer];
        if (l.count == 0)
            return;
        const int span = std::min(m_phiBins, 1 + 2 * static_cast<int>(halfWidth / m_binWidth + 1));
        const int centre = binOf(phi);
        const int lowBin = span >= m_phiBins ? 0 : centre - span / 2;
        const int bins = span >= m_phiBins ? m_phiBins : span;
        for (int k = 0; k < bins; ++k) {
            const int bin = ((lowBin + k) % m_phiBins + m_phiBins) % m_phiBins;
            for (std::uint32_t i = l.binStart[bin]; i < l.binStart[bin + 1]; ++i)
                visit(static_cast<std::uint32_t>(l.first + i));
        }
    }

private:
    [[nodiscard]] int binOf(double phi) const;

    std::vector<RecoLayer> m_layers;
    std::vector<RecoHit> m_hits;
    int m_phiBins = 128;
    double m_binWidth = 0;
};

} // namespace lupa::tracking
