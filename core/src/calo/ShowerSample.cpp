// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Parallel.hpp>
#include <lupa/core/calo/HighLevelFeatures.hpp>
#include <lupa/core/calo/ShowerSample.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace lupa::calo {
namespace {

void addLayerColumns(std::vector<FeatureColumn>& columns, const Binning& binning,
                     const std::vector<int>& layers, FeatureKind kind, const char* key, const char* title) {
    for (const int index : layers) {
        const int id = binning.layers()[static_cast<std::size_t>(index)].id;
        columns.push_back(
            {kind, id, fmt::format("{}_layer_{}", key, id), fmt::format("{} layer {}", title, id)});
    }
}

// Appends one shower's features in featureColumns() order.
void storeFeatures(const ShowerFeatures& f, double incident, std::vector<std::vector<double>>& values,
                   std::size_t shower) {
    std::size_t column = 0;
    const auto put = [&](double value) {
        values[column++][shower] = value;
    };
    put(f.totalEnergy / incident);
    for (const auto* family : {&f.layerEnergy, &f.centreEta, &f.centrePhi, &f.widthEta, &f.widthPhi,
                               &f.sparsity, &f.centreR, &f.widthR})
        for (const double value : *family)
            put(value);
}

// Counts invalid values of one block and adds its voxels to the running sum.
void scanBlock(const ShowerBlock& block, ShowerSample& sample) {
    for (std::size_t i = 0; i < block.showers(); ++i) {
        const float e = block.incidentEnergies[i];
        sample.bad.badIncidentEnergies += (std::isfinite(e) && e > 0) ? 0 : 1;
        const auto shower = block.shower(i);
        for (std::size_t v = 0; v < shower.size(); ++v) {
            const float x = shower[v];
            if (!std::isfinite(x)) {
                ++sample.bad.nonFiniteVoxels;
                continue;
            }
            sample.bad.negativeVoxels += x < 0 ? 1 : 0;
            sample.maxVoxel = std::max(sample.maxVoxel, static_cast<double>(x));
            sample.meanShower[v] += x;
        }
    }
}

Result<void> checkVoxels(const ShowerReader& reader, const Binning& binning) {
    if (reader.voxelCount() != binning.voxelCount())
        return Error::badInput(fmt::format("the showers have {} voxels but the binning has {}",
                                           reader.voxelCount(), binning.voxelCount()),
                               reader.path().string());
    return success();
}

// Adds the block's voxel energies to `histogram`, in parallel.
void fillVoxels(const ShowerBlock& block, Histogram& histogram) {
    std::mutex mutex;
    parallelFor(
        block.showers(),
        [&](std::size_t begin, std::size_t end) {
            Histogram local(histogram.edges);
            for (std::size_t i = begin; i < end; ++i)
                local.fill(block.shower(i));
            const std::lock_guard lock(mutex);
            histogram.add(local);
        },
        32);
}

} // namespace

std::vector<FeatureColumn> featureColumns(const Binning& binning) {
    std::vector<FeatureColumn> columns{{FeatureKind::EtotOverEinc, -1, "Etot_Einc", "E_tot / E_inc"}};
    const auto& relevant = binning.relevantLayers();
    const auto& angular = binning.layersWithAngularBinning();
    addLayerColumns(columns, binning, relevant, FeatureKind::LayerEnergy, "E", "E [MeV],");
    addLayerColumns(columns, binning, angular, FeatureKind::CentreEta, "ECEta",
                    "centre of energy in eta [mm],");
    addLayerColumns(columns, binning, angular, FeatureKind::CentrePhi, "ECPhi",
                    "centre of energy in phi [mm],");
    addLayerColumns(columns, binning, angular, FeatureKind::WidthEta, "WidthEta", "width in eta [mm],");
    addLayerColumns(columns, binning, angular, FeatureKind::WidthPhi, "WidthPhi", "width in phi [mm],");
    addLayerColumns(columns, binning, relevant, FeatureKind::Sparsity, "Sparsity", "sparsity,");
    addLayerColumns(columns, binning, relevant, FeatureKind::CentreR, "ECR", "centre of energy in r [mm],");
    addLayerColumns(columns, binning, relevant, FeatureKind::WidthR, "WidthR", "width in r [mm],");
    return columns;
}

Result<ShowerSample> readShowerSample(const ShowerReader& reader, const Binning& binning,
                                      ProgressSink& progress, const std::vector<double>* voxelEdges,
                                      std::size_t blockShowers) {
    LUPA_TRY(checkVoxels(reader, binning));
    ShowerSample sample;
    sample.path = reader.path();
    sample.showers = reader.showerCount();
    sample.columns = featureColumns(binning);
    sample.values.assign(sample.columns.size(), std::vector<double>(sample.showers, 0.0));
    sample.incidentEnergies.reserve(sample.showers);
    sample.meanShower.assign(binning.voxelCount(), 0.0);
    if (voxelEdges)
        sample.voxelEnergies.emplace(*voxelEdges);
    blockShowers = std::max<std::size_t>(blockShowers, 1);
    for (std::uint64_t first = 0; first < sample.showers; first += blockShowers) {
        if (progress.isCancelled())
            return Error::cancelled();
        auto block = reader.read(first, blockShowers);
        if (!block)
            return std::move(block).error();
        parallelFor(block->showers(), [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) {
                auto features = computeShowerFeatures(binning, block->shower(i));
                if (features)
                    storeFeatures(*features, block->incidentEnergies[i], sample.values, first + i);
            }
        });
        scanBlock(*block, sample);
        if (sample.voxelEnergies)
            fillVoxels(*block, *sample.voxelEnergies);
        sample.incidentEnergies.insert(sample.incidentEnergies.end(), block->incidentEnergies.begin(),
                                       block->incidentEnergies.end());
        progress.report(static_cast<double>(first + block->showers()) / static_cast<double>(sample.showers),
                        fmt::format("features of {}", sample.path.filename().string()));
    }
    for (double& v : sample.meanShower)
        v /= static_cast<double>(std::max<std::uint64_t>(sample.showers, 1));
    return sample;
}

Result<Histogram> readVoxelHistogram(const ShowerReader& reader, std::vector<double> edges,
                                     ProgressSink& progress, std::size_t blockShowers) {
    Histogram histogram(std::move(edges));
    blockShowers = std::max<std::size_t>(blockShowers, 1);
    for (std::uint64_t first = 0; first < reader.showerCount(); first += blockShowers) {
        if (progress.isCancelled())
            return Error::cancelled();
        auto block = reader.read(first, blockShowers);
        if (!block)
            return std::move(block).error();
        fillVoxels(*block, histogram);
        progress.report(static_cast<double>(first + block->showers()) /
                            static_cast<double>(reader.showerCount()),
                        fmt::format("voxel energies of {}", reader.path().filename().string()));
    }
    return histogram;
}

} // namespace lupa::calo
