// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Parallel.hpp>
#include <lupa/core/calo/HighLevelFeatures.hpp>
#include <lupa/core/calo/ShowerSample.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

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

// What one thread gathers from its part of a block: invalid-value counts, the largest voxel, the
// voxel sums for the mean shower and (optionally) the voxel energy histogram.
struct PartialScan {
    BadValueCounts bad;
    double maxVoxel = 0;
    std::vector<double> voxelSums;
    std::optional<Histogram> voxels;

    void scan(const ShowerBlock& block, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const float e = block.incidentEnergies[i];
            bad.badIncidentEnergies += (std::isfinite(e) && e > 0) ? 0 : 1;
            const auto shower = block.shower(i);
            for (std::size_t v = 0; v < shower.size(); ++v) {
                const float x = shower[v];
                if (!std::isfinite(x)) {
                    ++bad.nonFiniteVoxels;
                    continue;
                }
                bad.negativeVoxels += x < 0 ? 1 : 0;
                maxVoxel = std::max(maxVoxel, static_cast<double>(x));
                voxelSums[v] += x;
            }
        }
    }

    void mergeInto(ShowerSample& sample) const {
        sample.bad.nonFiniteVoxels += bad.nonFiniteVoxels;
        sample.bad.negativeVoxels += bad.negativeVoxels;
        sample.bad.badIncidentEnergies += bad.badIncidentEnergies;
        sample.maxVoxel = std::max(sample.maxVoxel, maxVoxel);
        for (std::size_t v = 0; v < voxelSums.size(); ++v)
            sample.meanShower[v] += voxelSums[v];
        if (voxels && sample.voxelEnergies)
            sample.voxelEnergies->add(*voxels);
    }
};

// Reads one block on a thread of its own; get() waits for it. Joins on destruction, so an early
// return never leaves the thread running.
class BlockPrefetch {
public:
    BlockPrefetch(const ShowerReader& reader, std::uint64_t first, std::size_t count)
        : m_result(std::make_unique<Result<ShowerBlock>>(Error::runtime("not read")))
        , m_thread([&reader, first, count, slot = m_result.get()] { *slot = reader.read(first, count); }) {}
    BlockPrefetch(const BlockPrefetch&) = delete;
    BlockPrefetch& operator=(const BlockPrefetch&) = delete;
    ~BlockPrefetch() {
        if (m_thread.joinable())
            m_thread.join();
    }
    Result<ShowerBlock> get() {
        m_thread.join();
        return std::move(*m_result);
    }

private:
    std::unique_ptr<Result<ShowerBlock>> m_result;
    std::thread m_thread;
};

// Reads the file block by block, the next block while the current one is processed, and calls
// `process` on each (in order, on the calling thread).
Result<void> forEachBlock(const ShowerReader& reader, std::size_t blockShowers, ProgressSink& progress,
                          const std::string& stage, const std::function<void(const ShowerBlock&)>& process) {
    blockShowers = std::max<std::size_t>(blockShowers, 1);
    const std::uint64_t total = reader.showerCount();
    auto next = std::make_unique<BlockPrefetch>(reader, 0, blockShowers);
    for (std::uint64_t first = 0; first < total; first += blockShowers) {
        auto block = next->get();
        next.reset();
        if (!block)
            return std::move(block).error();
        if (progress.isCancelled())
            return Error::cancelled();
        if (first + blockShowers < total)
            next = std::make_unique<BlockPrefetch>(reader, first + blockShowers, blockShowers);
        process(*block);
        progress.report(static_cast<double>(first + block->showers()) / static_cast<double>(total), stage);
    }
    return success();
}

Result<void> checkVoxels(const ShowerReader& reader, const Binning& binning) {
    if (reader.voxelCount() != binning.voxelCount())
        return Error::badInput(fmt::format("the showers have {} voxels but the binning has {}",
                                           reader.voxelCount(), binning.voxelCount()),
                               reader.path().string());
    return success();
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
    std::optional<FloatBinner> binner;
    if (voxelEdges) {
        sample.voxelEnergies.emplace(*voxelEdges);
        binner.emplace(*voxelEdges);
    }
    std::mutex mutex;
    const auto process = [&](const ShowerBlock& block) {
        parallelFor(block.showers(), [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) {
                auto features = computeShowerFeatures(binning, block.shower(i));
                if (features)
                    storeFeatures(*features, block.incidentEnergies[i], sample.values, block.firstShower + i);
            }
            PartialScan part;
            part.voxelSums.assign(block.voxels, 0.0);
            part.scan(block, begin, end);
            if (binner) {
                part.voxels.emplace(binner->edges());
                binner->fill({block.energies.data() + begin * block.voxels, (end - begin) * block.voxels},
                             *part.voxels);
            }
            const std::lock_guard lock(mutex);
            part.mergeInto(sample);
        });
        sample.incidentEnergies.insert(sample.incidentEnergies.end(), block.incidentEnergies.begin(),
                                       block.incidentEnergies.end());
    };
    LUPA_TRY(forEachBlock(reader, blockShowers, progress,
                          fmt::format("features of {}", sample.path.filename().string()), process));
    for (double& v : sample.meanShower)
        v /= static_cast<double>(std::max<std::uint64_t>(sample.showers, 1));
    return sample;
}

Result<Histogram> readVoxelHistogram(const ShowerReader& reader, std::vector<double> edges,
                                     ProgressSink& progress, std::size_t blockShowers) {
    const FloatBinner binner(edges);
    Histogram histogram(std::move(edges));
    std::mutex mutex;
    const auto process = [&](const ShowerBlock& block) {
        parallelFor(
            block.showers(),
            [&](std::size_t begin, std::size_t end) {
                Histogram local(histogram.edges);
                binner.fill({block.energies.data() + begin * block.voxels, (end - begin) * block.voxels},
                            local);
                const std::lock_guard lock(mutex);
                histogram.add(local);
            },
            32);
    };
    LUPA_TRY(forEachBlock(reader, blockShowers, progress,
                          fmt::format("voxel energies of {}", reader.path().filename().string()), process));
    return histogram;
}

} // namespace lupa::calo
