// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Trigger-style inference of the 57-32-8-32-57 autoencoder in lupa's dense engine: batched events per
// second on one core, one event's latency, the fixed-point emulation and whole scoring; plus the
// event generator. Training and evaluation through lupa-cli: scripts/bench-anomaly.sh.
#include "BenchSupport.hpp"
#include "ml/WeightsCodec.hpp"

#include <lupa/core/Parallel.hpp>
#include <lupa/core/anomaly/EventSimulator.hpp>
#include <lupa/core/anomaly/Scoring.hpp>
#include <lupa/core/ml/DenseAutoencoder.hpp>
#include <lupa/core/ml/DenseModel.hpp>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <random>

namespace {

using namespace lupa;

// The 57-32-8-32-57 ReLU autoencoder with random weights, under the names lupa's model files use
// (torch::nn::Sequential module indices 0, 2, 3, 5 for its four Linear layers).
ml::DenseModel autoencoder() {
    ml::DenseAutoencoderParams params;
    params.inputSize = 57;
    params.encoderSizes = {32};
    params.latentSize = 8;
    const std::vector<std::int64_t> sizes{57, 32, 8, 32, 57};
    const std::vector<int> modules{0, 2, 3, 5};
    std::mt19937_64 random(1);
    std::uniform_real_distribution<float> uniform(-0.3F, 0.3F);
    std::vector<ml::detail::NamedValues> tensors;
    for (std::size_t k = 0; k < modules.size(); ++k) {
        std::vector<float> weights(static_cast<std::size_t>(sizes[k] * sizes[k + 1]));
        std::vector<float> biases(static_cast<std::size_t>(sizes[k + 1]));
        for (auto& w : weights)
            w = uniform(random);
        for (auto& b : biases)
            b = uniform(random);
        tensors.push_back({fmt::format("{}.weight", modules[k]), {sizes[k + 1], sizes[k]}, weights});
        tensors.push_back({fmt::format("{}.bias", modules[k]), {sizes[k + 1]}, biases});
    }
    anomaly::AnomalyModelInfo info;
    info.columns = anomaly::adcFeatureNames();
    ml::ModelMetadata metadata;
    metadata.kind = anomaly::kAnomalyModelKind;
    metadata.extra["anomaly"] = info.toJson();
    return ml::DenseModel::fromContent({params.toSpec(), metadata, ml::detail::encodeWeights(tensors)},
                                       "bench")
        .value();
}

std::vector<float> randomInputs(std::int64_t rows) {
    std::mt19937_64 random(2);
    std::normal_distribution<float> normal;
    std::vector<float> values(static_cast<std::size_t>(rows * 57));
    for (auto& v : values)
        v = normal(random);
    return values;
}

void BM_AutoencoderBatchedOneCore(benchmark::State& state) {
    const auto model = autoencoder();
    const auto rows = bench::sized<std::int64_t>(65536, 512);
    const auto inputs = randomInputs(rows);
    std::vector<float> outputs(inputs.size());
    std::vector<float> scratch;
    for (auto _ : state) {
        model.forwardRows(inputs, rows, outputs, scratch);
        benchmark::DoNotOptimize(outputs.data());
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

void BM_AutoencoderOneEvent(benchmark::State& state) {
    const auto model = autoencoder();
    const auto input = randomInputs(1);
    std::vector<float> output(57);
    std::vector<float> scratch;
    for (auto _ : state) {
        model.forwardRows(input, 1, output, scratch);
        benchmark::DoNotOptimize(output.data());
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_AutoencoderFixedPoint16_6(benchmark::State& state) {
    setThreadCount(1);
    const auto model = autoencoder();
    const auto rows = bench::sized<std::int64_t>(4096, 64);
    const auto inputs = ml::Tensor::make({rows, 57}, randomInputs(rows)).value();
    const ml::FixedPointConfig config{{16, 6}, {16, 6}};
    for (auto _ : state)
        benchmark::DoNotOptimize(model.forwardFixed(inputs, config).value().values.data());
    state.SetItemsProcessed(state.iterations() * rows);
    setThreadCount(0);
}

void BM_ScoreSimulatedEvents(benchmark::State& state) {
    const auto model = autoencoder();
    const auto events = bench::sized<std::size_t>(100000, 500);
    anomaly::EventSimulatorOptions options;
    const auto particles = anomaly::EventSimulator(options).simulate(0, events);
    anomaly::FeatureTable table;
    table.columns = anomaly::adcFeatureNames();
    table.features = ml::Tensor::zeros({static_cast<std::int64_t>(events), anomaly::kAdcFeatures});
    for (std::size_t i = 0; i < events * anomaly::kAdcObjects; ++i)
        for (int v = 0; v < 3; ++v)
            table.features.values[i * 3 + static_cast<std::size_t>(v)] =
                particles[i * 4 + static_cast<std::size_t>(v)];
    for (auto _ : state)
        benchmark::DoNotOptimize(anomaly::scoreEvents(model, table).value().scores.data());
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(events));
}

void BM_SimulateBackgroundEvents(benchmark::State& state) {
    const anomaly::EventSimulator simulator({});
    const auto events = bench::sized<std::size_t>(20000, 100);
    for (auto _ : state)
        benchmark::DoNotOptimize(simulator.simulate(0, events).data());
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(events));
}

} // namespace

BENCHMARK(BM_AutoencoderBatchedOneCore)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AutoencoderOneEvent)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AutoencoderFixedPoint16_6)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScoreSimulatedEvents)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SimulateBackgroundEvents)->Unit(benchmark::kMillisecond);
