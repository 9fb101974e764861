// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli track run`: track reconstruction of one TrackML event, written as a submission CSV.
#include "TrackCommands.hpp"

#include <lupa/core/tracking/BaselineTracker.hpp>
#include <lupa/core/tracking/Submission.hpp>
#include <lupa/core/trackml/EventReader.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <memory>

namespace lupa::cli {
namespace {

struct TrackRunOptions {
    std::string event;
    std::string out;
    std::string model;
    bool baseline = false;
    double field = 2.0;
    double minPt = 0.15;
    std::size_t minHits = 4;
};

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Result<std::vector<trackml::Hit>> readHits(const std::string& prefix) {
    auto file = trackml::eventFile(prefix, "hits");
    if (!file) {
        const std::string plain = prefix + "-hits.csv";
        return Error::badInput(
            fmt::format("no hits file for the event: neither {} nor {}.gz exists", plain, plain), plain);
    }
    return trackml::readHits(*file);
}

Json timingJson(const tracking::BaselineTiming& t, double reading, double writing) {
    return {{"reading", reading},       {"indexing", t.indexing},   {"seeding", t.seeding},
            {"following", t.following}, {"ambiguity", t.ambiguity}, {"reconstruction", t.total},
            {"writing", writing}};
}

Result<CommandOutput> runTrackRun(const TrackRunOptions& options, ProgressSink& progress) {
    if (!options.model.empty())
        return Error::usage("the GNN pipeline is not available yet; use --baseline");
    tracking::BaselineConfig config;
    config.bFieldTesla = options.field;
    config.seeding.minPt = options.minPt;
    config.minHits = options.minHits;
    LUPA_TRY(tracking::validate(config));

    auto start = std::chrono::steady_clock::now();
    auto hits = readHits(options.event);
    if (!hits)
        return std::move(hits).error();
    const double reading = secondsSince(start);
    auto result = tracking::reconstructBaseline(*hits, config, &progress);
    if (!result)
        return std::move(result).error();
    start = std::chrono::steady_clock::now();
    const auto eventId = tracking::eventIdOfPrefix(options.event).value_or(0);
    LUPA_TRY(tracking::writeSubmission(options.out, eventId, tracking::toAssignment(*hits, *result)));
    const double writing = secondsSince(start);

    CommandOutput output;
    output.json = {{"event", options.event},
                   {"event_id", eventId},
                   {"out", options.out},
                   {"method", "baseline"},
                   {"hits", hits->size()},
                   {"layers", result->layers},
                   {"seeds", result->seeds},
                   {"candidates", result->candidates},
                   {"tracks", result->tracks},
                   {"assigned_hits", result->assignedHits},
                   {"seconds", timingJson(result->seconds, reading, writing)},
                   {"config", tracking::toJson(config)}};
    const auto& t = result->seconds;
    output.summary = fmt::format(
        "{}: {} tracks from {} hits ({} assigned; {} seeds, {} candidates), written to {}\n"
        "time: reading {:.3f} s, indexing {:.3f} s, seeding {:.3f} s, following {:.3f} s, ambiguity "
        "{:.3f} s, writing {:.3f} s",
        std::filesystem::path(options.event).filename().string(), result->tracks, hits->size(),
        result->assignedHits, result->seeds, result->candidates, options.out, reading, t.indexing, t.seeding,
        t.following, t.ambiguity, writing);
    return output;
}

} // namespace

void addTrackRunCommand(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<TrackRunOptions>();
    CLI::App* command = registry.add(
        group, "run", "Reconstruct the tracks of a TrackML event and write a submission CSV",
        [options](const CliContext&, ProgressSink& progress) { return runTrackRun(*options, progress); });
    command->add_option("--event", options->event, "Event prefix, e.g. data/event000000001 (its -hits file)")
        ->required();
    command->add_option("--out", options->out, "Submission CSV event_id,hit_id,track_id (.gz: compressed)")
        ->required();
    command->add_flag("--baseline", options->baseline,
                      "Classical baseline: triplet seeding and track following (the default)");
    command->add_option("--model", options->model, "Trained GNN model (not available yet)");
    command->add_option("--field", options->field, "Solenoid field [T]")
        ->check(CLI::Range(0.001, 20.0))
        ->capture_default_str();
    command->add_option("--min-pt", options->minPt, "Seeds bend less than a track of this pT [GeV]")
        ->check(CLI::Range(0.05, 1000.0))
        ->capture_default_str();
    command->add_option("--min-hits", options->minHits, "Tracks keep at least this many hits")
        ->check(CLI::Range(std::size_t{3}, std::size_t{100}))
        ->capture_default_str();
}

} // namespace lupa::cli
