// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli track run`: track reconstruction of one TrackML event, written as a submission CSV.
#include "TrackCommands.hpp"
#include "TrackGnnPlugin.hpp"

#include <lupa/core/tracking/BaselineTracker.hpp>
#include <lupa/core/tracking/Segmentation.hpp>
#include <lupa/core/tracking/Submission.hpp>
#include <lupa/core/trackml/EventReader.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>

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
    std::optional<double> edgeCut; ///< GNN: replaces the model's cut when given
};

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

Json gnnTimingJson(const tracking::GnnTiming& t, double reading, double writing) {
    return {{"reading", reading},
            {"graph", t.graph},
            {"features", t.features},
            {"classifier", t.classifier},
            {"segmentation", t.segmentation},
            {"reconstruction", t.total},
            {"writing", writing}};
}

Result<CommandOutput> runTrackGnn(const TrackRunOptions& options, const CliContext& context,
                                  ProgressSink& progress) {
    auto start = std::chrono::steady_clock::now();
    auto hits = readHits(options.event);
    if (!hits)
        return std::move(hits).error();
    const double reading = secondsSince(start);
    TrackGnnRunRequest request{options.model, &*hits, std::nullopt, context.threads, &progress};
    if (options.edgeCut) {
        tracking::SegmentationConfig segmentation;
        segmentation.edgeCut = *options.edgeCut;
        segmentation.minHits = options.minHits;
        request.segmentation = segmentation;
    }
    auto run = runTrackGnnModule(request);
    if (!run)
        return std::move(run).error();
    const auto& result = run->result;
    start = std::chrono::steady_clock::now();
    const auto eventId = tracking::eventIdOfPrefix(options.event).value_or(0);
    const auto assignment = tracking::assignmentOf(*hits, result.trackOfHit);
    LUPA_TRY(tracking::writeSubmission(options.out, eventId, assignment));
    const double writing = secondsSince(start);
    CommandOutput output;
    output.json = {{"event", options.event},
                   {"event_id", eventId},
                   {"out", options.out},
                   {"method", "gnn"},
                   {"model", options.model},
                   {"graph", tracking::toString(run->graph)},
                   {"hits", hits->size()},
                   {"edges", result.edges},
                   {"kept_edges", result.keptEdges},
                   {"edge_cut", run->segmentation.edgeCut},
                   {"tracks", result.tracks},
                   {"assigned_hits", assignment.size()},
                   {"seconds", gnnTimingJson(result.seconds, reading, writing)}};
    const auto& t = result.seconds;
    output.summary =
        fmt::format("{}: {} tracks from {} hits ({} assigned; {} graph edges, {} kept), written to {}\n"
                    "time: reading {:.3f} s, graph {:.3f} s, features {:.3f} s, classifier {:.3f} s, "
                    "segmentation {:.3f} s, "
                    "writing {:.3f} s",
                    std::filesystem::path(options.event).filename().string(), result.tracks, hits->size(),
                    assignment.size(), result.edges, result.keptEdges, options.out, reading, t.graph,
                    t.features, t.classifier, t.segmentation, writing);
    return output;
}

Result<CommandOutput> runTrackRun(const TrackRunOptions& options, const CliContext& context,
                                  ProgressSink& progress) {
    if (!options.model.empty() && options.baseline)
        return Error::usage("--baseline and --model exclude each other");
    if (!options.model.empty())
        return runTrackGnn(options, context, progress);
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
    CLI::App* command =
        registry.add(group, "run", "Reconstruct the tracks of a TrackML event and write a submission CSV",
                     [options](const CliContext& context, ProgressSink& progress) {
                         return runTrackRun(*options, context, progress);
                     });
    command->add_option("--event", options->event, "Event prefix, e.g. data/event000000001 (its -hits file)")
        ->required();
    command->add_option("--out", options->out, "Submission CSV event_id,hit_id,track_id (.gz: compressed)")
        ->required();
    command->add_flag(
        "--baseline", options->baseline,
        "Classical baseline: triplet seeding and track following (the default without --model)");
    command->add_option("--model", options->model, "GNN pipeline with this model (track train --out)");
    command
        ->add_option("--edge-cut", options->edgeCut,
                     "GNN: drop edges scored below this (default: the model's)")
        ->check(CLI::Range(0.0, 1.0));
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
