// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Frame time of VtkView with an event-display-sized point cloud (DESIGN.md: 120k hits, <= 200 ms per
// frame on Mesa llvmpipe). Needs an X server: run under xvfb-run -a.
#include "BenchSupport.hpp"

#include <lupa/visualization/PointCloud.hpp>
#include <lupa/widgets/VtkView.hpp>

#include <QApplication>
#include <QDeadlineTimer>
#include <QTest>
#include <benchmark/benchmark.h>
#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <cmath>
#include <random>

namespace {

// Hits on cylindrical layers around the beam axis, roughly like a silicon tracker [mm].
lupa::visualization::PointCloudData makeHits(std::size_t count) {
    std::mt19937 random(42);
    std::uniform_real_distribution<float> phi(0.0f, 6.2831853f);
    std::uniform_real_distribution<float> z(-1000.0f, 1000.0f);
    std::uniform_int_distribution<int> layer(0, 9);
    lupa::visualization::PointCloudData data;
    data.positions.reserve(count * 3);
    data.values.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const float radius = 30.0f + 100.0f * static_cast<float>(layer(random));
        const float angle = phi(random);
        data.positions.insert(data.positions.end(),
                              {radius * std::cos(angle), radius * std::sin(angle), z(random)});
        data.values.push_back(radius);
    }
    return data;
}

// Requests a render and runs the event loop until the view has painted it (render, blit, compose).
bool renderOneFrame(lupa::widgets::VtkView& view, const int& frames) {
    const int before = frames;
    const QDeadlineTimer deadline(10000);
    view.requestRender();
    while (frames == before && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return frames > before;
}

// Renders frames with a camera turning 2 degrees per frame; reports the view's own frame time.
void BM_VtkViewFrame(benchmark::State& state) {
    const auto points = static_cast<std::size_t>(state.range(0));
    lupa::widgets::VtkView view;
    view.resize(1280, 800);
    if (!lupa::visualization::addPointCloud(view.renderer(), makeHits(points)).ok()) {
        state.SkipWithError("cannot build the point cloud");
        return;
    }
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) {
        state.SkipWithError("the view was not exposed (is an X server running?)");
        return;
    }
    double viewMilliseconds = 0.0;
    int frames = 0;
    QObject::connect(&view, &lupa::widgets::VtkView::frameRendered, [&](double milliseconds) {
        viewMilliseconds += milliseconds;
        ++frames;
    });
    view.resetCamera();
    (void)renderOneFrame(view, frames); // the first frame uploads the buffers: not timed
    viewMilliseconds = 0.0;
    frames = 0;
    for (auto _ : state) {
        view.renderer()->GetActiveCamera()->Azimuth(2.0);
        if (!renderOneFrame(view, frames)) {
            state.SkipWithError("no frame rendered within 10 s");
            return;
        }
    }
    state.counters["points"] = static_cast<double>(points);
    state.counters["view_ms_per_frame"] = benchmark::Counter(viewMilliseconds / frames);
    state.counters["fps"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_VtkViewFrame)
    ->Arg(lupa::bench::sized<std::int64_t>(120000, 1000))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(lupa::bench::sized<std::int64_t>(60, 3));

} // namespace

int main(int argc, char** argv) {
    lupa::widgets::VtkView::prepareApplication();
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
