// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "CliCommand.hpp"

#include <lupa/core/DemoEvent.hpp>
#include <lupa/core/Json.hpp>
#include <lupa/core/Version.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cmath>
#include <filesystem>
#include <memory>

namespace lupa::cli {
namespace {

struct DemoOptions {
    std::string out = "lupa-demo";
    std::uint64_t seed = 42;
    int particles = 200;
};

// Writes the built-in demo data: one toy event's hits and a summary of what was written.
Result<CommandOutput> runDemo(const DemoOptions& options, ProgressSink& progress) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(options.out, ec);
    if (ec)
        return Error::io(fmt::format("cannot create the folder: {}", ec.message()), options.out);
    progress.report(0.1, "generating the demo event");
    DemoEventConfig config;
    config.seed = options.seed;
    config.particles = options.particles;
    const auto hits = makeDemoEvent(config);
    if (progress.isCancelled())
        return Error::cancelled();
    progress.report(0.5, "writing hits");
    const fs::path hitsPath = fs::path(options.out) / "demo-hits.csv";
    LUPA_TRY(writeDemoHitsCsv(hits, hitsPath));
    const Json summary = {{"lupa_version", version()},
                          {"seed", options.seed},
                          {"particles", options.particles},
                          {"hits", hits.size()},
                          {"files", {hitsPath.filename().string()}}};
    const fs::path summaryPath = fs::path(options.out) / "demo-summary.json";
    LUPA_TRY(writeJsonFile(summaryPath, summary));
    progress.report(1.0, "done");
    CommandOutput output;
    output.json = summary;
    output.json["out"] = fs::absolute(options.out).lexically_normal().string();
    output.summary = fmt::format("demo event: {} particles, {} hits, written to {}", options.particles,
                                 hits.size(), output.json["out"].get<std::string>());
    return output;
}

} // namespace

void registerDemoCommands(CLI::App& root, CommandRegistry& registry) {
    auto options = std::make_shared<DemoOptions>();
    CLI::App* demo = registry.add(root, "demo", "Write lupa's built-in demo data to a folder",
                                  [options](const CliContext&, ProgressSink& progress) {
                                      return runDemo(*options, progress);
                                  });
    demo->add_option("--out", options->out, "Folder to write into")->capture_default_str();
    demo->add_option("--seed", options->seed, "Random seed")->capture_default_str();
    demo->add_option("--particles", options->particles, "Charged particles in the demo event")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
}

} // namespace lupa::cli
