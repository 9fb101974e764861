// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "CliCommand.hpp"

#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/DemoEvent.hpp>
#include <lupa/core/Json.hpp>
#include <lupa/core/Version.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <thread>

namespace lupa::cli {
namespace {

struct DemoOptions {
    std::string out = "lupa-demo";
    std::uint64_t seed = 42;
    int particles = 200;
    double workSeconds = 0; ///< length of the simulated long job [s]
};

// A stand-in for a long job (capabilities bring real ones): writes demo-job.txt step by step,
// reporting progress and honouring cancel; the file appears only when the job completes.
Result<void> runSimulatedJob(const std::filesystem::path& path, double seconds, ProgressSink& progress) {
    auto file = AtomicFile::open(path);
    if (!file)
        return std::move(file).error();
    constexpr int kSteps = 100;
    const auto pause = std::chrono::duration<double>(seconds / kSteps);
    for (int step = 0; step < kSteps; ++step) {
        if (progress.isCancelled())
            return Error::cancelled();
        std::this_thread::sleep_for(pause);
        (*file)->stream() << "step " << step << '\n';
        progress.report(0.5 + 0.5 * (step + 1) / kSteps,
                        fmt::format("simulated job, step {}/{}", step + 1, kSteps));
    }
    return (*file)->commit();
}

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
    if (options.workSeconds > 0)
        LUPA_TRY(runSimulatedJob(fs::path(options.out) / "demo-job.txt", options.workSeconds, progress));
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
    CLI::App* demo = registry.add(
        root, "demo", "Write lupa's built-in demo data to a folder",
        [options](const CliContext&, ProgressSink& progress) { return runDemo(*options, progress); });
    demo->add_option("--out", options->out, "Folder to write into")->capture_default_str();
    demo->add_option("--seed", options->seed, "Random seed")->capture_default_str();
    demo->add_option("--particles", options->particles, "Charged particles in the demo event")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    demo->add_option("--work-seconds", options->workSeconds,
                     "Also run a simulated long job of this many seconds (shows progress; Ctrl-C stops it)")
        ->check(CLI::Range(0.0, 3600.0));
}

} // namespace lupa::cli
