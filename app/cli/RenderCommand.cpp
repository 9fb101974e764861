// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli render`: a picture of an event (TrackML or Phoenix) with the detector, without a window.
#include "CliCommand.hpp"

#include <lupa/core/phoenix/Drawables.hpp>
#include <lupa/core/phoenix/EventIo.hpp>
#include <lupa/core/trackml/Detectors.hpp>
#include <lupa/core/trackml/EventReader.hpp>
#include <lupa/visualization/Camera.hpp>
#include <lupa/visualization/DetectorGeometry.hpp>
#include <lupa/visualization/OffscreenRenderer.hpp>
#include <lupa/visualization/PointCloud.hpp>
#include <lupa/visualization/Polylines.hpp>
#include <lupa/visualization/Primitives.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cmath>
#include <filesystem>
#include <memory>

namespace lupa::cli {
namespace {

struct RenderOptions {
    std::string event;    ///< TrackML prefix or Phoenix JSON file
    std::string geometry; ///< TrackML detectors.csv, optional
    std::string view = "3d";
    std::string size = "1600x1000";
    std::string out;
};

/// What is drawn: hits (with a value each for colour) and track polylines, in world coordinates [mm].
struct EventScene {
    visualization::PointCloudData hits;
    visualization::PolylineData tracks;
};

Result<EventScene> trackmlScene(const std::string& prefix) {
    trackml::EventParts parts;
    parts.particles = false;
    parts.truth = false;
    auto event = trackml::readEvent(prefix, parts);
    if (!event)
        return std::move(event).error();
    EventScene scene;
    for (const auto& hit : event->hits) {
        scene.hits.positions.insert(
            scene.hits.positions.end(),
            {static_cast<float>(hit.x), static_cast<float>(hit.y), static_cast<float>(hit.z)});
        scene.hits.values.push_back(static_cast<float>(hit.volume));
    }
    return scene;
}

Result<EventScene> phoenixScene(const std::string& path) {
    auto file = phoenix::readEventFile(path);
    if (!file)
        return std::move(file).error();
    const phoenix::Event& event = file->events.front();
    EventScene scene;
    for (const phoenix::PointHit& hit : phoenix::pointHits(event)) {
        for (const double coordinate : hit.position)
            scene.hits.positions.push_back(static_cast<float>(coordinate));
        scene.hits.values.push_back(static_cast<float>(hit.collection));
    }
    for (const auto& line : phoenix::trackLines(event))
        scene.tracks.add(line);
    return scene;
}

/// r-z projection drawn in the x-y plane: x = z, y = r signed by y (upper and lower halves apart).
void projectRz(std::vector<float>& positions) {
    for (std::size_t i = 0; i + 2 < positions.size(); i += 3) {
        const float x = positions[i];
        const float y = positions[i + 1];
        const float r = std::copysign(std::hypot(x, y), y);
        positions[i] = positions[i + 2];
        positions[i + 1] = r;
        positions[i + 2] = 0.0F;
    }
}

Result<std::pair<int, int>> parseSize(const std::string& text) {
    int width = 0;
    int height = 0;
    char separator = 0;
    if (std::sscanf(text.c_str(), "%d%c%d", &width, &separator, &height) != 3 || separator != 'x' ||
        width < 16 || height < 16 || width > 16384 || height > 16384)
        return Error::usage(
            fmt::format("--size '{}' is not WIDTHxHEIGHT with 16 to 16384 pixels each", text));
    return std::pair{width, height};
}

Result<std::size_t> addGeometry(vtkRenderer* renderer, const std::string& path) {
    auto detectors = trackml::Detectors::read(path);
    if (!detectors)
        return std::move(detectors).error();
    LUPA_TRY(visualization::addModules(renderer, visualization::moduleShapes(*detectors)));
    return detectors->modules().size();
}

Result<CommandOutput> runRender(const RenderOptions& options, ProgressSink& progress) {
    const auto view = visualization::parseViewPreset(options.view);
    if (!view)
        return Error::usage(fmt::format("--view '{}' is not one of 3d, xy, rz", options.view));
    auto size = parseSize(options.size);
    if (!size)
        return std::move(size).error();
    progress.report(0.1, "reading the event");
    const bool isPhoenix = std::filesystem::path(options.event).extension() == ".json";
    auto scene = isPhoenix ? phoenixScene(options.event) : trackmlScene(options.event);
    if (!scene)
        return std::move(scene).error();
    if (*view == visualization::ViewPreset::Side) {
        projectRz(scene->hits.positions);
        projectRz(scene->tracks.positions);
    }
    auto window = visualization::OffscreenRenderer::create(size->first, size->second);
    if (!window)
        return std::move(window).error();
    vtkRenderer* renderer = (*window)->renderer();
    visualization::setBackground(renderer, {0.05, 0.06, 0.09});
    std::size_t modules = 0;
    if (!options.geometry.empty() && *view != visualization::ViewPreset::Side) {
        progress.report(0.3, "reading the detector");
        auto added = addGeometry(renderer, options.geometry);
        if (!added)
            return std::move(added).error();
        modules = *added;
    }
    visualization::PointCloudStyle hitStyle;
    hitStyle.colourMap = visualization::ColourMap::Rainbow;
    if (scene->hits.size() > 0)
        LUPA_TRY(visualization::addPointCloud(renderer, scene->hits, hitStyle));
    if (scene->tracks.size() > 0)
        LUPA_TRY(visualization::addPolylines(renderer, scene->tracks));
    visualization::applyViewPreset(renderer, *view);
    progress.report(0.7, "rendering");
    LUPA_TRY((*window)->savePng(options.out));
    CommandOutput output;
    output.json = {{"out", std::filesystem::absolute(options.out).lexically_normal().string()},
                   {"view", options.view},
                   {"width", size->first},
                   {"height", size->second},
                   {"hits", scene->hits.size()},
                   {"tracks", scene->tracks.size()},
                   {"modules", modules}};
    output.summary =
        fmt::format("rendered {} hits, {} tracks and {} modules ({} view) to {}", scene->hits.size(),
                    scene->tracks.size(), modules, options.view, options.out);
    return output;
}

} // namespace

void registerRenderCommands(CLI::App& root, CommandRegistry& registry) {
    auto options = std::make_shared<RenderOptions>();
    CLI::App* render = registry.add(
        root, "render",
        "Draw an event (TrackML or Phoenix) and the detector into a PNG (needs an X server, e.g. Xvfb)",
        [options](const CliContext&, ProgressSink& progress) { return runRender(*options, progress); });
    render
        ->add_option("--event", options->event, "TrackML event prefix (path/event000000001) or Phoenix .json")
        ->required();
    render->add_option("--geometry", options->geometry,
                       "TrackML detectors.csv (plain or gzip); not drawn in rz");
    render->add_option("--view", options->view, "3d, xy or rz")->capture_default_str();
    render->add_option("--size", options->size, "Picture size WIDTHxHEIGHT [pixels]")->capture_default_str();
    render->add_option("--out", options->out, "PNG file to write")->required();
}

} // namespace lupa::cli
