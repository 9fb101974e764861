// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// CaloChallenge validation pieces in dataset 2's geometry (6480 voxels): simulation, high-level
// features, the whole validation of a candidate file against a reference file, and FPD/KPD.
// The 100k-shower timing of `lupa-cli calo validate` is scripts/bench-calo.sh (docs/benchmarks.md).
#include "BenchSupport.hpp"

#include <lupa/core/calo/FrechetKernel.hpp>
#include <lupa/core/calo/HighLevelFeatures.hpp>
#include <lupa/core/calo/ShowerSimulator.hpp>
#include <lupa/core/calo/Validation.hpp>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <random>

namespace {

namespace fs = std::filesystem;
using lupa::calo::Dataset;

void BM_SimulateShowersDataset2(benchmark::State& state) {
    const lupa::calo::ShowerSimulator simulator(Dataset::Two, 1);
    const auto showers = lupa::bench::sized<std::size_t>(2000, 20);
    for (auto _ : state)
        benchmark::DoNotOptimize(simulator.simulate(0, showers).energies.data());
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(showers));
}

void BM_ShowerFeaturesDataset2(benchmark::State& state) {
    const lupa::calo::ShowerSimulator simulator(Dataset::Two, 1);
    const auto block = simulator.simulate(0, lupa::bench::sized<std::size_t>(1000, 10));
    for (auto _ : state)
        for (std::size_t i = 0; i < block.showers(); ++i)
            benchmark::DoNotOptimize(lupa::calo::computeShowerFeatures(simulator.binning(), block.shower(i)));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(block.showers()));
}

fs::path simulatedFile(std::size_t showers, std::uint64_t seed) {
    const fs::path path = fs::temp_directory_path() / fmt::format("lupa-bench-calo-{}-{}.h5", showers, seed);
    if (fs::exists(path))
        return path;
    const lupa::calo::ShowerSimulator simulator(Dataset::Two, seed);
    auto writer = lupa::calo::ShowerWriter::create(path, simulator.binning().voxelCount(), 0);
    for (std::size_t first = 0; writer && first < showers; first += 1000)
        (void)writer->append(simulator.simulate(first, std::min<std::size_t>(1000, showers - first)));
    if (!writer || !writer->commit().ok())
        return {};
    return path;
}

void BM_ValidateDataset2(benchmark::State& state) {
    const auto showers = lupa::bench::sized<std::size_t>(10000, 50);
    const auto reference = simulatedFile(showers, 1), candidate = simulatedFile(showers, 2);
    lupa::calo::ValidationOptions options;
    options.physicsDistances = false;
    const auto binning = lupa::calo::Binning::builtin(Dataset::Two);
    for (auto _ : state) {
        auto report = lupa::calo::validateShowers(reference, {candidate}, binning, lupa::NullProgress::instance(), options);
        if (!report) {
            state.SkipWithError(report.error().describe().c_str());
            return;
        }
        benchmark::DoNotOptimize(report->features.size());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(2 * showers));
}

// FPD and KPD with jetnet's default sizes on `columns` Gaussian features (dataset 2 has 226).
void BM_FrechetAndKernelDistances(benchmark::State& state) {
    const auto columns = static_cast<std::size_t>(state.range(0));
    const auto rows = lupa::bench::sized<std::size_t>(50000, 300);
    std::mt19937_64 engine(3);
    std::normal_distribution<double> normal;
    lupa::calo::FeatureMatrix real{rows, columns, {}}, generated{rows, columns, {}};
    for (std::size_t i = 0; i < rows * columns; ++i) {
        real.values.push_back(normal(engine));
        generated.values.push_back(normal(engine) + 0.05);
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(lupa::calo::frechetPhysicsDistance(real, generated));
        benchmark::DoNotOptimize(lupa::calo::kernelPhysicsDistance(real, generated));
    }
}

BENCHMARK(BM_SimulateShowersDataset2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ShowerFeaturesDataset2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ValidateDataset2)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_FrechetAndKernelDistances)->Arg(16)->Arg(226)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
