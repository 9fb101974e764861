// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/calo/Binning.hpp>

#include <utility>
#include <vector>

namespace lupa::calo {

/// The parameters of ShowerSimulator's model for one dataset. Depths are in radiation lengths X0
/// for electromagnetic showers and in interaction lengths lambda for pions.
struct ShowerModel {
    bool hadronic = false;
    bool discreteEnergies = false;            ///< dataset 1: incident energies are powers of two
    double criticalEnergy = 8;                ///< E_c [MeV]; the profile peaks at slope ln(E / E_c) + offset
    double maximumSlope = 1.0;                ///< slope above [depth units]
    double maximumOffset = -0.5;              ///< -0.5 for electrons, +0.5 for photons [depth units]
    double profileRate = 0.5;                 ///< b of the Gamma profile [1 / depth unit]
    double visibleFraction = 1.0;             ///< mean deposited / incident energy
    double stochasticTerm = 0.1;              ///< a of sigma/E = a / sqrt(E / GeV) (+) c
    double constantTerm = 0.01;               ///< c
    double samplingTerm = 0.05;               ///< per-layer relative fluctuation at 1 GeV in the layer
    double moliereRadius = 9.3;               ///< lateral scale [mm]
    double coreBase = 0.15, coreSlope = 0.02; ///< core radius / moliereRadius at depth t: base + slope t
    double haloBase = 0.7, haloSlope = 0.06;  ///< halo radius / moliereRadius likewise
    double axisSpread = 0.5;                  ///< spread of the shower axis position [mm]
    double spotEnergy = 2;                    ///< energy of one deposit spot [MeV] (at most 256 per layer)
    std::vector<std::pair<double, double>> layerDepth; ///< per binning layer: [begin, end) depth
};

/// The model of a dataset, with one depth range per layer of `binning`.
[[nodiscard]] ShowerModel showerModel(Dataset dataset, const Binning& binning);

} // namespace lupa::calo
