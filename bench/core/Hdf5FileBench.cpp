// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Reading a CaloChallenge-shaped showers dataset (dataset 2: 6480 voxels) in row blocks.
#include "BenchSupport.hpp"

#include <lupa/core/Hdf5File.hpp>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <random>

namespace {

namespace fs = std::filesystem;

fs::path makeShowersFile(std::uint64_t showers, std::uint64_t voxels) {
    const fs::path path =
        fs::temp_directory_path() / fmt::format("lupa-bench-showers-{}x{}.h5", showers, voxels);
    if (fs::exists(path))
        return path;
    std::mt19937 random(1);
    std::exponential_distribution<float> energy(0.1f);
    std::bernoulli_distribution hit(0.3);
    std::vector<float> values(showers * voxels);
    for (auto& v : values)
        v = hit(random) ? energy(random) : 0.0f;
    auto file = lupa::Hdf5File::create(path);
    if (!file || !file->write<float>("showers", {showers, voxels}, values).ok() || !file->commit().ok())
        return {};
    return path;
}

void BM_Hdf5ReadShowerBlocks(benchmark::State& state) {
    const auto showers = lupa::bench::sized<std::uint64_t>(10000, 50);
    constexpr std::uint64_t kVoxels = 6480;
    constexpr std::uint64_t kBlock = 1000;
    const auto path = makeShowersFile(showers, kVoxels);
    auto file = lupa::Hdf5File::openForReading(path);
    if (!file) {
        state.SkipWithError(file.error().describe().c_str());
        return;
    }
    for (auto _ : state) {
        double sum = 0;
        for (std::uint64_t first = 0; first < showers; first += kBlock) {
            auto block = file->readRows<float>("showers", first, kBlock);
            sum += block ? block->values[0] : 0.0;
        }
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(showers));
    state.SetBytesProcessed(state.iterations() *
                            static_cast<std::int64_t>(showers * kVoxels * sizeof(float)));
}

BENCHMARK(BM_Hdf5ReadShowerBlocks)->Unit(benchmark::kMillisecond);

} // namespace
