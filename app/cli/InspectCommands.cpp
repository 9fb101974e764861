// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Registers `lupa-cli inspect train|run|eval` and binds their options.
#include "InspectCommands.hpp"

#include <CLI/CLI.hpp>

namespace lupa::cli {

void addInspectTrainCommand(CLI::App& group, CommandRegistry& registry);    // InspectTrainCommand.cpp
void addInspectSimulateCommand(CLI::App& group, CommandRegistry& registry); // InspectSimulateCommand.cpp

namespace {

void bindQcOptions(CLI::App& command, QcOptions& qc) {
    command.add_option("--db", qc.database, "Record every inspection in this QC database (SQLite)");
    command.add_option("--module-serial", qc.moduleSerial,
                       "Module serial number (default: the image's name)");
    command.add_option("--module-type", qc.moduleType, "Module type recorded with the inspection")
        ->capture_default_str();
    command.add_option("--stage", qc.stage, "Production stage recorded with the inspection")
        ->capture_default_str();
    command.add_option("--operator", qc.operatorName,
                       "Operator recorded with the inspection (default: $USER)");
    command.add_option("--station", qc.station, "Inspection station (default: the host name)");
}

void addRun(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<InspectRunOptions>();
    CLI::App* command = registry.add(
        group, "run", "Inspect module images (or DeepPCB-style pairs): defects, verdict, anomaly maps",
        [options](const CliContext&, ProgressSink& progress) { return runInspect(*options, progress); });
    command->add_option("--image", options->images, "Module images to inspect, repeatable");
    command->add_option("--pairs", options->pairs, "DeepPCB-style pair list (<stem>.jpg <annotation>)");
    command->add_option("--root", options->root, "Folder the pair list's paths are relative to")
        ->capture_default_str();
    command->add_option("--model", options->model,
                        "Inspection model (lupa-cli inspect train); default: "
                        "template difference with default settings");
    command->add_option("--reference", options->reference, "Golden reference image for --image");
    command->add_option(
        "--module-type-file", options->moduleTypeFile,
        "Module-type file (JSON): its reference for --stage (unless --reference), pixel scale "
        "and regions of interest; its name is recorded unless --module-type");
    command->add_option("--out", options->out, "Folder for the per-image results")->required();
    command->add_option("--format", options->format, "json (one <id>.json each) or deeppcb (<id>.txt boxes)")
        ->capture_default_str();
    command->add_option("--channel", options->channel,
                        "Anomaly map: template, autoencoder or fusion "
                        "(default: the model's)");
    command->add_option("--threshold", options->threshold,
                        "Template-difference threshold (grey fraction) "
                        "instead of the model's");
    command->add_flag("--save-map", options->saveMap,
                      "Write each anomaly map as <id>_map.png (16-bit, "
                      "0-65535 = scores 0-2, 1 = at threshold)");
    bindQcOptions(*command, options->qc);
}

void addEval(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<InspectEvalOptions>();
    CLI::App* command =
        registry.add(group, "eval", "Precision, recall, F1, AP per class and mAP of predicted boxes",
                     [options](const CliContext&, ProgressSink&) { return runInspectEval(*options); });
    command
        ->add_option("--pred", options->pred,
                     "Folder of predicted <id>.txt boxes (inspect run --format deeppcb) "
                     "and/or <id>_map.png maps (--save-map)")
        ->required();
    command->add_option("--truth", options->truth,
                        "Folder (searched recursively) of ground-truth <id>.txt boxes");
    command->add_option("--pairs", options->pairs, "Or: a pair list naming the ground-truth files");
    command->add_option("--root", options->root, "Folder the pair list's paths are relative to")
        ->capture_default_str();
    command->add_option("--masks", options->masks,
                        "Folder (searched recursively) of <id>_mask.png defect masks: "
                        "pixel AUROC of the <id>_map.png anomaly maps in --pred");
    command->add_option("--iou", options->iou, "IoU a detection needs to match a ground-truth box")
        ->capture_default_str();
    command->add_option("--classes", options->classes, "Names of the class ids: deeppcb or synthetic")
        ->capture_default_str();
    command->add_option("--out", options->out, "JSON file to write the metrics to");
}

} // namespace

void registerInspectCommands(CLI::App& root, CommandRegistry& registry) {
    CLI::App* group = CommandRegistry::addGroup(root, "inspect", "Module visual inspection");
    addInspectTrainCommand(*group, registry);
    addRun(*group, registry);
    addEval(*group, registry);
    addInspectSimulateCommand(*group, registry);
}

} // namespace lupa::cli
