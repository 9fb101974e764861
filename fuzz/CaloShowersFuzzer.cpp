// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: CaloChallenge shower files (calo::ShowerReader, readShowerSample, readVoxelHistogram),
// structure-aware (see Hdf5FuzzFile.hpp). Decisions, in order: the binning (layers, their radial
// edges and angular bins), the shower count N, the objects `incident_energies` (usually (N, 1)) and
// `showers` (usually (N, voxels of the binning)), the file, then how to read it (a block of showers,
// the block size of the whole read, which voxel histograms to fill).
#include "Hdf5FuzzFile.hpp"

#include <lupa/core/Progress.hpp>
#include <lupa/core/calo/ShowerSample.hpp>

namespace {

using lupa::fuzz::pick;

// One to three layers of up to three radial and six angular bins (at most 54 voxels).
lupa::calo::Binning fuzzedBinning(FuzzedDataProvider& provider) {
    static constexpr std::array<double, 8> kSteps{5, 1, 2.5, 10, 0.5, 50, 100, 1e-3};
    std::vector<lupa::calo::LayerSpec> layers(1 + pick(provider, 3));
    for (std::size_t i = 0; i < layers.size(); ++i) {
        auto& layer = layers[i];
        layer.id = static_cast<int>(i);
        layer.radialEdges.resize(1 + pick(provider, 4));
        double r = 0;
        for (auto& edge : layer.radialEdges) {
            edge = r;
            r += kSteps[pick(provider, kSteps.size())];
        }
        layer.angularBins = static_cast<int>(1 + pick(provider, 6));
    }
    auto binning = lupa::calo::Binning::make(std::move(layers), 22, "photon");
    if (!binning)
        std::abort(); // the layers above are valid by construction
    return std::move(*binning);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace lupa::fuzz;
    FuzzedDataProvider provider(data, size);
    const auto binning = fuzzedBinning(provider);
    const hsize_t showers = pick(provider, 9);
    const hsize_t voxels = binning.voxelCount();
    auto energies = planDataset(provider, "incident_energies", "showers", {showers, 1});
    auto voxelData = planDataset(provider, "showers", "incident_energies", {showers, voxels});
    const auto plan = planFile(provider, {std::move(energies), std::move(voxelData)});
    const std::uint64_t first = pick(provider, 10);
    const std::size_t count = pick(provider, 10);
    const std::size_t block = pick(provider, 5); // 0 is taken as 1
    // Each voxel histogram builds a FloatBinner (~50 ms under the sanitizers): a decision too.
    const unsigned histograms = pick(provider, 4); // bit 0: in readShowerSample, bit 1: readVoxelHistogram

    ValueBytes values(provider.ConsumeRemainingBytes<std::uint8_t>());
    const auto path = writeHdf5(plan, values, "showers.h5");
    auto reader = lupa::calo::ShowerReader::open(path);
    if (!reader) {
        note("open: " + reader.error().describe());
        return 0;
    }
    if (const auto read = reader->read(first, count); !read)
        note("read: " + read.error().describe());
    auto& progress = lupa::NullProgress::instance();
    const std::vector<double> edges{-1, 0, 1e-3, 1, 10, 100, 1e3, 1e4, 1e6};
    const auto sample = lupa::calo::readShowerSample(*reader, binning, progress,
                                                     (histograms & 1) != 0 ? &edges : nullptr, block);
    if (!sample) {
        note("sample: " + sample.error().describe());
        return 0;
    }
    note("sample: " + std::to_string(sample->showers) + " showers, max voxel " +
         std::to_string(sample->maxVoxel));
    if ((histograms & 2) == 0)
        return 0;
    if (const auto histogram = lupa::calo::readVoxelHistogram(*reader, edges, progress, block); !histogram)
        note("histogram: " + histogram.error().describe());
    return 0;
}
