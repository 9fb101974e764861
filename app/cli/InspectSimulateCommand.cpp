// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli inspect simulate`: synthetic flex-PCB-like boards with injected defects, for tests and demos.
#include "InspectCommands.hpp"

#include <lupa/vision/SyntheticDataset.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace lupa::cli {
namespace {

struct InspectSimulateOptions {
    int pairs = 0;
    int good = 0;
    std::uint64_t seed = 1;
    std::uint64_t board = 1;
    int size = 640;
    int defects = 4;
    bool noPerturbation = false;
    std::string out;
};

Result<CommandOutput> runInspectSimulate(const InspectSimulateOptions& options, ProgressSink& progress) {
    if (options.pairs <= 0 && options.good <= 0)
        return Error::usage("give --pairs N and/or --good N");
    vision::SampleConfig base;
    base.seed = options.seed;
    base.board.seed = options.board;
    base.board.width = options.size;
    base.board.height = options.size;
    base.defects.count = options.defects;
    if (options.noPerturbation)
        base.perturbation = vision::Perturbation::none();
    const std::filesystem::path out = options.out;
    CommandOutput output;
    output.json = {
        {"out", options.out}, {"seed", options.seed}, {"board", options.board}, {"size", options.size}};
    if (options.pairs > 0) {
        progress.report(0.0, "writing defect pairs");
        LUPA_TRY(vision::writeDeepPcbStyleSet(out, options.pairs, base));
        output.json["pairs"] = options.pairs;
        output.json["list"] = (out / "list.txt").string();
        output.summary =
            fmt::format("{} pairs with defects listed in {}", options.pairs, (out / "list.txt").string());
    }
    if (progress.isCancelled())
        return Error::cancelled();
    if (options.good > 0) {
        progress.report(0.5, "writing good boards");
        LUPA_TRY(vision::writeGoodImages(out / "good", options.good, options.seed + 1'000'000, base));
        output.json["good"] = options.good;
        output.json["good_dir"] = (out / "good").string();
        output.summary += fmt::format("{}{} good boards in {}", output.summary.empty() ? "" : "; ",
                                      options.good, (out / "good").string());
    }
    return output;
}

} // namespace

void addInspectSimulateCommand(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<InspectSimulateOptions>();
    CLI::App* command =
        registry.add(group, "simulate",
                     "Write synthetic flex-PCB-like boards: defect pairs in DeepPCB's layout, good boards",
                     [options](const CliContext&, ProgressSink& progress) {
                         return runInspectSimulate(*options, progress);
                     });
    command->add_option("--pairs", options->pairs, "Template/tested pairs with injected defects")
        ->check(CLI::Range(0, 1'000'000));
    command->add_option("--good", options->good, "Defect-free boards (for autoencoder training)")
        ->check(CLI::Range(0, 1'000'000));
    command->add_option("--seed", options->seed, "Seed of defects and perturbations")->capture_default_str();
    command->add_option("--board", options->board, "Seed of the board design")->capture_default_str();
    command->add_option("--size", options->size, "Image side (px)")
        ->check(CLI::Range(64, 10240))
        ->capture_default_str();
    command->add_option("--defects", options->defects, "Defects per pair")
        ->check(CLI::Range(0, 50))
        ->capture_default_str();
    command->add_flag("--no-perturbation", options->noPerturbation, "No lighting, noise, rotation or shift");
    command->add_option("--out", options->out, "Folder to write into")->required();
}

} // namespace lupa::cli
