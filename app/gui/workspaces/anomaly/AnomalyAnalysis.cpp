// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AnomalyAnalysis.hpp"

#include <lupa/core/anomaly/EventSimulator.hpp>
#include <lupa/core/anomaly/Scoring.hpp>

#include <algorithm>
#include <numeric>
#include <optional>
#include <system_error>

namespace lupa::app {
namespace {

// Fixed seeds: the demo samples are the same on every machine.
constexpr std::uint64_t kDemoSeedBase = 2021;

double stepBegin(std::size_t k, std::size_t count) {
    return static_cast<double>(k) / static_cast<double>(std::max<std::size_t>(count, 1));
}

// Up to `count` rows spread evenly over `rows`.
std::vector<std::int64_t> evenRows(std::int64_t rows, std::int64_t count) {
    const std::int64_t kept = std::min(rows, count);
    std::vector<std::int64_t> indices(static_cast<std::size_t>(std::max<std::int64_t>(kept, 0)));
    for (std::int64_t i = 0; i < kept; ++i)
        indices[static_cast<std::size_t>(i)] = i * rows / kept;
    return indices;
}

Result<ml::Tensor> latentOf(const ml::DenseModel& model, const anomaly::AnomalyModelInfo& info,
                            const anomaly::FeatureTable& table, std::int64_t count) {
    auto raw = anomaly::selectColumns(table, info.columns);
    if (!raw)
        return std::move(raw).error();
    const auto rows = evenRows(raw->rowCount(), count);
    auto prepared = anomaly::prepareEvents(raw->selectRows(rows), info, model.metadata().normalisation);
    if (!prepared)
        return std::move(prepared).error();
    return model.encode(prepared->inputs);
}

// The `count` highest-scoring events of one sample, with their leading feature.
std::vector<AnomalousEvent> topEventsOf(std::size_t sample, const anomaly::EventScores& scores,
                                        const std::vector<std::string>& columns, std::size_t count) {
    std::vector<std::size_t> order(scores.scores.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    const auto kept = std::min(count, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(kept), order.end(),
                      [&](std::size_t a, std::size_t b) { return scores.scores[a] > scores.scores[b]; });
    std::vector<AnomalousEvent> events;
    for (std::size_t i = 0; i < kept; ++i) {
        AnomalousEvent e;
        e.sample = sample;
        e.event = static_cast<std::int64_t>(order[i]);
        e.score = scores.scores[order[i]];
        const auto shares = scores.contributions.row(e.event);
        const auto top = std::max_element(shares.begin(), shares.end()) - shares.begin();
        if (top >= 0 && static_cast<std::size_t>(top) < columns.size())
            e.topFeature = columns[static_cast<std::size_t>(top)];
        e.topShare = e.score > 0 ? shares[static_cast<std::size_t>(top)] / e.score : 0.0;
        events.push_back(std::move(e));
    }
    return events;
}

Result<std::vector<double>> scoresOf(const ml::DenseModel& model, const anomaly::FeatureTable& table,
                                     const std::optional<ml::FixedPointConfig>& fixed,
                                     ProgressSink& progress) {
    anomaly::ScoreOptions options;
    options.fixedPoint = fixed;
    auto scores = anomaly::scoreEvents(model, table, options, progress);
    if (!scores)
        return std::move(scores).error();
    return std::move(scores->scores);
}

Result<std::vector<anomaly::SignalEvaluation>> evaluateAll(const std::vector<std::vector<double>>& scores,
                                                           const std::vector<SampleInput>& inputs,
                                                           const anomaly::EvaluationOptions& options) {
    const anomaly::BackgroundScores background(scores.front());
    std::vector<anomaly::SignalEvaluation> evaluations;
    for (std::size_t k = 1; k < scores.size(); ++k) {
        auto evaluation = anomaly::evaluateSignal(background, scores[k], inputs[k].name, options);
        if (!evaluation)
            return std::move(evaluation).error();
        evaluations.push_back(std::move(*evaluation));
    }
    return evaluations;
}

} // namespace

Result<std::shared_ptr<const anomaly::FeatureTable>>
tableFor(TableCache& cache, const std::filesystem::path& path, ProgressSink& progress) {
    if (const auto found = cache.find(path); found != cache.end())
        return found->second;
    auto table = anomaly::readFeatureTable(path, {}, progress);
    if (!table)
        return std::move(table).error();
    auto shared = std::make_shared<const anomaly::FeatureTable>(std::move(*table));
    cache[path] = shared;
    return shared;
}

std::shared_ptr<const anomaly::FeatureTable> backgroundHalf(const anomaly::FeatureTable& table,
                                                            BackgroundHalf half) {
    const auto split = evaluationHalfStart(table.rowCount());
    const auto first = half == BackgroundHalf::Training ? 0 : split;
    const auto last = half == BackgroundHalf::Training ? split : table.rowCount();
    std::vector<std::int64_t> rows(static_cast<std::size_t>(last - first));
    std::iota(rows.begin(), rows.end(), first);
    auto part = std::make_shared<anomaly::FeatureTable>();
    part->path = table.path;
    part->columns = table.columns;
    part->adcLayout = table.adcLayout;
    part->features = table.features.selectRows(rows);
    return part;
}

std::string sampleName(const std::filesystem::path& path) {
    std::filesystem::path stem = path.filename();
    while (stem.has_extension())
        stem = stem.stem();
    return stem.string();
}

Result<std::vector<std::filesystem::path>> writeDemoSamples(const std::filesystem::path& folder,
                                                            std::uint64_t backgroundEvents,
                                                            std::uint64_t signalEvents,
                                                            ProgressSink& progress) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        return Error::io("cannot create the folder: " + error.message(), folder.string());
    const auto& processes = anomaly::allProcesses();
    const double total = static_cast<double>(backgroundEvents + signalEvents * (processes.size() - 1));
    std::vector<std::filesystem::path> paths;
    double done = 0;
    for (std::size_t k = 0; k < processes.size(); ++k) {
        const auto process = processes[k];
        const auto events = process == anomaly::Process::Background ? backgroundEvents : signalEvents;
        const auto path = folder / (std::string(anomaly::processName(process)) + ".h5");
        SubProgress step(progress, done / total, (done + static_cast<double>(events)) / total);
        done += static_cast<double>(events);
        paths.push_back(path);
        if (std::filesystem::exists(path))
            continue;
        anomaly::EventSimulatorOptions options;
        options.process = process;
        options.seed = kDemoSeedBase + k;
        LUPA_TRY(anomaly::writeSimulatedEvents(path, options, events, step));
    }
    progress.report(1.0, "demo samples written");
    return paths;
}

Result<AnomalyEvaluation> evaluateSamples(const ml::DenseModel& model, const std::vector<SampleInput>& inputs,
                                          TableCache& cache, const EvaluationSettings& settings,
                                          ProgressSink& progress) {
    if (inputs.size() < 2)
        return Error::usage("evaluation needs a background and at least one signal");
    auto info = anomaly::AnomalyModelInfo::fromMetadata(model.metadata());
    if (!info)
        return std::move(info).error();
    AnomalyEvaluation result;
    std::vector<std::vector<double>> scores;
    anomaly::ScoreOptions options;
    options.perFeature = true;
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        SubProgress step(progress, 0.8 * stepBegin(k, inputs.size()), 0.8 * stepBegin(k + 1, inputs.size()));
        auto table = tableFor(cache, inputs[k].path, step);
        if (!table)
            return std::move(table).error();
        std::int64_t firstRow = 0; // of the events scored, in the file
        if (k == 0) {              // the background events the model was not trained on
            firstRow = evaluationHalfStart((*table)->rowCount());
            *table = backgroundHalf(**table, BackgroundHalf::Evaluation);
        }
        auto scored = anomaly::scoreEvents(model, **table, options, step);
        if (!scored)
            return std::move(scored).error();
        auto latent = latentOf(model, *info, **table, settings.latentEvents);
        if (!latent)
            return std::move(latent).error();
        auto top = topEventsOf(k, *scored, info->columns, settings.topEvents);
        for (auto& event : top)
            event.event += firstRow;
        result.topEvents.insert(result.topEvents.end(), top.begin(), top.end());
        result.samples.push_back({inputs[k].name, scored->scores, std::move(*latent)});
        scores.push_back(std::move(scored->scores));
    }
    std::sort(result.topEvents.begin(), result.topEvents.end(),
              [](const AnomalousEvent& a, const AnomalousEvent& b) { return a.score > b.score; });
    result.topEvents.resize(std::min(result.topEvents.size(), settings.topEvents));
    progress.report(0.8, "ROC curves and bootstrap");
    anomaly::EvaluationOptions evaluation;
    evaluation.bootstrapRounds = settings.bootstrapRounds;
    auto signals = evaluateAll(scores, inputs, evaluation);
    if (!signals)
        return std::move(signals).error();
    result.signals = std::move(*signals);
    progress.report(1.0, "evaluated");
    return result;
}

Result<FixedPointReport> compareSamples(const ml::DenseModel& model, const std::vector<SampleInput>& inputs,
                                        TableCache& cache, const ml::FixedPointConfig& config,
                                        ProgressSink& progress, std::int64_t stageEvents) {
    if (inputs.empty())
        return Error::usage("the comparison needs at least a background sample");
    FixedPointReport report;
    std::vector<std::vector<double>> floats;
    std::vector<std::vector<double>> fixeds;
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        const double begin = 0.9 * stepBegin(k, inputs.size());
        const double end = 0.9 * stepBegin(k + 1, inputs.size());
        SubProgress reading(progress, begin, (2 * begin + end) / 3);
        auto table = tableFor(cache, inputs[k].path, reading);
        if (!table)
            return std::move(table).error();
        if (k == 0)
            *table = backgroundHalf(**table, BackgroundHalf::Evaluation);
        if (k == 0) {
            auto comparison = anomaly::compareFixedPoint(model, **table, config, stageEvents);
            if (!comparison)
                return std::move(comparison).error();
            report.comparison = std::move(*comparison);
        }
        SubProgress scoring(progress, (2 * begin + end) / 3, end);
        auto floating = scoresOf(model, **table, std::nullopt, scoring);
        if (!floating)
            return std::move(floating).error();
        auto fixed = scoresOf(model, **table, config, scoring);
        if (!fixed)
            return std::move(fixed).error();
        floats.push_back(std::move(*floating));
        fixeds.push_back(std::move(*fixed));
    }
    progress.report(0.9, "ROC curves");
    anomaly::EvaluationOptions options;
    options.bootstrapRounds = 0;
    if (inputs.size() > 1) {
        auto floatSignals = evaluateAll(floats, inputs, options);
        if (!floatSignals)
            return std::move(floatSignals).error();
        auto fixedSignals = evaluateAll(fixeds, inputs, options);
        if (!fixedSignals)
            return std::move(fixedSignals).error();
        report.floatSignals = std::move(*floatSignals);
        report.fixedSignals = std::move(*fixedSignals);
    }
    progress.report(1.0, "compared");
    return report;
}

std::optional<ml::TrainHistory> trainingHistoryOf(const ml::ModelMetadata& metadata) {
    const auto training = metadata.extra.find("training");
    if (training == metadata.extra.end() || !training->is_object() || !training->contains("history"))
        return std::nullopt;
    const auto& json = (*training)["history"];
    try {
        ml::TrainHistory history;
        history.trainLoss = json.value("train_loss", std::vector<double>{});
        history.validationLoss = json.value("validation_loss", std::vector<double>{});
        history.bestEpoch = json.value("best_epoch", -1);
        history.bestLoss = json.value("best_loss", 0.0);
        history.stoppedEarly = json.value("stopped_early", false);
        return history;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt; // a history of the wrong shape is not worth failing the model for
    }
}

std::string layerWidthsOf(const ml::DenseModel& model) {
    std::string text = std::to_string(model.inputSize());
    for (const auto& layer : model.layers())
        text.append(" \u2192 ").append(std::to_string(layer.outputs));
    return text;
}

} // namespace lupa::app
