// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "CommandLine.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace lupa::app {
namespace {

void print(std::FILE* stream, const QString& text) {
    std::fputs(qPrintable(text), stream);
    std::fflush(stream);
}

} // namespace

bool CommandLine::isInformational(int argc, const char* const* argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

ParsedCommandLine CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "lupa::app::CommandLine", "lupa, the workbench for detector physicists."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("lupa::app::CommandLine", "Show the demo event."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "lupa::app::CommandLine",
            "Save a picture of the main window to <file> once it is shown, then quit."),
        QCoreApplication::translate("lupa::app::CommandLine", "file"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QCoreApplication::translate(
            "lupa::app::CommandLine",
            "Start in the workspace <id>: inspection, event-display, tracking, calorimeter or anomaly."),
        QCoreApplication::translate("lupa::app::CommandLine", "id"));
    const QCommandLineOption startupProbeOption(
        QStringLiteral("startup-probe"),
        QCoreApplication::translate("lupa::app::CommandLine",
                                    "Print the time from start to the first painted window, then quit."));
    parser.addOption(demoOption);
    parser.addOption(startupProbeOption);
    parser.addOption(screenshotOption);
    parser.addOption(workspaceOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("lupa::app::CommandLine", "Files to open."),
                                 QStringLiteral("[files...]"));

    ParsedCommandLine parsed;
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + QLatin1Char('\n'));
        parsed.exitCode = 2;
        return parsed;
    }
    if (parser.isSet(helpOption)) {
        print(stdout, parser.helpText());
        parsed.exitCode = 0;
        return parsed;
    }
    if (parser.isSet(versionOption)) {
        print(stdout, QCoreApplication::applicationName() + QLatin1Char(' ') +
                          QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        parsed.exitCode = 0;
        return parsed;
    }
    parsed.options.demo = parser.isSet(demoOption);
    parsed.options.startupProbe = parser.isSet(startupProbeOption);
    parsed.options.screenshotPath = parser.value(screenshotOption);
    parsed.options.workspace = parser.value(workspaceOption);
    parsed.options.files = parser.positionalArguments();
    return parsed;
}

} // namespace lupa::app
