// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/AtomicFile.hpp>

#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/wait.h>

namespace lupa::test {

/// What a finished lupa-cli run printed and returned.
struct CliRun {
    int exitCode = -1;
    std::string out; ///< stdout
    std::string err; ///< stderr
};

/// Runs a shell command line (stdin closed) and collects its stdout, stderr and exit code.
inline CliRun runShell(const std::string& commandLine) {
    const auto errPath =
        std::filesystem::temp_directory_path() / ("lupa-cli-stderr-" + std::to_string(::getpid()));
    const std::string command = "{ " + commandLine + "; } </dev/null 2>" + errPath.string();
    CliRun run;
    if (std::FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        std::size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
            run.out.append(buffer, n);
        const int status = ::pclose(pipe);
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    run.err = readFile(errPath).valueOr(std::string());
    std::filesystem::remove(errPath);
    return run;
}

/// Runs lupa-cli with shell-quoted `arguments`.
inline CliRun runCli(const std::string& arguments) {
    return runShell(std::string(LUPA_CLI_PATH) + " " + arguments);
}

} // namespace lupa::test
