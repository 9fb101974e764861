// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// lupa-cli: lupa's headless command line. Human text goes to stderr; with --json one JSON object
// goes to stdout. Exit codes: 0 success, 1 runtime failure, 2 usage error, 3 bad input.
#include "CliCommand.hpp"
#include "Registrars.hpp"
#include "VersionReport.hpp"

#include <lupa/core/MemoryTuning.hpp>
#include <lupa/core/Parallel.hpp>
#include <lupa/core/TerminalProgress.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <string_view>

namespace {

using lupa::cli::CliContext;

bool wantsJson(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--json")
            return true;
    return false;
}

/// Reports a failure on stderr (unless `alreadyPrinted`, as CLI11 does for its parse errors) and, with
/// --json, as a JSON object on stdout; returns the exit code.
int printError(const lupa::Error& error, const CliContext& context, bool alreadyPrinted = false) {
    if (!alreadyPrinted)
        fmt::print(stderr, "lupa-cli: error: {}\n", error.describe());
    if (context.json) {
        lupa::Json json = {{"ok", false},
                           {"error", {{"kind", lupa::toString(error.kind)}, {"message", error.message}}}};
        if (!error.file.empty())
            json["error"]["file"] = error.file;
        if (error.line >= 0)
            json["error"][error.lineLabel] = error.line;
        std::cout << json.dump() << std::endl;
    }
    return static_cast<int>(lupa::exitCodeFor(error.kind));
}

int runChosen(const lupa::cli::CommandRun& run, const CliContext& context) {
    lupa::installInterruptHandler();
    lupa::setThreadCount(context.threads);
    lupa::Result<lupa::cli::CommandOutput> output = lupa::Error::runtime("not run");
    {
        lupa::TerminalProgress progress(stderr);
        try {
            output = run(context, progress);
        } catch (const std::exception& e) {
            output = lupa::Error::runtime(fmt::format("unexpected failure: {}", e.what()));
        }
    }
    if (!output)
        return printError(output.error(), context);
    if (!output->summary.empty())
        fmt::print(stderr, "{}\n", output->summary);
    if (context.json) {
        lupa::Json json = output->json;
        json["ok"] = true;
        std::cout << json.dump() << std::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    lupa::keepLargeBuffersInTheHeap();
    CLI::App app{"lupa-cli: lupa's command line for batch work (module inspection, tracking, calorimeter "
                 "validation, anomaly detection)",
                 "lupa-cli"};
    app.set_version_flag(
        "--version", [] { return std::string(); }, "Print the version and library versions");
    CliContext context;
    app.add_flag("--json", context.json, "Print one JSON object on stdout");
    app.add_option("--threads", context.threads, "Worker threads (0 = one per core)")
        ->check(CLI::Range(0, 1024))
        ->capture_default_str();
    app.require_subcommand(0, 1);
    app.fallthrough();

    lupa::cli::CommandRegistry registry;
    for (const auto registrar : lupa::cli::registrars())
        registrar(app, registry);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForVersion&) {
        // --version is handled below so that --json can be given before or after it.
        return lupa::cli::printVersion(wantsJson(argc, argv));
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return printError(lupa::Error::usage(e.what()), CliContext{wantsJson(argc, argv)}, true);
    }
    const lupa::cli::CommandRun* run = registry.chosen(app);
    if (!run) {
        std::cerr << app.help();
        return printError(lupa::Error::usage("no subcommand given"), context, true);
    }
    return runChosen(*run, context);
}
