// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli anomaly score` and `lupa-cli anomaly eval`: no libtorch, lupa's dense engine.
#include "AnomalyOptions.hpp"

#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/anomaly/Evaluation.hpp>
#include <lupa/core/anomaly/FixedPointComparison.hpp>
#include <lupa/core/anomaly/Scoring.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>

namespace lupa::cli {
namespace {

struct ScoreOptions {
    std::string model;
    std::string input;
    std::string out;
    bool explain = false;
    TableFlags table;
    FixedPointFlags fixedPoint;
};

struct EvalOptions {
    std::string model;
    std::string background;
    std::vector<std::string> signals;
    std::string input; ///< one labelled table instead of --background/--signal
    std::string out;
    std::vector<double> fprs{1e-3, 1e-4, 1e-5};
    int bootstrap = 100;
    std::uint64_t seed = 1;
    TableFlags table;
    FixedPointFlags fixedPoint;
};

// A named set of events to evaluate.
struct Sample {
    std::string name;
    std::vector<double> floatScores;
    std::vector<double> fixedScores;
};

std::string scoresCsv(const anomaly::EventScores& scores, const std::vector<std::string>& columns,
                      bool explain) {
    std::string csv = explain ? "index,score,top_feature\n" : "index,score\n";
    for (std::size_t i = 0; i < scores.scores.size(); ++i) {
        csv += fmt::format("{},{:.9g}", i, scores.scores[i]);
        if (explain) {
            const auto shares = scores.contributions.row(static_cast<std::int64_t>(i));
            const auto top = std::max_element(shares.begin(), shares.end()) - shares.begin();
            csv.append(1, ',').append(columns[static_cast<std::size_t>(top)]);
        }
        csv.append(1, '\n');
    }
    return csv;
}

Result<CommandOutput> runScore(const ScoreOptions& options, ProgressSink& progress) {
    auto fixed = options.fixedPoint.toConfig();
    if (!fixed)
        return std::move(fixed).error();
    auto model = ml::DenseModel::load(options.model);
    if (!model)
        return std::move(model).error();
    SubProgress reading(progress, 0.0, 0.3);
    auto table = readTable(options.input, options.table, reading);
    if (!table)
        return std::move(table).error();
    auto kind = options.fixedPoint.scoreKind();
    if (!kind)
        return std::move(kind).error();
    anomaly::ScoreOptions scoring;
    scoring.fixedPoint = *fixed;
    scoring.perFeature = options.explain;
    scoring.kind = *kind;
    SubProgress scoringProgress(progress, 0.3, 0.95);
    auto scores = anomaly::scoreEvents(*model, *table, scoring, scoringProgress);
    if (!scores)
        return std::move(scores).error();
    auto info = anomaly::AnomalyModelInfo::fromMetadata(model->metadata());
    LUPA_TRY(writeFileAtomically(options.out, scoresCsv(*scores, info->columns, options.explain)));
    CommandOutput output;
    output.json = {{"input", tableJson(*table)},
                   {"out", std::filesystem::absolute(options.out).lexically_normal().string()},
                   {"fixed_point", *fixed ? Json((*fixed)->data.toString()) : Json()}};
    output.summary = fmt::format("{} scored ({}), scores written to {}", options.input, describeTable(*table),
                                 options.out);
    return output;
}

Result<std::vector<double>> scoresOf(const ml::DenseModel& model, const anomaly::FeatureTable& table,
                                     const std::optional<ml::FixedPointConfig>& fixed,
                                     std::optional<anomaly::ScoreKind> kind, ProgressSink& progress) {
    anomaly::ScoreOptions scoring;
    scoring.fixedPoint = fixed;
    scoring.kind = kind;
    auto scores = anomaly::scoreEvents(model, table, scoring, progress);
    if (!scores)
        return std::move(scores).error();
    return std::move(scores->scores);
}

// Splits a labelled table's scores into background (label 0) and one sample per other label.
Result<std::vector<Sample>> splitByLabel(const anomaly::FeatureTable& table,
                                         const std::vector<double>& floats,
                                         const std::vector<double>& fixeds) {
    if (table.labels.empty())
        return Error::usage("evaluation needs labels: give --label-column for " + table.path.string());
    std::map<int, Sample> byLabel;
    for (std::size_t i = 0; i < floats.size(); ++i) {
        auto& sample = byLabel[table.labels[i]];
        sample.name = table.labels[i] == 0 ? "background" : fmt::format("label {}", table.labels[i]);
        sample.floatScores.push_back(floats[i]);
        if (!fixeds.empty())
            sample.fixedScores.push_back(fixeds[i]);
    }
    if (!byLabel.contains(0) || byLabel.size() < 2)
        return Error::badInput("evaluation needs background (label 0) and signal (label > 0) events",
                               table.path.string());
    std::vector<Sample> samples;
    for (auto& [label, sample] : byLabel)
        samples.push_back(std::move(sample));
    return samples;
}

// Reads and scores every input: the background first, then each signal.
Result<std::vector<Sample>> scoreSamples(const EvalOptions& options, const ml::DenseModel& model,
                                         const std::optional<ml::FixedPointConfig>& fixed,
                                         std::optional<anomaly::ScoreKind> kind,
                                         anomaly::FeatureTable& backgroundTable, ProgressSink& progress) {
    std::vector<std::string> files{options.input.empty() ? options.background : options.input};
    if (options.input.empty())
        files.insert(files.end(), options.signals.begin(), options.signals.end());
    std::vector<Sample> samples;
    for (std::size_t k = 0; k < files.size(); ++k) {
        SubProgress step(progress, static_cast<double>(k) / files.size(),
                         static_cast<double>(k + 1) / files.size());
        auto table = readTable(files[k], options.table, step);
        if (!table)
            return std::move(table).error();
        auto floats = scoresOf(model, *table, std::nullopt, kind, step);
        if (!floats)
            return std::move(floats).error();
        std::vector<double> fixeds;
        if (fixed) {
            auto scored = scoresOf(model, *table, fixed, kind, step);
            if (!scored)
                return std::move(scored).error();
            fixeds = std::move(*scored);
        }
        if (!options.input.empty()) {
            backgroundTable = std::move(*table);
            return splitByLabel(backgroundTable, *floats, fixeds);
        }
        Sample sample{k == 0 ? "background" : std::filesystem::path(files[k]).stem().string(),
                      std::move(*floats), std::move(fixeds)};
        samples.push_back(std::move(sample));
        if (k == 0)
            backgroundTable = std::move(*table);
    }
    return samples;
}

std::string pointsText(const anomaly::SignalEvaluation& e) {
    std::string text;
    for (const auto& p : e.workingPoints)
        text += fmt::format(", TPR@{:.0e} {:.4f}{}", p.targetFpr, p.tpr,
                            p.limitedByStatistics ? " (too few bkg)" : "");
    return text;
}

Result<Json> evaluateAll(const std::vector<Sample>& samples, bool fixed,
                         const anomaly::EvaluationOptions& settings, std::string& summary) {
    const anomaly::BackgroundScores background(fixed ? samples[0].fixedScores : samples[0].floatScores);
    Json list = Json::array();
    for (std::size_t k = 1; k < samples.size(); ++k) {
        auto evaluation = anomaly::evaluateSignal(
            background, fixed ? samples[k].fixedScores : samples[k].floatScores, samples[k].name, settings);
        if (!evaluation)
            return std::move(evaluation).error();
        list.push_back(evaluation->toJson());
        summary +=
            fmt::format("\n{}{}: AUC {:.4f} ± {:.4f}{}", fixed ? "fixed point, " : "", evaluation->name,
                        evaluation->auc, evaluation->aucUncertainty, pointsText(*evaluation));
    }
    return list;
}

Result<CommandOutput> runEval(const EvalOptions& options, ProgressSink& progress) {
    if (options.input.empty() == options.background.empty())
        return Error::usage("give either --background with --signal, or --input with --label-column");
    if (options.input.empty() && options.signals.empty())
        return Error::usage("give at least one --signal file");
    auto fixed = options.fixedPoint.toConfig();
    if (!fixed)
        return std::move(fixed).error();
    auto model = ml::DenseModel::load(options.model);
    if (!model)
        return std::move(model).error();
    anomaly::FeatureTable backgroundTable;
    SubProgress scoring(progress, 0.0, 0.8);
    auto kind = options.fixedPoint.scoreKind();
    if (!kind)
        return std::move(kind).error();
    auto samples = scoreSamples(options, *model, *fixed, *kind, backgroundTable, scoring);
    if (!samples)
        return std::move(samples).error();
    anomaly::EvaluationOptions settings;
    settings.targetFprs = options.fprs;
    settings.bootstrapRounds = options.bootstrap;
    settings.seed = options.seed;
    progress.report(0.8, "ROC curves and bootstrap");
    CommandOutput output;
    output.summary = fmt::format("background: {} events", (*samples)[0].floatScores.size());
    auto signals = evaluateAll(*samples, false, settings, output.summary);
    if (!signals)
        return std::move(signals).error();
    output.json = {{"model", std::filesystem::absolute(options.model).lexically_normal().string()},
                   {"background", tableJson(backgroundTable)},
                   {"collision_rate_hz", anomaly::kCollisionRateHz},
                   {"signals", *signals}};
    if (*fixed) {
        auto comparison = anomaly::compareFixedPoint(*model, backgroundTable, **fixed);
        if (!comparison)
            return std::move(comparison).error();
        auto fixedSignals = evaluateAll(*samples, true, settings, output.summary);
        if (!fixedSignals)
            return std::move(fixedSignals).error();
        output.json["fixed_point"] = comparison->toJson();
        output.json["fixed_point"]["signals"] = *fixedSignals;
        output.summary += fmt::format("\nfixed point {}: mean relative score difference {:.3g}",
                                      (*fixed)->data.toString(), comparison->meanRelativeScoreDifference);
    }
    if (!options.out.empty()) {
        LUPA_TRY(writeJsonFile(options.out, output.json));
        output.summary += "\nwritten to " + options.out;
    }
    return output;
}

} // namespace

void addAnomalyScoreCommand(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<ScoreOptions>();
    CLI::App* command = registry.add(
        group, "score", "Write every event's anomaly score as CSV (index,score)",
        [options](const CliContext&, ProgressSink& progress) { return runScore(*options, progress); });
    command->add_option("--model", options->model, "Anomaly model file")->required();
    command->add_option("--input", options->input, "Events (ADC2021 HDF5 or a table)")->required();
    command->add_option("--out", options->out, "CSV file to write")->required();
    command->add_flag("--explain", options->explain, "Add the feature that contributes most to each score");
    options->table.bind(*command, false);
    options->fixedPoint.bind(*command);
}

void addAnomalyEvalCommand(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<EvalOptions>();
    CLI::App* command = registry.add(
        group, "eval", "AUC with bootstrap uncertainty and TPR at FPR 1e-3/1e-4/1e-5 per signal",
        [options](const CliContext&, ProgressSink& progress) { return runEval(*options, progress); });
    command->add_option("--model", options->model, "Anomaly model file")->required();
    command->add_option("--background", options->background, "Background events");
    command->add_option("--signal", options->signals, "Signal events, repeatable");
    command->add_option("--input", options->input, "One table with a --label-column instead");
    command->add_option("--out", options->out, "JSON file to write the evaluation to");
    command->add_option("--fpr", options->fprs, "False-positive rates of the working points")
        ->delimiter(',')
        ->check(CLI::Range(1e-12, 1.0));
    command
        ->add_option("--bootstrap", options->bootstrap, "Bootstrap rounds for the AUC uncertainty (0 = none)")
        ->check(CLI::Range(0, 10000))
        ->capture_default_str();
    command->add_option("--seed", options->seed, "Seed of the bootstrap")->capture_default_str();
    options->table.bind(*command, true);
    options->fixedPoint.bind(*command);
}

} // namespace lupa::cli
