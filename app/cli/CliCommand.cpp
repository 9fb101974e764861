// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "CliCommand.hpp"

#include <CLI/CLI.hpp>

namespace lupa::cli {

CLI::App* CommandRegistry::add(CLI::App& parent, const std::string& name, const std::string& description,
                               CommandRun run) {
    CLI::App* command = parent.add_subcommand(name, description);
    m_runs.emplace(command, std::move(run));
    return command;
}

CLI::App* CommandRegistry::addGroup(CLI::App& parent, const std::string& name,
                                    const std::string& description) {
    CLI::App* group = parent.add_subcommand(name, description);
    group->require_subcommand(1);
    return group;
}

const CommandRun* CommandRegistry::chosen(const CLI::App& root) const {
    const CLI::App* current = &root;
    while (true) {
        const auto subcommands = current->get_subcommands();
        if (subcommands.empty())
            break;
        current = subcommands.front();
    }
    const auto it = m_runs.find(current);
    return it == m_runs.end() ? nullptr : &it->second;
}

} // namespace lupa::cli
