// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli track score`: a submission against the event's truth, the TrackML way and the ACTS way.
#include "TrackCommands.hpp"

#include <lupa/core/tracking/Submission.hpp>
#include <lupa/core/tracking/TrackMetrics.hpp>
#include <lupa/core/tracking/TrackmlScore.hpp>
#include <lupa/core/trackml/EventReader.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cmath>
#include <filesystem>
#include <memory>

namespace lupa::cli {
namespace {

/// An event file the score needs; BadInput naming the path looked for when it is missing.
Result<void> requireEventFile(const std::string& prefix, const char* part, const char* purpose) {
    if (trackml::eventFile(prefix, part))
        return {};
    const std::string plain = prefix + "-" + part + ".csv";
    return Error::badInput(fmt::format("scoring needs the {} file ({}), but neither {} nor {}.gz exists",
                                       part, purpose, plain, plain),
                           plain);
}

Result<trackml::Event> readScoringEvent(const std::string& prefix) {
    LUPA_TRY(requireEventFile(prefix, "truth", "which particle made each hit, and the hit weights"));
    LUPA_TRY(requireEventFile(prefix, "hits", "the event's hit ids"));
    LUPA_TRY(requireEventFile(prefix, "particles", "the particle momenta for the efficiency"));
    return trackml::readEvent(prefix, trackml::EventParts{true, true, true, false});
}

std::string eventList(const tracking::Submission& submission) {
    std::string list;
    for (const auto& [id, assignment] : submission.events)
        list += (list.empty() ? "" : ", ") + std::to_string(id);
    return list;
}

struct ChosenEvent {
    std::uint64_t id = 0;
    tracking::TrackAssignment assignment;
};

/// The submission's rows of the event `prefix` names (event000000007 -> 7); when the prefix carries no
/// number, the submission's only event. A submission without rows assigns nothing.
Result<ChosenEvent> chooseEvent(tracking::Submission submission, const std::string& prefix,
                                const std::string& path) {
    const auto id = tracking::eventIdOfPrefix(prefix);
    if (submission.events.empty())
        return ChosenEvent{id.value_or(0), {}};
    if (!id && submission.events.size() == 1)
        return ChosenEvent{submission.events.begin()->first, std::move(submission.events.begin()->second)};
    if (!id)
        return Error::badInput(
            fmt::format("the event prefix carries no event number and the submission holds "
                        "several events ({}): name the event like event000000001",
                        eventList(submission)),
            path);
    const auto it = submission.events.find(*id);
    if (it == submission.events.end())
        return Error::badInput(fmt::format("the submission has no rows for event {} (it has event(s) {})",
                                           *id, eventList(submission)),
                               path);
    return ChosenEvent{*id, std::move(it->second)};
}

/// Errors about the submission's content name its file.
Error inSubmission(Error error, const std::string& path) {
    if (error.file.empty())
        error.file = path;
    return error;
}

std::string summaryOf(const std::string& prefix, const tracking::TrackmlScore& score,
                      const tracking::TrackMetrics& metrics, const tracking::TrackMetricsConfig& config) {
    return fmt::format(
        "{}: TrackML score {:.4f} ({} tracks, {} good; {} of {} hits assigned)\n"
        "efficiency {:.4f} ({} of {} particles with pT > {} GeV, |eta| < {}, >= {} hits)\n"
        "fake rate {:.4f} ({} of {} tracks with >= {} hits), duplicate rate {:.4f} ({} of {} matched tracks)",
        std::filesystem::path(prefix).filename().string(), score.score, score.tracks, score.goodTracks,
        score.assignedHits, score.hits, metrics.efficiency, metrics.matchedParticles,
        metrics.selectedParticles, config.minPt, config.maxAbsEta, config.minParticleHits, metrics.fakeRate,
        metrics.fakeTracks, metrics.tracks, config.minTrackHits, metrics.duplicateRate,
        metrics.duplicateTracks, metrics.matchedTracks);
}

} // namespace

Result<CommandOutput> runTrackScore(const TrackScoreOptions& options) {
    tracking::TrackMetricsConfig config;
    config.minPt = options.minPt;
    if (!tracking::validate(config))
        return Error::usage("--min-pt must be a number >= 0 (GeV)");
    auto event = readScoringEvent(options.event);
    if (!event)
        return std::move(event).error();
    auto submission = tracking::readSubmission(options.submission);
    if (!submission)
        return std::move(submission).error();
    auto chosen = chooseEvent(std::move(*submission), options.event, options.submission);
    if (!chosen)
        return std::move(chosen).error();
    const auto score = tracking::scoreEvent(event->truth, chosen->assignment);
    if (!score)
        return inSubmission(score.error(), options.submission);
    const auto metrics =
        tracking::evaluateTrackMetrics(event->truth, event->particles, chosen->assignment, config);
    if (!metrics)
        return inSubmission(metrics.error(), options.submission);

    CommandOutput output;
    output.json = tracking::toJson(*score);
    output.json["event"] = options.event;
    output.json["event_id"] = chosen->id;
    output.json["submission"] = options.submission;
    output.json["efficiency"] = metrics->efficiency;
    output.json["fake_rate"] = metrics->fakeRate;
    output.json["duplicate_rate"] = metrics->duplicateRate;
    output.json["metrics"] = tracking::toJson(*metrics);
    output.json["selection"] = tracking::toJson(config);
    output.summary = summaryOf(options.event, *score, *metrics, config);
    if (!options.out.empty()) {
        LUPA_TRY(writeJsonFile(options.out, output.json));
        output.summary += "\nwritten to " + options.out;
    }
    return output;
}

void addTrackScoreCommand(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<TrackScoreOptions>();
    CLI::App* command = registry.add(
        group, "score", "TrackML score, efficiency, fake and duplicate rate of a track-candidate submission",
        [options](const CliContext&, ProgressSink&) { return runTrackScore(*options); });
    command
        ->add_option(
            "--event", options->event,
            "Event prefix, e.g. data/event000000001 (its -hits, -particles and -truth .csv or .csv.gz)")
        ->required();
    command
        ->add_option("--submission", options->submission, "Submission CSV event_id,hit_id,track_id (or .gz)")
        ->required();
    command->add_option("--out", options->out, "Also write the JSON result to this file");
    command->add_option("--min-pt", options->minPt, "Efficiency counts particles with pT above this [GeV]")
        ->capture_default_str();
}

} // namespace lupa::cli
