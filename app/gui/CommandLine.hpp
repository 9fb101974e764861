// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace lupa::app {

/// What lupa was asked to do on its command line.
struct CommandLineOptions {
    bool demo = false;         ///< --demo: show the built-in demo event
    bool startupProbe = false; ///< --startup-probe: print the time to the first paint, then quit
    QString screenshotPath;    ///< --screenshot FILE: save a picture of the window, then quit
    QString workspace;         ///< --workspace ID: the workspace to show first
    QStringList files;         ///< files to open
};

/// The outcome of parsing: either options to run with, or an exit code when lupa should stop
/// (after --help, --version or a usage error, whose text has been printed).
struct ParsedCommandLine {
    CommandLineOptions options;
    std::optional<int> exitCode;
};

/// lupa's command line (QCommandLineParser with --help and --version).
class CommandLine {
public:
    /// True when the arguments only ask for text (--help, --version), which needs no display.
    [[nodiscard]] static bool isInformational(int argc, const char* const* argv);

    /// Parses the application's arguments (first = program name); prints help, version or errors.
    [[nodiscard]] static ParsedCommandLine parse(const QStringList& arguments);
};

} // namespace lupa::app
