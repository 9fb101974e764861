// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli anomaly simulate|train|export` (score and eval: AnomalyEvalCommands.cpp).
#include "AnomalyOptions.hpp"
#include "AnomalyTrainerPlugin.hpp"

#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/anomaly/EventSimulator.hpp>
#include <lupa/core/ml/DenseModel.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <memory>

namespace lupa::cli {
namespace {

struct AnomalySimulateOptions {
    std::string process = "background";
    std::uint64_t events = 10000;
    std::uint64_t seed = 1;
    double massScale = 1.0;
    int quantisationBits = 0;
    std::string out;
};

struct AnomalyTrainOptions {
    std::string background;
    std::string out;
    std::string model = "ae";
    std::vector<std::int64_t> hidden{32};
    std::int64_t latent = 8;
    anomaly::AutoencoderOptions settings;
    bool noMask = false;
    TableFlags table;
};

struct ExportOptions {
    std::string model;
    std::string out;
    std::string torchScript;
};

std::string absolute(const std::string& path) {
    return std::filesystem::absolute(path).lexically_normal().string();
}

Result<CommandOutput> runAnomalySimulate(const AnomalySimulateOptions& options, ProgressSink& progress) {
    auto process = anomaly::parseProcess(options.process);
    if (!process)
        return std::move(process).error();
    anomaly::EventSimulatorOptions settings;
    settings.process = *process;
    settings.seed = options.seed;
    settings.massScale = options.massScale;
    settings.quantisationBits = options.quantisationBits;
    LUPA_TRY(anomaly::writeSimulatedEvents(options.out, settings, options.events, progress));
    CommandOutput output;
    output.json = {{"process", anomaly::processName(*process)},
                   {"events", options.events},
                   {"seed", options.seed},
                   {"mass_scale", options.massScale},
                   {"quantisation_bits", options.quantisationBits},
                   {"out", absolute(options.out)}};
    output.summary = fmt::format("{} {} events written to {}", options.events, anomaly::processName(*process),
                                 options.out);
    return output;
}

Result<CommandOutput> runAnomalyTrain(AnomalyTrainOptions options, const CliContext& context,
                                      ProgressSink& progress) {
    SubProgress reading(progress, 0.0, 0.05);
    auto table = readTable(options.background, options.table, reading);
    if (!table)
        return std::move(table).error();
    options.settings.hiddenSizes = options.hidden;
    options.settings.latentSize = options.latent;
    options.settings.maskPaddedObjects = !options.noMask;
    options.settings.variational = options.model == "vae";
    SubProgress training(progress, 0.05, 1.0);
    AnomalyTrainRequest request;
    request.background = &*table;
    request.options = options.settings;
    request.threads = context.threads;
    request.progress = &training;
    auto trained = runAnomalyTrainerModule(request);
    if (!trained)
        return std::move(trained).error();
    LUPA_TRY(writeFileAtomically(options.out, trained->modelFile));
    const auto& history = trained->history;
    const double validation = history.validationLoss.empty()
                                  ? history.bestLoss
                                  : history.validationLoss[static_cast<std::size_t>(history.bestEpoch)];
    CommandOutput output;
    output.json = {{"model", absolute(options.out)},
                   {"background", tableJson(*table)},
                   {"epochs_run", history.trainLoss.size()},
                   {"best_epoch", history.bestEpoch + 1},
                   {"train_loss", history.trainLoss},
                   {"validation_loss", history.validationLoss},
                   {"stopped_early", history.stoppedEarly},
                   {"thresholds_fpr_1e-2_to_1e-5", trained->backgroundThresholds}};
    output.summary = fmt::format(
        "{} {}-{}-{} trained on {} ({}): best epoch {} of {}, validation loss {:.4g}\n"
        "model written to {}",
        options.settings.variational ? "variational autoencoder" : "autoencoder", table->features.rowSize(),
        fmt::join(options.hidden, "-"), options.latent, options.background, describeTable(*table),
        history.bestEpoch + 1, history.trainLoss.size(), validation, options.out);
    return output;
}

Result<CommandOutput> runExport(const ExportOptions& options) {
    auto model = ml::DenseModel::load(options.model);
    if (!model)
        return std::move(model).error();
    if (options.out.empty() && options.torchScript.empty())
        return Error::usage("give --out (JSON) and/or --torchscript (TorchScript file)");
    if (!options.out.empty())
        LUPA_TRY(writeJsonFile(options.out, model->toExportJson(), 1));
    if (!options.torchScript.empty())
        LUPA_TRY(exportTorchScriptThroughModule(*model, options.torchScript));
    CommandOutput output;
    output.json = {{"model", absolute(options.model)}, {"layers", model->layers().size()}};
    std::vector<std::string> written;
    if (!options.out.empty()) {
        output.json["out"] = absolute(options.out);
        written.push_back(options.out);
    }
    if (!options.torchScript.empty()) {
        output.json["torchscript"] = absolute(options.torchScript);
        written.push_back(options.torchScript);
    }
    output.summary = fmt::format("{} layers of {} exported to {}", model->layers().size(), options.model,
                                 fmt::join(written, " and "));
    return output;
}

void addAnomalySimulate(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<AnomalySimulateOptions>();
    CLI::App* command =
        registry.add(group, "simulate", "Simulate collision events in the ADC2021 layout (seeded)",
                     [options](const CliContext&, ProgressSink& progress) {
                         return runAnomalySimulate(*options, progress);
                     });
    command
        ->add_option("--process", options->process, "background, Ato4l, leptoquark, hToTauTau or hChToTauNu")
        ->required();
    command->add_option("--events", options->events, "Number of events")
        ->required()
        ->check(CLI::Range(1, 100000000));
    command->add_option("--seed", options->seed, "Random seed")->capture_default_str();
    command
        ->add_option("--mass-scale", options->massScale,
                     "Signal resonance mass times this (harder signal > 1)")
        ->check(CLI::Range(0.1, 100.0))
        ->capture_default_str();
    command
        ->add_option("--quantise-bits", options->quantisationBits,
                     "Round inputs to 2^-bits as trigger inputs would be (0 = off)")
        ->check(CLI::Range(0, 16));
    command->add_option("--out", options->out, "HDF5 file to write")->required();
}

void addAnomalyTrain(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<AnomalyTrainOptions>();
    CLI::App* command = registry.add(group, "train", "Train an autoencoder on background events",
                                     [options](const CliContext& context, ProgressSink& progress) {
                                         return runAnomalyTrain(*options, context, progress);
                                     });
    auto& train = options->settings.train;
    command->add_option("--background", options->background, "Background events (ADC2021 HDF5 or a table)")
        ->required();
    command->add_option("--out", options->out, "Model file to write")->required();
    command->add_option("--model", options->model, "ae (autoencoder) or vae (variational autoencoder)")
        ->check(CLI::IsMember({"ae", "vae"}))
        ->capture_default_str();
    command->add_option("--beta", options->settings.beta, "Weight of the VAE's KL term")
        ->check(CLI::Range(0.0, 1e6))
        ->capture_default_str();
    command->add_option("--hidden", options->hidden, "Encoder widths, e.g. 32 or 32,16")->delimiter(',');
    command->add_option("--latent", options->latent, "Latent width")
        ->check(CLI::Range(1, 4096))
        ->capture_default_str();
    command->add_option("--epochs", train.epochs, "Maximum epochs")
        ->check(CLI::Range(1, 10000))
        ->capture_default_str();
    command->add_option("--batch-size", train.batchSize, "Events per step")->check(CLI::Range(1, 1 << 20));
    command->add_option("--learning-rate", train.learningRate, "Adam step size")->check(CLI::PositiveNumber);
    command->add_option("--patience", train.patience,
                        "Stop after this many epochs without improvement (0 = never)");
    command->add_option("--seed", train.seed, "Seed of weights, split and shuffling")->capture_default_str();
    command->add_flag("--no-mask", options->noMask, "Keep zero-padded objects in the loss");
    options->table.bind(*command, false);
}

void addExport(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* command =
        registry.add(group, "export", "Write a model as documented JSON (for HLS tools) and/or TorchScript",
                     [options](const CliContext&, ProgressSink&) { return runExport(*options); });
    command->add_option("--model", options->model, "Model file")->required();
    command->add_option("--out", options->out, "JSON file to write (weights, normalisation, layers)");
    command->add_option("--torchscript", options->torchScript,
                        "TorchScript file to write: forward(events) returns the anomaly scores");
}

} // namespace

void registerAnomalyCommands(CLI::App& root, CommandRegistry& registry) {
    CLI::App* group =
        CommandRegistry::addGroup(root, "anomaly", "Autoencoder anomaly detection on collision events");
    addAnomalySimulate(*group, registry);
    addAnomalyTrain(*group, registry);
    addAnomalyScoreCommand(*group, registry);
    addAnomalyEvalCommand(*group, registry);
    addExport(*group, registry);
}

} // namespace lupa::cli
