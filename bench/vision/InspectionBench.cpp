// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Module inspection: a template/tested pair through the whole reference pipeline (registration, template
// difference, defects, verdict) at 640x640 (DeepPCB's size) and 4096x4096, and a real DeepPCB pair when
// ../shared/data is present.
#include "BenchSupport.hpp"

#include <lupa/core/MemoryTuning.hpp>
#include <lupa/vision/Inspector.hpp>
#include <lupa/vision/SyntheticSample.hpp>

#include <benchmark/benchmark.h>

namespace {

using namespace lupa;

vision::SyntheticSample sampleOfSide(int side) {
    vision::SampleConfig config;
    config.board.width = side;
    config.board.height = side;
    config.board.traces = 36 * (side / 640 + 1);
    config.seed = 11;
    return vision::generateSample(config);
}

void inspectPair(benchmark::State& state, const vision::Image& tested, const vision::Image& reference) {
    keepLargeBuffersInTheHeap(); // as lupa-cli and lupa do
    const vision::InspectionConfig config;
    double registrationSeconds = 0.0;
    for (auto _ : state) {
        auto result = vision::inspectAgainstReference(tested, reference, config);
        if (!result) {
            state.SkipWithError(result.error().describe().c_str());
            return;
        }
        registrationSeconds += result->registrationSeconds;
        benchmark::DoNotOptimize(result->detections.data());
    }
    state.counters["registration_s"] = registrationSeconds / static_cast<double>(state.iterations());
    state.counters["pairs_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_InspectSyntheticPair(benchmark::State& state) {
    const int side = static_cast<int>(bench::sized<std::int64_t>(state.range(0), 128));
    const auto sample = sampleOfSide(side);
    inspectPair(state, sample.tested, sample.reference);
}
BENCHMARK(BM_InspectSyntheticPair)->Arg(640)->Arg(4096)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_InspectDeepPcbPair(benchmark::State& state) {
    const auto data = bench::sharedData();
    if (data.empty()) {
        state.SkipWithError("../shared/data is absent");
        return;
    }
    const auto stem = data / "deeppcb/PCBData/group20085/20085/20085000";
    auto tested = vision::readGrayImage(stem.string() + "_test.jpg");
    auto reference = vision::readGrayImage(stem.string() + "_temp.jpg");
    if (!tested || !reference) {
        state.SkipWithError("cannot read the DeepPCB pair");
        return;
    }
    inspectPair(state, *tested, *reference);
}
BENCHMARK(BM_InspectDeepPcbPair)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
