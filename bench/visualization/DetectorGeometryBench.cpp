// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The TrackML detector (18,728 modules from ../shared/data, or as many generated ones) as one polydata:
// time to read detectors.csv.gz, to build the actor, and to render a frame offscreen (1280 x 800,
// Mesa llvmpipe under Xvfb). Needs an X server.
#include "BenchSupport.hpp"

#include <lupa/core/trackml/Detectors.hpp>
#include <lupa/visualization/DetectorGeometry.hpp>
#include <lupa/visualization/OffscreenRenderer.hpp>

#include <benchmark/benchmark.h>
#include <vtkCamera.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

#include <cmath>
#include <numbers>

namespace {

using lupa::visualization::ModuleShape;

std::filesystem::path detectorsFile() {
    const auto shared = lupa::bench::sharedData();
    return shared.empty() ? std::filesystem::path{} : shared / "trackml/geometry/detectors.csv.gz";
}

// Barrel-like layers of modules when the real geometry is absent (or in sanity mode).
std::vector<ModuleShape> generatedModules(int count) {
    std::vector<ModuleShape> modules;
    for (int i = 0; i < count; ++i) {
        const double phi = 2 * std::numbers::pi * (i % 64) / 64.0;
        const double radius = 40.0 + 100.0 * (i / 640);
        const double z = -600.0 + 120.0 * ((i / 64) % 10);
        modules.push_back({{radius * std::cos(phi), radius * std::sin(phi), z},
                           {-std::sin(phi), 0, std::cos(phi), std::cos(phi), 0, std::sin(phi), 0, 1, 0},
                           8.4,
                           8.4,
                           36.0,
                           0.15,
                           i / 640});
    }
    return modules;
}

std::vector<ModuleShape> benchmarkModules() {
    const auto path = detectorsFile();
    if (lupa::bench::sanityMode() || path.empty())
        return generatedModules(lupa::bench::sized(18728, 200));
    auto detectors = lupa::trackml::Detectors::read(path);
    return detectors ? lupa::visualization::moduleShapes(*detectors) : generatedModules(18728);
}

void BM_ReadDetectors(benchmark::State& state) {
    const auto path = detectorsFile();
    if (path.empty() || lupa::bench::sanityMode()) {
        state.SkipWithError("needs ../shared/data/trackml (skipped in sanity mode)");
        return;
    }
    for (auto _ : state) {
        auto detectors = lupa::trackml::Detectors::read(path);
        benchmark::DoNotOptimize(detectors);
    }
    state.SetItemsProcessed(state.iterations() * 18728);
}
BENCHMARK(BM_ReadDetectors)->Unit(benchmark::kMillisecond);

void BM_BuildModuleActor(benchmark::State& state) {
    const auto modules = benchmarkModules();
    for (auto _ : state) {
        auto renderer = vtkSmartPointer<vtkRenderer>::New();
        auto actor = lupa::visualization::addModules(renderer, modules);
        benchmark::DoNotOptimize(actor);
    }
    state.counters["modules"] = static_cast<double>(modules.size());
}
BENCHMARK(BM_BuildModuleActor)->Unit(benchmark::kMillisecond);

void BM_RenderModules(benchmark::State& state) {
    auto view = lupa::visualization::OffscreenRenderer::create(lupa::bench::sized(1280, 160),
                                                               lupa::bench::sized(800, 100));
    if (!view) {
        state.SkipWithError(view.error().describe().c_str());
        return;
    }
    const auto modules = benchmarkModules();
    lupa::visualization::GeometryStyle style;
    style.opacity = static_cast<double>(state.range(0)) / 100.0;
    if (!lupa::visualization::addModules((*view)->renderer(), modules, style).ok()) {
        state.SkipWithError("cannot build the modules");
        return;
    }
    (*view)->renderer()->ResetCamera();
    benchmark::DoNotOptimize((*view)->render()); // the first frame compiles shaders and uploads buffers
    for (auto _ : state) {
        (*view)->renderer()->GetActiveCamera()->Azimuth(1.0);
        auto image = (*view)->render();
        benchmark::DoNotOptimize(image);
    }
    state.counters["modules"] = static_cast<double>(modules.size());
    state.counters["fps"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
// Argument: opacity in percent (100 = opaque, 20 = the default see-through look).
BENCHMARK(BM_RenderModules)
    ->Arg(100)
    ->Arg(20)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(lupa::bench::sized(30, 2));

} // namespace
