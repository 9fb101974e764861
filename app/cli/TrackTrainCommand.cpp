// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli track train`: learns the module map and trains the GNN edge classifier on simulated events.
#include "TrackCommands.hpp"
#include "TrackGnnPlugin.hpp"

#include <lupa/core/trackml/EventFolder.hpp>
#include <lupa/core/trackml/EventReader.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace lupa::cli {
namespace {

struct TrackTrainOptions {
    std::string events;
    std::string out;
    std::string graph = "layer_map";
    std::size_t maxEvents = 0;
    int epochs = 20;
    int hidden = 32;
    int steps = 3;
    bool mlpOnly = false;
    double learningRate = 1e-2;
    double validation = 0.2;
    double mapMinPt = 0;
    double edgeCut = 0.5;
    std::uint64_t seed = 1;
};

Result<std::vector<trackml::Event>> readTrainingEvents(const TrackTrainOptions& options,
                                                       ProgressSink& progress) {
    auto prefixes = trackml::eventPrefixesIn(options.events);
    if (!prefixes)
        return std::move(prefixes).error();
    if (options.maxEvents > 0 && prefixes->size() > options.maxEvents)
        prefixes->resize(options.maxEvents);
    std::vector<trackml::Event> events;
    for (const auto& prefix : *prefixes) {
        if (progress.isCancelled())
            return Error::cancelled();
        progress.report(static_cast<double>(events.size()) / prefixes->size() * 0.05, "reading the events");
        for (const char* part : {"truth", "particles"})
            if (!trackml::eventFile(prefix, part))
                return Error::badInput(
                    fmt::format("training needs the {} file of every event, and this one has none", part),
                    fmt::format("{}-{}.csv", prefix, part));
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

Result<tracking::GnnTrainConfig> trainConfigOf(const TrackTrainOptions& options) {
    tracking::GnnTrainConfig config;
    const auto kind = tracking::parseGraphKind(options.graph);
    if (!kind)
        return Error::usage(
            fmt::format("--graph is '{}' but must be layer_map, module_map or geometric", options.graph));
    config.graph = *kind;
    config.moduleMap.minPt = options.mapMinPt;
    config.network.hidden = options.hidden;
    config.network.steps = options.mlpOnly ? 0 : options.steps;
    config.training.epochs = options.epochs;
    config.training.learningRate = options.learningRate;
    config.training.validationFraction = options.validation;
    config.training.seed = options.seed;
    config.segmentation.edgeCut = options.edgeCut;
    LUPA_TRY(config.training.validate());
    return config;
}

Result<CommandOutput> runTrackTrain(const TrackTrainOptions& options, const CliContext& context,
                                    ProgressSink& progress) {
    auto config = trainConfigOf(options);
    if (!config)
        return std::move(config).error();
    const auto start = std::chrono::steady_clock::now();
    auto events = readTrainingEvents(options, progress);
    if (!events)
        return std::move(events).error();
    const double reading = secondsSince(start);
    SubProgress training(progress, 0.05, 1.0);
    TrackTrainRequest request{&*events, *config, options.out, context.threads, &training, {}};
    auto summary = runTrackTrainModule(request);
    if (!summary)
        return std::move(summary).error();
    CommandOutput output;
    const auto& t = summary->training;
    output.json = {{"events", events->size()},
                   {"out", options.out},
                   {"graph", options.graph},
                   {"module_pairs", summary->modulePairs},
                   {"layer_pairs", summary->layerPairs},
                   {"parameters", summary->parameters},
                   {"message_passing_steps", config->network.steps},
                   {"training", t},
                   {"seconds", {{"reading", reading}, {"total", secondsSince(start)}}}};
    const auto& losses = t.value("trainLoss", Json::array());
    output.summary = fmt::format(
        "trained on {} events ({} graph, {} layer pairs, {} module pairs): {} epochs, "
        "loss {:.4f} -> {:.4f}, best epoch {}; model written to {}",
        events->size(), options.graph, summary->layerPairs, summary->modulePairs, losses.size(),
        losses.empty() ? 0.0 : losses.front().get<double>(),
        losses.empty() ? 0.0 : losses.back().get<double>(), t.value("bestEpoch", -1), options.out);
    return output;
}

} // namespace

void addTrackTrainCommand(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<TrackTrainOptions>();
    CLI::App* command = registry.add(
        group, "train", "Learn the module map and train the GNN edge classifier on events with truth",
        [options](const CliContext& context, ProgressSink& progress) {
            return runTrackTrain(*options, context, progress);
        });
    command
        ->add_option("--events", options->events,
                     "Folder of TrackML events with truth (track simulate --out)")
        ->required();
    command->add_option("--out", options->out, "Model file to write")->required();
    command->add_option("--graph", options->graph, "Graph construction: layer_map, module_map or geometric")
        ->capture_default_str();
    command->add_option("--max-events", options->maxEvents, "Use at most this many events (0 = all)")
        ->capture_default_str();
    command->add_option("--epochs", options->epochs, "Training epochs")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    command->add_option("--hidden", options->hidden, "Width of the network's hidden representations")
        ->check(CLI::Range(2, 1024))
        ->capture_default_str();
    command->add_option("--steps", options->steps, "Message-passing steps of the interaction network")
        ->check(CLI::Range(0, 16))
        ->capture_default_str();
    command->add_flag("--mlp-only", options->mlpOnly, "No message passing: each edge judged alone");
    command->add_option("--learning-rate", options->learningRate, "Adam's step size")
        ->check(CLI::Range(1e-6, 1.0))
        ->capture_default_str();
    command->add_option("--validation", options->validation, "Share of the events held out for validation")
        ->check(CLI::Range(0.0, 0.9))
        ->capture_default_str();
    command
        ->add_option("--map-min-pt", options->mapMinPt, "The map learns from particles above this pT [GeV]")
        ->check(CLI::Range(0.0, 1000.0))
        ->capture_default_str();
    command
        ->add_option("--edge-cut", options->edgeCut,
                     "Edges scored below this are dropped (stored in the model)")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    command->add_option("--seed", options->seed, "Seed of the weights and the validation split")
        ->capture_default_str();
}

} // namespace lupa::cli
