// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli track simulate`: TrackML-format events from lupa's detector simulation.
#include "CliCommand.hpp"
#include "TrackCommands.hpp"

#include <lupa/core/tracking/EventWriter.hpp>
#include <lupa/core/tracking/SimGeometryModules.hpp>
#include <lupa/core/tracking/Simulation.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>

namespace lupa::cli {
namespace {

struct TrackSimulateOptions {
    std::uint64_t events = 0;
    std::uint64_t firstEvent = 1;
    double mu = 200;
    std::uint64_t seed = 1;
    std::string out;
    double field = 2.0;
    double noise = 0.1;
    double inefficiency = 0.01;
    bool noHardScatter = false;
    bool noScattering = false;
    bool energyLoss = false;
    bool gzip = false;
    std::string geometry;
    std::string geometryOut;
};

tracking::SimulationConfig configFrom(const TrackSimulateOptions& options) {
    tracking::SimulationConfig config;
    config.bFieldTesla = options.field;
    config.pileup = options.mu;
    config.hardScatter = !options.noHardScatter;
    config.multipleScattering = !options.noScattering;
    config.energyLoss = options.energyLoss;
    config.inefficiency = options.inefficiency;
    config.noiseFraction = options.noise;
    config.seed = options.seed;
    return config;
}

Json settingsJson(const TrackSimulateOptions& options) {
    return {{"events", options.events},
            {"first_event", options.firstEvent},
            {"seed", options.seed},
            {"mu", options.mu},
            {"field_tesla", options.field},
            {"noise_fraction", options.noise},
            {"inefficiency", options.inefficiency},
            {"hard_scatter", !options.noHardScatter},
            {"multiple_scattering", !options.noScattering},
            {"energy_loss", options.energyLoss},
            {"geometry", options.geometry.empty() ? std::string("builtin") : options.geometry}};
}

// The built-in layout, or the modules of a TrackML detectors.csv (plain or gzip).
Result<tracking::SimGeometry> loadGeometry(const std::string& path) {
    if (path.empty())
        return tracking::SimGeometry::trackmlLike();
    auto detectors = trackml::Detectors::read(path);
    if (!detectors)
        return std::move(detectors).error();
    return tracking::simGeometryFromDetectors(*detectors);
}

struct Totals {
    std::size_t particles = 0;
    std::size_t hits = 0;
    std::size_t noise = 0;
};

/// Events listed one by one in the report; a longer run lists the first ones (memory stays flat).
constexpr std::uint64_t kEventsListed = 1000;

// Simulates and writes the events one by one; returns the per-event JSON array (the first kEventsListed).
Result<Json> simulateEvents(const TrackSimulateOptions& options, const tracking::EventSimulator& simulator,
                            ProgressSink& progress, Totals& totals) {
    Json perEvent = Json::array();
    for (std::uint64_t k = 0; k < options.events; ++k) {
        if (progress.isCancelled())
            return Error::cancelled();
        const std::uint64_t number = options.firstEvent + k;
        progress.report(static_cast<double>(k) / static_cast<double>(options.events),
                        fmt::format("event {}/{}", k + 1, options.events));
        const auto start = std::chrono::steady_clock::now();
        tracking::EventCounts counts;
        const auto event = simulator.simulate(number, &counts);
        const auto prefix = (std::filesystem::path(options.out) / tracking::eventName(number)).string();
        LUPA_TRY(tracking::writeEvent(event, prefix, {options.gzip, true}));
        totals.particles += counts.particles;
        totals.hits += counts.hits;
        totals.noise += counts.noiseHits;
        if (k >= kEventsListed)
            continue;
        perEvent.push_back({{"event", number},
                            {"prefix", prefix},
                            {"interactions", counts.interactions},
                            {"particles", counts.particles},
                            {"hits", counts.hits},
                            {"noise_hits", counts.noiseHits},
                            {"seconds", secondsSince(start)}});
    }
    progress.report(1.0, "done");
    return perEvent;
}

Result<CommandOutput> runTrackSimulate(const TrackSimulateOptions& options, ProgressSink& progress) {
    if (options.firstEvent + options.events - 1 > 999'999'999)
        return Error::usage("event numbers have at most 9 digits: lower --first-event or --events");
    auto geometry = loadGeometry(options.geometry);
    if (!geometry)
        return std::move(geometry).error();
    auto simulator = tracking::EventSimulator::create(std::move(*geometry), configFrom(options));
    if (!simulator)
        return std::move(simulator).error();
    std::error_code ec;
    std::filesystem::create_directories(options.out, ec);
    if (ec)
        return Error::io(fmt::format("cannot create the output folder: {}", ec.message()), options.out);
    CommandOutput output;
    output.json = settingsJson(options);
    output.json["out"] = std::filesystem::absolute(options.out).lexically_normal().string();
    if (!options.geometryOut.empty()) {
        LUPA_TRY(tracking::writeDetectorsCsv(tracking::detectorModules(simulator->geometry()),
                                             options.geometryOut));
        output.json["geometry_out"] = options.geometryOut;
    }
    const auto start = std::chrono::steady_clock::now();
    Totals totals;
    auto perEvent = simulateEvents(options, *simulator, progress, totals);
    if (!perEvent)
        return std::move(perEvent).error();
    const double seconds = secondsSince(start);
    const auto n = static_cast<double>(options.events);
    output.json["particles"] = totals.particles;
    output.json["hits"] = totals.hits;
    output.json["noise_hits"] = totals.noise;
    output.json["seconds"] = seconds;
    output.json["seconds_per_event"] = seconds / n;
    output.json["per_event"] = std::move(*perEvent);
    output.json["per_event_listed"] = std::min<std::uint64_t>(options.events, kEventsListed);
    const double noiseShare =
        totals.hits > 0 ? 100.0 * static_cast<double>(totals.noise) / static_cast<double>(totals.hits) : 0.0;
    output.summary = fmt::format("{} events (mu {}, seed {}) written to {}: {:.0f} particles and {:.0f} hits "
                                 "per event ({:.1f} % noise), {:.2f} s per event",
                                 options.events, options.mu, options.seed, options.out,
                                 static_cast<double>(totals.particles) / n,
                                 static_cast<double>(totals.hits) / n, noiseShare, seconds / n);
    return output;
}

} // namespace

void addTrackSimulateCommand(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<TrackSimulateOptions>();
    CLI::App* command = registry.add(
        group, "simulate",
        "Simulate TrackML-format events (hits, cells, particles, truth) in a TrackML-like detector",
        [options](const CliContext&, ProgressSink& progress) {
            return runTrackSimulate(*options, progress);
        });
    command->add_option("--events", options->events, "Number of events")
        ->required()
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1'000'000}));
    command->add_option("--mu", options->mu, "Mean number of pile-up interactions (Poisson)")
        ->check(CLI::Range(0.0, 1000.0))
        ->capture_default_str();
    command->add_option("--seed", options->seed, "Random seed (event k depends on seed and k only)")
        ->capture_default_str();
    command->add_option("--out", options->out, "Folder for the event files")->required();
    command->add_option("--first-event", options->firstEvent, "Number of the first event")
        ->check(CLI::Range(std::uint64_t{0}, std::uint64_t{999'999'999}))
        ->capture_default_str();
    command->add_option("--field", options->field, "Solenoid field [T]")
        ->check(CLI::Range(0.001, 20.0))
        ->capture_default_str();
    command->add_option("--noise", options->noise, "Fraction of the hits that are noise")
        ->check(CLI::Range(0.0, 0.99))
        ->capture_default_str();
    command->add_option("--inefficiency", options->inefficiency, "Probability that a crossing leaves no hit")
        ->check(CLI::Range(0.0, 0.99))
        ->capture_default_str();
    command->add_option(
        "--geometry", options->geometry,
        "TrackML detectors.csv(.gz) whose planar modules to use instead of the built-in layout");
    command->add_option("--geometry-out", options->geometryOut,
                        "Also write the layout as a TrackML detectors.csv");
    command->add_flag("--no-hard-scatter", options->noHardScatter, "Pile-up interactions only");
    command->add_flag("--no-scattering", options->noScattering, "No multiple scattering");
    command->add_flag("--energy-loss", options->energyLoss, "Energy loss in the layers");
    command->add_flag("--gzip", options->gzip, "Write .csv.gz files");
}

} // namespace lupa::cli
