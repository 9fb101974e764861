// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli calo simulate` and `lupa-cli calo validate`: CaloChallenge showers and their validation.
#include "ClassifierPlugin.hpp"
#include "CliCommand.hpp"

#include <lupa/core/Json.hpp>
#include <lupa/core/Version.hpp>
#include <lupa/core/calo/ShowerSimulator.hpp>
#include <lupa/core/calo/Validation.hpp>
#include <lupa/core/calo/ValidationPlots.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <memory>

namespace lupa::cli {
namespace {

struct CaloSimulateOptions {
    std::string dataset = "2";
    std::uint64_t showers = 1000;
    std::uint64_t seed = 1;
    std::vector<std::string> distortions;
    std::string out;
    int compression = 1;
};

struct ValidateOptions {
    std::string reference;
    std::vector<std::string> candidates;
    std::string binning;
    std::string out;
    std::string classifier = "none";
    int classifierEpochs = 50;
    std::size_t classifierShowers = 0;
    std::uint64_t seed = 42;
    bool noDistances = false;
    bool noPlots = false;
};

Json distortionJson(const calo::Distortion& d) {
    return {{"shift", d.longitudinalShift},
            {"width", d.lateralScale},
            {"scale", d.energyScale},
            {"fluct", d.missingFluctuations},
            {"threshold", d.voxelThreshold}};
}

Result<CommandOutput> runCaloSimulate(const CaloSimulateOptions& options, ProgressSink& progress) {
    auto dataset = calo::parseDatasetName(options.dataset);
    if (!dataset)
        return std::move(dataset).error();
    calo::Distortion distortion;
    for (const auto& setting : options.distortions)
        LUPA_TRY(calo::applyDistortion(setting, distortion));
    const calo::ShowerSimulator simulator(*dataset, options.seed, distortion);
    auto writer =
        calo::ShowerWriter::create(options.out, simulator.binning().voxelCount(), options.compression);
    if (!writer)
        return std::move(writer).error();
    constexpr std::size_t kBlock = 1000;
    for (std::uint64_t first = 0; first < options.showers; first += kBlock) {
        if (progress.isCancelled())
            return Error::cancelled();
        const auto count = static_cast<std::size_t>(std::min<std::uint64_t>(kBlock, options.showers - first));
        LUPA_TRY(writer->append(simulator.simulate(first, count)));
        progress.report(static_cast<double>(first + count) / static_cast<double>(options.showers),
                        "simulating showers");
    }
    const Json settings = {{"dataset", calo::datasetName(*dataset)},
                           {"showers", options.showers},
                           {"seed", options.seed},
                           {"distortion", distortionJson(distortion)}};
    LUPA_TRY(writer->setAttribute("lupa_simulation", settings.dump()));
    LUPA_TRY(writer->commit());
    CommandOutput output;
    output.json = settings;
    output.json["out"] = std::filesystem::absolute(options.out).lexically_normal().string();
    output.json["voxels"] = simulator.binning().voxelCount();
    output.summary = fmt::format("{} showers of dataset {} ({} voxels) written to {}", options.showers,
                                 calo::datasetName(*dataset), simulator.binning().voxelCount(), options.out);
    return output;
}

std::string candidateLine(const calo::ValidationReport& report, std::size_t k) {
    const auto& c = report.candidates[k];
    double worst = 0;
    std::string worstKey = "-";
    for (const auto& feature : report.features)
        if (feature.metrics[k].separationPower > worst) {
            worst = feature.metrics[k].separationPower;
            worstKey = feature.column.key;
        }
    std::string line = fmt::format("{}: {} showers, largest separation power {:.4f} ({})",
                                   c.path.filename().string(), c.showers, worst, worstKey);
    if (c.fpd)
        line += fmt::format(", FPD {:.4g} ± {:.2g}", c.fpd->value, c.fpd->uncertainty);
    if (c.kpd)
        line += fmt::format(", KPD {:.3g} ± {:.2g}", c.kpd->value, c.kpd->uncertainty);
    for (const auto& classifier : c.classifiers)
        line += fmt::format(", {}-level classifier AUC {:.4f} ± {:.4f}, JSD {:.4f}",
                            calo::toString(classifier.features), classifier.calibrated.auc,
                            classifier.aucUncertainty, classifier.calibrated.jsd);
    return line;
}

// --binning: a binning XML file, or a dataset name for the built-in geometry; without it, the
// geometry whose voxel count matches the reference's.
Result<calo::Binning> loadBinning(const std::string& spec, const std::string& reference) {
    std::error_code ec;
    if (!spec.empty() && std::filesystem::exists(spec, ec))
        return calo::Binning::fromXmlFile(spec);
    if (!spec.empty()) {
        auto dataset = calo::parseDatasetName(spec);
        if (!dataset)
            return Error::io("no such binning file (nor a dataset name: 1-photons, 1-pions, 2, 3)", spec);
        return calo::Binning::builtin(*dataset);
    }
    auto reader = calo::ShowerReader::open(reference);
    if (!reader)
        return std::move(reader).error();
    auto dataset = calo::Binning::datasetForVoxelCount(reader->voxelCount());
    if (!dataset)
        return Error::badInput(fmt::format("{} (give --binning)", dataset.error().message), reference);
    return calo::Binning::builtin(*dataset);
}

std::vector<calo::ClassifierFeatures> classifierKinds(const std::string& choice) {
    if (choice == "low")
        return {calo::ClassifierFeatures::LowLevel};
    if (choice == "high")
        return {calo::ClassifierFeatures::HighLevel};
    if (choice == "both")
        return {calo::ClassifierFeatures::LowLevel, calo::ClassifierFeatures::HighLevel};
    return {};
}

// Runs the classifier test(s) of --classifier on every candidate, through the classifier module.
Result<void> runClassifiers(const ValidateOptions& options, const CliContext& context,
                            const calo::Binning& binning, calo::ValidationReport& report,
                            ProgressSink& progress) {
    const auto kinds = classifierKinds(options.classifier);
    const auto runs = static_cast<double>(kinds.size() * report.candidates.size());
    int run = 0;
    for (auto& candidate : report.candidates)
        for (const auto kind : kinds) {
            SubProgress runProgress(progress, run / runs, (run + 1) / runs);
            ++run;
            ClassifierRequest request;
            request.reference = report.reference;
            request.candidate = candidate.path;
            request.binning = &binning;
            request.options.features = kind;
            request.options.epochs = options.classifierEpochs;
            request.options.seed = options.seed;
            request.maxShowers = options.classifierShowers;
            request.threads = context.threads;
            request.progress = &runProgress;
            auto result = runClassifierModule(request);
            if (!result)
                return std::move(result).error();
            candidate.classifiers.push_back(*result);
        }
    return success();
}

Result<CommandOutput> runValidate(const ValidateOptions& options, const CliContext& context,
                                  ProgressSink& progress) {
    auto binning = loadBinning(options.binning, options.reference);
    if (!binning)
        return std::move(binning).error();
    std::vector<std::filesystem::path> candidates(options.candidates.begin(), options.candidates.end());
    calo::ValidationOptions validation;
    validation.seed = options.seed;
    validation.physicsDistances = !options.noDistances;
    const bool classify = options.classifier != "none";
    SubProgress validationProgress(progress, 0.0, classify ? 0.4 : 0.9);
    auto report =
        calo::validateShowers(options.reference, candidates, *binning, validationProgress, validation);
    if (!report)
        return std::move(report).error();
    if (classify) {
        SubProgress classifierProgress(progress, 0.4, 0.9);
        LUPA_TRY(runClassifiers(options, context, *binning, *report, classifierProgress));
    }
    progress.report(0.9, options.noPlots ? "metrics" : "metrics and plots");
    auto json = calo::writeValidationOutputs(*report, *binning, options.out, !options.noPlots);
    if (!json)
        return std::move(json).error();
    CommandOutput output;
    output.json = std::move(*json);
    output.json["out"] = std::filesystem::absolute(options.out).lexically_normal().string();
    output.summary = fmt::format("reference {}: {} showers", report->reference.filename().string(),
                                 report->referenceShowers);
    for (std::size_t k = 0; k < report->candidates.size(); ++k)
        output.summary += "\n" + candidateLine(*report, k);
    output.summary += fmt::format("\nmetrics and plots written to {}", options.out);
    return output;
}

void addCaloSimulate(CLI::App& calo, CommandRegistry& registry) {
    auto options = std::make_shared<CaloSimulateOptions>();
    CLI::App* command = registry.add(
        calo, "simulate", "Simulate CaloChallenge showers (seeded; --distort makes an imperfect surrogate)",
        [options](const CliContext&, ProgressSink& progress) { return runCaloSimulate(*options, progress); });
    command->add_option("--dataset", options->dataset, "1-photons, 1-pions, 2 or 3")->required();
    command->add_option("--showers", options->showers, "Number of showers")
        ->required()
        ->check(CLI::Range(1, 100000000));
    command->add_option("--seed", options->seed, "Random seed")->capture_default_str();
    command->add_option(
        "--distort", options->distortions,
        "KIND=AMOUNT, repeatable. shift [X0], width (relative), scale (relative), fluct (0-1), "
        "threshold [MeV]");
    command->add_option("--compression", options->compression, "Deflate level 0-9")
        ->check(CLI::Range(0, 9))
        ->capture_default_str();
    command->add_option("--out", options->out, "HDF5 file to write")->required();
}

void addValidate(CLI::App& calo, CommandRegistry& registry) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* command = registry.add(calo, "validate",
                                     "Compare generated showers with reference showers the CaloChallenge way",
                                     [options](const CliContext& context, ProgressSink& progress) {
                                         return runValidate(*options, context, progress);
                                     });
    command->add_option("--reference", options->reference, "Reference (e.g. GEANT4) shower file")->required();
    command->add_option("--candidate", options->candidates, "Generated shower file, repeatable")->required();
    command->add_option("--binning", options->binning,
                        "CaloChallenge binning XML, or 1-photons, 1-pions, 2, 3 for the built-in geometry "
                        "(default: the one whose voxel count matches the reference)");
    command->add_option("--out", options->out, "Folder for metrics.json and the plots")->required();
    command->add_option("--classifier", options->classifier, "none, low, high or both")
        ->check(CLI::IsMember({"none", "low", "high", "both"}))
        ->capture_default_str();
    command->add_option("--classifier-epochs", options->classifierEpochs, "Training epochs of the classifier")
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    command->add_option(
        "--classifier-showers", options->classifierShowers,
        "Showers per file the classifier uses (default: all; low level: up to ~1 GB of inputs)");
    command
        ->add_option("--seed", options->seed,
                     "Seed of the bootstrap, the FPD/KPD sampling and the classifier")
        ->capture_default_str();
    command->add_flag("--no-distances", options->noDistances, "Skip FPD and KPD");
    command->add_flag("--no-plots", options->noPlots, "Write metrics.json only");
}

} // namespace

void registerCaloCommands(CLI::App& root, CommandRegistry& registry) {
    CLI::App* calo = CommandRegistry::addGroup(root, "calo", "Calorimeter shower simulation and validation");
    addCaloSimulate(*calo, registry);
    addValidate(*calo, registry);
}

} // namespace lupa::cli
