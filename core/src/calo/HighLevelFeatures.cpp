// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/calo/HighLevelFeatures.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace lupa::calo {
namespace {

constexpr double kEpsilon = 1e-16; // the reference's guard against empty layers

/// Energy-weighted sums of one layer, gathered in one pass over its voxels.
struct LayerSums {
    double energy = 0;
    std::size_t empty = 0; ///< voxels at or below the threshold
    double r = 0, rr = 0, eta = 0, etaEta = 0, phi = 0, phiPhi = 0;
};

LayerSums sumLayer(const Binning& binning, std::span<const float> shower, const Layer& layer,
                   double threshold, bool angular) {
    LayerSums sums;
    const double* r = binning.voxelR().data();
    const double* eta = binning.voxelEta().data();
    const double* phi = binning.voxelPhi().data();
    for (std::size_t i = layer.firstVoxel; i < layer.firstVoxel + layer.voxelCount; ++i) {
        const double e = shower[i];
        sums.energy += e;
        sums.empty += e > threshold ? 0 : 1;
        sums.r += r[i] * e;
        sums.rr += r[i] * r[i] * e;
        if (angular) {
            sums.eta += eta[i] * e;
            sums.etaEta += eta[i] * eta[i] * e;
            sums.phi += phi[i] * e;
            sums.phiPhi += phi[i] * phi[i] * e;
        }
    }
    return sums;
}

/// Mean and standard deviation from weighted sums, with the reference's guard and clipping.
std::pair<double, double> moments(double energy, double sum, double sumSquares) {
    const double mean = sum / (energy + kEpsilon);
    const double meanSquare = sumSquares / (energy + kEpsilon);
    return {mean, std::sqrt(std::max(meanSquare - mean * mean, 0.0))};
}

} // namespace

Result<ShowerFeatures> computeShowerFeatures(const Binning& binning, std::span<const float> shower,
                                             double threshold) {
    if (shower.size() != binning.voxelCount())
        return Error::usage(fmt::format("a shower of {} voxels does not fit a binning of {} voxels",
                                        shower.size(), binning.voxelCount()));
    ShowerFeatures features;
    for (const float voxel : shower)
        features.totalEnergy += voxel;
    const std::size_t layers = binning.relevantLayers().size();
    for (auto* v : {&features.layerEnergy, &features.sparsity, &features.centreR, &features.widthR})
        v->reserve(layers);
    for (const int index : binning.relevantLayers()) {
        const Layer& layer = binning.layers()[static_cast<std::size_t>(index)];
        const bool angular = layer.angularBins > 1;
        const LayerSums sums = sumLayer(binning, shower, layer, threshold, angular);
        features.layerEnergy.push_back(sums.energy);
        features.sparsity.push_back(static_cast<double>(sums.empty) / static_cast<double>(layer.voxelCount));
        const auto [centre, width] = moments(sums.energy, sums.r, sums.rr);
        features.centreR.push_back(centre);
        features.widthR.push_back(width);
        if (!angular)
            continue;
        const auto [eta, etaWidth] = moments(sums.energy, sums.eta, sums.etaEta);
        const auto [phi, phiWidth] = moments(sums.energy, sums.phi, sums.phiPhi);
        features.centreEta.push_back(eta);
        features.widthEta.push_back(etaWidth);
        features.centrePhi.push_back(phi);
        features.widthPhi.push_back(phiWidth);
    }
    return features;
}

} // namespace lupa::calo
