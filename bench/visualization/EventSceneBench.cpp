// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// An event picture as `lupa-cli render` and the event display draw it: 120,000 hits on 10,000 tracks
// (generated, written as TrackML CSV with a submission file) and the 18,728-module TrackML detector
// (../shared/data, or as many generated modules). "Load" reads the files and builds every actor; "frame"
// renders one frame offscreen (1280 x 800, Mesa llvmpipe under Xvfb) per view. Needs an X server.
#include "BenchSupport.hpp"

#include <lupa/core/tracking/EventWriter.hpp>
#include <lupa/core/tracking/Submission.hpp>
#include <lupa/core/trackml/Detectors.hpp>
#include <lupa/core/trackml/EventReader.hpp>
#include <lupa/visualization/Camera.hpp>
#include <lupa/visualization/DetectorGeometry.hpp>
#include <lupa/visualization/EventPicture.hpp>
#include <lupa/visualization/OffscreenRenderer.hpp>
#include <lupa/visualization/Primitives.hpp>

#include <benchmark/benchmark.h>
#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <unistd.h>

namespace {

constexpr int kSceneLayers = 12; // hits per track

// Tracks from the origin as circles in x-y (pT 0.5-10 GeV in 2 T) with straight lines in z, one hit per
// barrel layer (radius 40 to 1000 mm); volume and layer follow the TrackML numbering loosely.
lupa::trackml::Event generatedSceneEvent(int tracks) {
    lupa::trackml::Event event;
    std::mt19937_64 random(20261201);
    std::uniform_real_distribution<double> phiOf(-std::numbers::pi, std::numbers::pi);
    std::uniform_real_distribution<double> etaOf(-2.5, 2.5);
    std::uniform_real_distribution<double> ptOf(0.5, 10.0);
    std::uint64_t hitId = 1;
    for (int t = 0; t < tracks; ++t) {
        const double phi0 = phiOf(random);
        const double cotTheta = std::sinh(etaOf(random));
        const double radius = ptOf(random) / (0.3 * 2.0) * 1000.0 * (t % 2 ? 1.0 : -1.0); // [mm], signed
        for (int layer = 0; layer < kSceneLayers; ++layer) {
            const double r = 40.0 + 960.0 * layer / (kSceneLayers - 1);
            const double turn = std::asin(std::clamp(r / (2.0 * radius), -1.0, 1.0)); // half the bend
            const double phi = phi0 + turn;
            const double s = 2.0 * radius * turn; // transverse path length
            const int volume = layer < 4 ? 8 : (layer < 8 ? 13 : 17);
            event.hits.push_back(
                {hitId, r * std::cos(phi), r * std::sin(phi), s * cotTheta, volume, 2 * (layer % 4 + 1), 1});
            event.truth.push_back({hitId, static_cast<std::uint64_t>(t + 1), 0, 0, 0, 0, 0, 0, 0});
            ++hitId;
        }
    }
    return event;
}

// Barrel-like layers of modules when the real geometry is absent (or in sanity mode).
std::vector<lupa::visualization::ModuleShape> generatedSceneModules(int count) {
    std::vector<lupa::visualization::ModuleShape> modules;
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

// The event files, written once per process into a temporary folder.
struct SceneFiles {
    std::string prefix;
    std::string submission;
    std::size_t hits = 0;
};

const SceneFiles& sceneFiles() {
    static const SceneFiles files = [] {
        const auto dir =
            std::filesystem::temp_directory_path() / ("lupa-bench-scene-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        struct RemoveAtExit {
            std::filesystem::path dir;
            ~RemoveAtExit() {
                std::error_code ignored;
                std::filesystem::remove_all(dir, ignored);
            }
        };
        static const RemoveAtExit removeAtExit{dir};
        const auto event = generatedSceneEvent(lupa::bench::sized(10000, 100));
        SceneFiles written{(dir / "event000000001").string(), (dir / "tracks.csv").string(),
                           event.hits.size()};
        lupa::tracking::EventWriteOptions options;
        options.cells = false;
        lupa::tracking::TrackAssignment assignment;
        for (const auto& truth : event.truth)
            assignment[truth.hitId] = truth.particleId;
        if (!lupa::tracking::writeEvent(event, written.prefix, options).ok() ||
            !lupa::tracking::writeSubmission(written.submission, 1, assignment).ok())
            written.prefix.clear();
        return written;
    }();
    return files;
}

std::vector<lupa::visualization::ModuleShape> sceneModules() {
    const auto shared = lupa::bench::sharedData();
    if (lupa::bench::sanityMode() || shared.empty())
        return generatedSceneModules(lupa::bench::sized(18728, 200));
    auto detectors = lupa::trackml::Detectors::read(shared / "trackml/geometry/detectors.csv.gz");
    return detectors ? lupa::visualization::moduleShapes(*detectors) : generatedSceneModules(18728);
}

// Reads the event, its tracks and the detector, and builds every actor of `view` into `renderer`.
bool loadScene(vtkRenderer* renderer, lupa::visualization::ViewPreset view) {
    lupa::trackml::EventParts parts;
    parts.particles = false;
    parts.truth = false;
    auto event = lupa::trackml::readEvent(sceneFiles().prefix, parts);
    auto submission = lupa::tracking::readSubmission(sceneFiles().submission);
    if (!event || !submission || submission->events.empty())
        return false;
    const auto scene = lupa::visualization::sceneOf(*event, &submission->events.begin()->second);
    if (view == lupa::visualization::ViewPreset::ThreeD ||
        view == lupa::visualization::ViewPreset::Transverse)
        if (!lupa::visualization::addModules(renderer, sceneModules()).ok())
            return false;
    lupa::visualization::EventPictureOptions options;
    options.view = view;
    return lupa::visualization::drawEventScene(renderer, scene, options).ok();
}

void BM_EventSceneLoad(benchmark::State& state) {
    if (sceneFiles().prefix.empty()) {
        state.SkipWithError("cannot write the event files");
        return;
    }
    for (auto _ : state) {
        auto renderer = vtkSmartPointer<vtkRenderer>::New();
        if (!loadScene(renderer, lupa::visualization::ViewPreset::ThreeD)) {
            state.SkipWithError("cannot load the scene");
            return;
        }
        benchmark::DoNotOptimize(renderer.GetPointer());
    }
    state.counters["hits"] = static_cast<double>(sceneFiles().hits);
}
BENCHMARK(BM_EventSceneLoad)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(lupa::bench::sized(5, 1));

// Argument: the view (0 3d, 1 xy, 2 rz, 3 etaphi).
void BM_EventSceneFrame(benchmark::State& state) {
    constexpr lupa::visualization::ViewPreset kPresets[] = {
        lupa::visualization::ViewPreset::ThreeD, lupa::visualization::ViewPreset::Transverse,
        lupa::visualization::ViewPreset::Side, lupa::visualization::ViewPreset::EtaPhi};
    const auto view = kPresets[state.range(0)];
    auto window = lupa::visualization::OffscreenRenderer::create(lupa::bench::sized(1280, 160),
                                                                 lupa::bench::sized(800, 100));
    if (!window) {
        state.SkipWithError(window.error().describe().c_str());
        return;
    }
    vtkRenderer* renderer = (*window)->renderer();
    if (sceneFiles().prefix.empty() || !loadScene(renderer, view)) {
        state.SkipWithError("cannot load the scene");
        return;
    }
    lupa::visualization::applyViewPreset(renderer, view);
    benchmark::DoNotOptimize((*window)->render()); // the first frame compiles shaders and uploads buffers
    for (auto _ : state) {
        renderer->GetActiveCamera()->Roll(1.0); // every view changes; 3d keeps its perspective
        auto image = (*window)->render();
        benchmark::DoNotOptimize(image);
    }
    state.counters["fps"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_EventSceneFrame)
    ->DenseRange(0, 3)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(lupa::bench::sized(20, 2));

} // namespace
