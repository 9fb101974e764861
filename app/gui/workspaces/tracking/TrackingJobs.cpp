// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TrackingJobs.hpp"

#include "workspaces/anomaly/AnomalyJobs.hpp"

#include <lupa/core/Parallel.hpp>
#include <lupa/core/tracking/BaselineTracker.hpp>
#include <lupa/core/tracking/EventWriter.hpp>
#include <lupa/core/tracking/Segmentation.hpp>
#include <lupa/core/tracking/Simulation.hpp>
#include <lupa/core/trackml/EventFolder.hpp>
#include <lupa/core/trackml/EventReader.hpp>

#include <chrono>

namespace lupa::app {
namespace {

double trackingSecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

bool trackingHasPart(const std::string& prefix, const char* part) {
    return trackml::eventFile(prefix, part).ok();
}

// The hits, and the truth and particles when the event has them (reconstruction needs only the hits).
Result<trackml::Event> readTrackingEvent(const std::string& prefix) {
    const trackml::EventParts parts{true, trackingHasPart(prefix, "particles"),
                                    trackingHasPart(prefix, "truth"), false};
    if (!trackingHasPart(prefix, "hits"))
        return Error::badInput(
            QCoreApplication::translate("lupa::app::TrackingJobs", "the event has no hits file")
                .toStdString(),
            prefix + "-hits.csv");
    return trackml::readEvent(prefix, parts);
}

// Scores the assignment against the event's truth when it has one.
Result<void> scoreTrackingOutcome(const trackml::Event& event, const tracking::TrackAssignment& assignment,
                                  TrackingOutcome& outcome) {
    if (event.truth.empty()) {
        outcome.scoreNote =
            QCoreApplication::translate("lupa::app::TrackingJobs", "not scored: the event has no truth file");
        return success();
    }
    auto score = tracking::scoreEvent(event.truth, assignment);
    if (!score)
        return std::move(score).error();
    outcome.score = *score;
    if (event.particles.empty()) {
        outcome.scoreNote = QCoreApplication::translate("lupa::app::TrackingJobs",
                                                        "no efficiency: the event has no particles file");
        return success();
    }
    auto metrics = tracking::evaluateTrackMetrics(event.truth, event.particles, assignment);
    if (!metrics)
        return std::move(metrics).error();
    outcome.metrics = std::move(*metrics);
    return success();
}

QString trackingOutcomeSummary(const TrackingOutcome& outcome) {
    const QString name = QString::fromStdString(std::filesystem::path(outcome.event).filename().string());
    QString text = QCoreApplication::translate("lupa::app::TrackingJobs", "%1, %2: %3 tracks from %4 hits")
                       .arg(methodName(outcome.method), name)
                       .arg(outcome.tracks)
                       .arg(outcome.hits);
    if (outcome.score)
        text += QCoreApplication::translate("lupa::app::TrackingJobs", ", TrackML score %1")
                    .arg(outcome.score->score, 0, 'f', 4);
    return text;
}

Result<std::vector<trackml::Event>> readTrackingTrainingEvents(const std::vector<std::string>& prefixes,
                                                               ProgressSink& progress) {
    std::vector<trackml::Event> events;
    for (const auto& prefix : prefixes) {
        if (progress.isCancelled())
            return Error::cancelled();
        progress.report(0.05 * static_cast<double>(events.size()) / static_cast<double>(prefixes.size()),
                        "reading the events");
        auto event = trackml::readEvent(prefix);
        if (!event)
            return std::move(event).error();
        if (event->truth.empty())
            return Error::badInput("training needs the truth of every event, and this one has none",
                                   prefix + "-truth.csv");
        events.push_back(std::move(*event));
    }
    return events;
}

} // namespace

QString methodName(TrackingMethod method) {
    return method == TrackingMethod::Baseline
               ? QCoreApplication::translate("lupa::app::TrackingJobs", "Baseline")
               : QCoreApplication::translate("lupa::app::TrackingJobs", "GNN");
}

TrackingJobs::Work TrackingJobs::simulation(TrackingSimulation simulation, Output out) {
    return [=](ProgressSink& progress) -> Result<QString> {
        tracking::SimulationConfig config;
        config.pileup = simulation.mu;
        config.seed = simulation.seed;
        auto simulator = tracking::EventSimulator::create(tracking::SimGeometry::trackmlLike(), config);
        if (!simulator)
            return std::move(simulator).error();
        std::error_code ec;
        std::filesystem::create_directories(simulation.folder, ec);
        if (ec)
            return Error::io("cannot create the folder: " + ec.message(), simulation.folder.string());
        for (int k = 0; k < simulation.events; ++k) {
            if (progress.isCancelled())
                return Error::cancelled();
            progress.report(static_cast<double>(k) / simulation.events,
                            "event " + std::to_string(k + 1) + "/" + std::to_string(simulation.events));
            const auto number = static_cast<std::uint64_t>(k + 1);
            const auto prefix = (simulation.folder / tracking::eventName(number)).string();
            LUPA_TRY(tracking::writeEvent(simulator->simulate(number), prefix));
            out->prefixes.push_back(prefix);
        }
        return tr("simulated %1 event(s) with pile-up %2 into %3")
            .arg(simulation.events)
            .arg(simulation.mu)
            .arg(QString::fromStdString(simulation.folder.string()));
    };
}

TrackingJobs::Work TrackingJobs::baseline(std::string prefix, Output out) {
    return [=](ProgressSink& progress) -> Result<QString> {
        auto event = readTrackingEvent(prefix);
        if (!event)
            return std::move(event).error();
        const auto start = std::chrono::steady_clock::now();
        SubProgress reconstruction(progress, 0.0, 0.95);
        auto result = tracking::reconstructBaseline(event->hits, {}, &reconstruction);
        if (!result)
            return std::move(result).error();
        auto outcome = std::make_shared<TrackingOutcome>();
        outcome->seconds = trackingSecondsSince(start);
        outcome->method = TrackingMethod::Baseline;
        outcome->event = prefix;
        outcome->hits = event->hits.size();
        outcome->tracks = result->tracks;
        LUPA_TRY(scoreTrackingOutcome(*event, tracking::toAssignment(event->hits, *result), *outcome));
        out->outcome = outcome;
        return trackingOutcomeSummary(*outcome);
    };
}

TrackingJobs::Work TrackingJobs::training(std::vector<std::string> prefixes, tracking::GnnTrainConfig config,
                                          std::filesystem::path model, std::shared_ptr<EpochRelay> relay,
                                          int run, Output out) {
    return [=](ProgressSink& progress) -> Result<QString> {
        auto events = readTrackingTrainingEvents(prefixes, progress);
        if (!events)
            return std::move(events).error();
        SubProgress training(progress, 0.05, 1.0);
        cli::TrackTrainRequest request{&*events, config, model, threadCount(), &training, {}};
        request.onEpoch = [relay, run](const ml::EpochReport& report) {
            relay->post(run, report);
        };
        auto summary = cli::runTrackTrainModule(request);
        if (!summary)
            return std::move(summary).error();
        out->trained = std::move(*summary);
        return tr("trained the GNN on %1 event(s); model written to %2")
            .arg(events->size())
            .arg(QString::fromStdString(model.string()));
    };
}

TrackingJobs::Work TrackingJobs::gnn(std::string prefix, std::filesystem::path model, Output out) {
    return [=](ProgressSink& progress) -> Result<QString> {
        auto event = readTrackingEvent(prefix);
        if (!event)
            return std::move(event).error();
        SubProgress reconstruction(progress, 0.0, 0.95);
        cli::TrackGnnRunRequest request{model, &event->hits, std::nullopt, threadCount(), &reconstruction};
        auto run = cli::runTrackGnnModule(request);
        if (!run)
            return std::move(run).error();
        auto outcome = std::make_shared<TrackingOutcome>();
        outcome->seconds = run->result.seconds.total;
        outcome->method = TrackingMethod::Gnn;
        outcome->event = prefix;
        outcome->hits = event->hits.size();
        outcome->tracks = run->result.tracks;
        LUPA_TRY(scoreTrackingOutcome(*event, tracking::assignmentOf(event->hits, run->result.trackOfHit),
                                      *outcome));
        out->outcome = outcome;
        return trackingOutcomeSummary(*outcome);
    };
}

} // namespace lupa::app
