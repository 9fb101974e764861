// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/calo/HighLevelFeatures.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace lupa::calo {
namespace {

constexpr double kEpsilon = 1e-16; // the reference's guard against empty layers

/// Energy-weighted mean and standard deviation of `coordinate` over the voxels [first, first + count).
std::pair<double, double> weightedMoments(std::span<const float> shower,
                                          const std::vector<double>& coordinate, std::size_t first,
                                          std::size_t count) {
    double energy = 0;
    double sum = 0;
    double sumSquares = 0;
    for (std::size_t i = first; i < first + count; ++i) {
        energy += shower[i];
        sum += coordinate[i] * shower[i];
        sumSquares += coordinate[i] * coordinate[i] * shower[i];
    }
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
    for (const int index : binning.relevantLayers()) {
        const Layer& layer = binning.layers()[static_cast<std::size_t>(index)];
        double energy = 0;
        std::size_t empty = 0;
        for (std::size_t i = layer.firstVoxel; i < layer.firstVoxel + layer.voxelCount; ++i) {
            energy += shower[i];
            empty += shower[i] > threshold ? 0 : 1;
        }
        features.layerEnergy.push_back(energy);
        features.sparsity.push_back(static_cast<double>(empty) / static_cast<double>(layer.voxelCount));
        const auto [centre, width] =
            weightedMoments(shower, binning.voxelR(), layer.firstVoxel, layer.voxelCount);
        features.centreR.push_back(centre);
        features.widthR.push_back(width);
    }
    for (const int index : binning.layersWithAngularBinning()) {
        const Layer& layer = binning.layers()[static_cast<std::size_t>(index)];
        const auto [eta, etaWidth] =
            weightedMoments(shower, binning.voxelEta(), layer.firstVoxel, layer.voxelCount);
        const auto [phi, phiWidth] =
            weightedMoments(shower, binning.voxelPhi(), layer.firstVoxel, layer.voxelCount);
        features.centreEta.push_back(eta);
        features.widthEta.push_back(etaWidth);
        features.centrePhi.push_back(phi);
        features.widthPhi.push_back(phiWidth);
    }
    return features;
}

} // namespace lupa::calo
