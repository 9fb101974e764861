// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli render`: a picture of an event (TrackML or Phoenix) with the detector, without a window.
#include "CliCommand.hpp"
#include "RenderScene.hpp"

#include <lupa/core/trackml/Detectors.hpp>
#include <lupa/visualization/Camera.hpp>
#include <lupa/visualization/DetectorGeometry.hpp>
#include <lupa/visualization/EventPicture.hpp>
#include <lupa/visualization/OffscreenRenderer.hpp>
#include <lupa/visualization/Primitives.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace lupa::cli {
namespace {

struct RenderOptions {
    std::string event;    ///< TrackML prefix or Phoenix JSON file
    std::string geometry; ///< TrackML detectors.csv, optional
    std::string tracks;   ///< TrackML submission CSV, optional
    std::string view = "3d";
    std::string lego = "grid";
    std::size_t index = 0; ///< event of a Phoenix file
    std::string size = "1600x1000";
    std::string out;
};

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

// In x-y, modules facing the beam axis (end-cap disks, normal along z) stack up into opaque discs over
// the barrel: only the barrel-like modules are drawn there.
Result<std::size_t> addGeometry(vtkRenderer* renderer, const std::string& path,
                                visualization::ViewPreset view) {
    auto detectors = trackml::Detectors::read(path);
    if (!detectors)
        return std::move(detectors).error();
    auto shapes = visualization::moduleShapes(*detectors);
    if (view == visualization::ViewPreset::Transverse)
        std::erase_if(shapes, [](const visualization::ModuleShape& shape) {
            return std::abs(shape.rotation[8]) > 0.7;
        });
    LUPA_TRY(visualization::addModules(renderer, shapes));
    return shapes.size();
}

// The detector is drawn in 3d and xy only: its modules do not project to lines in r-z or eta-phi.
bool drawsGeometry(visualization::ViewPreset view) {
    return view == visualization::ViewPreset::ThreeD || view == visualization::ViewPreset::Transverse;
}

Json renderCountsJson(const visualization::EventPictureCounts& counts) {
    return {{"hits", counts.hits},
            {"tracks", counts.tracks},
            {"calo_deposits", counts.caloDeposits},
            {"jets", counts.jets},
            {"missing_energy", counts.missingEnergy},
            {"etaphi_bins", counts.etaPhiBins}};
}

CommandOutput renderOutput(const RenderOptions& options, std::pair<int, int> size, const LoadedScene& loaded,
                           const visualization::EventPictureCounts& counts, std::size_t modules) {
    CommandOutput output;
    output.json = renderCountsJson(counts);
    output.json.update({{"out", std::filesystem::absolute(options.out).lexically_normal().string()},
                        {"view", options.view},
                        {"event", loaded.eventName},
                        {"width", size.first},
                        {"height", size.second},
                        {"modules", modules},
                        {"warnings", loaded.warnings}});
    output.summary = fmt::format(
        "rendered {} hits, {} tracks, {} calorimeter deposits, {} jets and {} modules "
        "({} view) to {}",
        counts.hits, counts.tracks, counts.caloDeposits, counts.jets, modules, options.view, options.out);
    for (const auto& warning : loaded.warnings)
        output.summary += "\nwarning: " + warning;
    return output;
}

Result<CommandOutput> runRender(const RenderOptions& options, ProgressSink& progress) {
    const auto view = visualization::parseViewPreset(options.view);
    if (!view)
        return Error::usage(fmt::format("--view '{}' is not one of 3d, xy, rz, etaphi", options.view));
    if (options.lego != "grid" && options.lego != "towers")
        return Error::usage(fmt::format("--lego '{}' is not one of grid, towers", options.lego));
    auto size = parseSize(options.size);
    if (!size)
        return std::move(size).error();
    progress.report(0.1, "reading the event");
    const bool isPhoenix = std::filesystem::path(options.event).extension() == ".json";
    if (isPhoenix && !options.tracks.empty())
        return Error::usage("--tracks is for TrackML events; a Phoenix event carries its own tracks");
    auto loaded = isPhoenix ? loadPhoenixScene(options.event, options.index)
                            : loadTrackmlScene(options.event, options.tracks);
    if (!loaded)
        return std::move(loaded).error();
    auto window = visualization::OffscreenRenderer::create(size->first, size->second);
    if (!window)
        return std::move(window).error();
    vtkRenderer* renderer = (*window)->renderer();
    visualization::setBackground(renderer, {0.05, 0.06, 0.09});
    std::size_t modules = 0;
    if (!options.geometry.empty() && drawsGeometry(*view)) {
        progress.report(0.3, "reading the detector");
        auto added = addGeometry(renderer, options.geometry, *view);
        if (!added)
            return std::move(added).error();
        modules = *added;
    }
    visualization::EventPictureOptions pictureOptions;
    pictureOptions.view = *view;
    pictureOptions.legoTowers = options.lego == "towers";
    auto counts = visualization::drawEventScene(renderer, loaded->scene, pictureOptions);
    if (!counts)
        return std::move(counts).error();
    if (*view == visualization::ViewPreset::EtaPhi && pictureOptions.legoTowers)
        visualization::applyLegoView(renderer);
    else
        visualization::applyViewPreset(renderer, *view);
    progress.report(0.7, "rendering");
    LUPA_TRY((*window)->savePng(options.out));
    return renderOutput(options, *size, *loaded, *counts, modules);
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
                       "TrackML detectors.csv (plain or gzip); drawn in 3d and xy");
    render->add_option("--tracks", options->tracks,
                       "TrackML submission CSV (event_id,hit_id,track_id): lines through each track's hits");
    render->add_option("--view", options->view, "3d, xy, rz or etaphi")->capture_default_str();
    render->add_option("--lego", options->lego, "etaphi drawn as a flat coloured grid or as towers")
        ->capture_default_str();
    render->add_option("--index", options->index, "Which event of a Phoenix file (0 = the first by key)")
        ->capture_default_str();
    render->add_option("--size", options->size, "Picture size WIDTHxHEIGHT [pixels]")->capture_default_str();
    render->add_option("--out", options->out, "PNG file to write")->required();
}

} // namespace lupa::cli
