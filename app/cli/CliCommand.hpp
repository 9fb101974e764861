// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Json.hpp>
#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>

#include <functional>
#include <map>
#include <string>

namespace CLI {
class App;
}

namespace lupa::cli {

/// Options every subcommand sees.
struct CliContext {
    bool json = false; ///< print one JSON object on stdout
    int threads = 0;   ///< worker threads, 0 = one per core
};

/// What a finished subcommand reports: a JSON object for --json and a human summary for stderr.
struct CommandOutput {
    Json json = Json::object();
    std::string summary;
};

/// The body of a subcommand, run after its options are parsed. Long work reports to `progress`
/// and returns Error::cancelled() when progress.isCancelled().
using CommandRun = std::function<Result<CommandOutput>(const CliContext& context, ProgressSink& progress)>;

/// Where capabilities add their subcommands. A capability writes one function
/// `void registerXCommands(CLI::App& root, CommandRegistry& registry)` (see Registrars.cpp)
/// that creates its subcommands with add(), binds their options, and gives each a CommandRun.
class CommandRegistry {
public:
    /// Adds a subcommand `name` under `parent` (the root or a group like "inspect").
    CLI::App* add(CLI::App& parent, const std::string& name, const std::string& description, CommandRun run);
    /// Adds a group of subcommands ("track", "calo", ...) that needs one of them.
    static CLI::App* addGroup(CLI::App& parent, const std::string& name, const std::string& description);
    /// The body of the subcommand the user chose, or nullptr when none was.
    [[nodiscard]] const CommandRun* chosen(const CLI::App& root) const;

private:
    std::map<const CLI::App*, CommandRun> m_runs;
};

} // namespace lupa::cli
