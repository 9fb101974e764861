// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/visualization/ColourMap.hpp>

#include <cstddef>
#include <vector>

class vtkActor;
class vtkRenderer;

namespace lupa::visualization {

/// Bins in pseudorapidity eta (a symmetric range) and azimuth phi (-pi to pi).
struct EtaPhiBinning {
    int etaBins = 64;    ///< at least 1
    double etaMax = 4.0; ///< the bins span -etaMax to etaMax
    int phiBins = 64;    ///< at least 1; the bins span -pi to pi [rad]
};

/// Sums (hit counts or energies [GeV]) in eta-phi bins.
class EtaPhiHistogram {
public:
    /// Empty bins of `binning` (bin counts below 1 count as 1).
    explicit EtaPhiHistogram(const EtaPhiBinning& binning = {});

    /// Adds `weight` to the bin of (eta, phi [rad]); entries outside the eta range or not finite are
    /// counted as dropped, phi is wrapped into (-pi, pi].
    void fill(double eta, double phi, double weight = 1.0);

    /// The binning.
    [[nodiscard]] const EtaPhiBinning& binning() const { return m_binning; }
    /// The sum of bin (etaBin, phiBin).
    [[nodiscard]] double at(int etaBin, int phiBin) const;
    /// The largest bin sum (0 when empty).
    [[nodiscard]] double maximum() const;
    /// Entries that fell outside the eta range or were not finite.
    [[nodiscard]] std::size_t dropped() const { return m_dropped; }
    /// The number of bins with a positive sum.
    [[nodiscard]] std::size_t filledBins() const;

private:
    EtaPhiBinning m_binning;
    std::vector<double> m_sums; ///< eta bin major
    std::size_t m_dropped = 0;
};

/// How the lego plot looks. It is drawn in the x-y plane with x = eta, y = phi [rad], z = height.
struct LegoStyle {
    bool towers = false;                      ///< towers (height by value) or a flat coloured grid
    double maxHeight = 2.0;                   ///< height of the tallest tower (in the units of eta)
    bool logScale = true;                     ///< colour (and height) by log10(1 + sum)
    ColourMap colourMap = ColourMap::Viridis; ///< map from value to colour
};

/// Adds the non-empty bins as ONE actor (towers or flat cells) and a grey frame around the eta-phi range,
/// and returns the bins' actor; the renderer keeps both alive.
Result<vtkActor*> addEtaPhiLego(vtkRenderer* renderer, const EtaPhiHistogram& histogram,
                                const LegoStyle& style = {});

} // namespace lupa::visualization
