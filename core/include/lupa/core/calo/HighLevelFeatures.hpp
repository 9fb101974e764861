// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/calo/Binning.hpp>

#include <span>
#include <vector>

namespace lupa::calo {

/// The high-level features of one shower, defined as the CaloChallenge evaluation defines them
/// (its HighLevelFeatures.py). Per-layer vectors follow Binning::relevantLayers() (layerEnergy,
/// sparsity, centreR, widthR) or Binning::layersWithAngularBinning() (the eta and phi ones).
struct ShowerFeatures {
    double totalEnergy = 0;          ///< E_tot, sum of all voxels [MeV]
    std::vector<double> layerEnergy; ///< energy per layer [MeV]
    std::vector<double> sparsity;    ///< per layer: fraction of voxels at or below the threshold
    std::vector<double> centreR;     ///< per layer: energy-weighted mean voxel radius [mm]
    std::vector<double> widthR;      ///< per layer: energy-weighted standard deviation of r [mm]
    std::vector<double> centreEta;   ///< per angular layer: energy-weighted mean of r cos(alpha) [mm]
    std::vector<double> centrePhi;   ///< per angular layer: energy-weighted mean of r sin(alpha) [mm]
    std::vector<double> widthEta;    ///< per angular layer: standard deviation of r cos(alpha) [mm]
    std::vector<double> widthPhi;    ///< per angular layer: standard deviation of r sin(alpha) [mm]
};

/// Computes the features of one shower (voxel energies in the binning's order [MeV]). As the
/// reference does, energy sums in denominators get 1e-16 added (an empty layer has centre 0 and
/// width 0) and a negative variance from rounding is clipped to 0. One deliberate difference: the
/// reference looks the radial centres up by layer number among the relevant layers only, which
/// breaks for dataset 1 (layer 12 is the 5th relevant layer); lupa uses each layer's own centres.
/// @param threshold voxel energy at or below which a voxel counts as empty for sparsity [MeV]
/// @return a Usage error when the shower does not have binning.voxelCount() voxels
[[nodiscard]] Result<ShowerFeatures>
computeShowerFeatures(const Binning& binning, std::span<const float> shower, double threshold = 0.0);

} // namespace lupa::calo
