// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The lupa application: parses the command line, applies the preferences and shows the main window.
#include "ApplicationSetup.hpp"
#include "CommandLine.hpp"
#include "MainWindow.hpp"
#include "Preferences.hpp"
#include "ScreenshotTaker.hpp"
#include "StartupProbe.hpp"
#include "Translations.hpp"

#include <lupa/core/MemoryTuning.hpp>
#include <lupa/widgets/VtkView.hpp>

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

namespace {

// --help and --version print text only: they must work without a display.
int printInformation(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    lupa::app::setApplicationIdentity();
    return lupa::app::CommandLine::parse(QCoreApplication::arguments()).exitCode.value_or(0);
}

} // namespace

int main(int argc, char* argv[]) {
    lupa::keepLargeBuffersInTheHeap();
    QElapsedTimer started;
    started.start();
    if (lupa::app::CommandLine::isInformational(argc, argv))
        return printInformation(argc, argv);

    lupa::widgets::VtkView::prepareApplication(); // before QApplication: OpenGL format and shared contexts
    QApplication app(argc, argv);
    lupa::app::setApplicationIdentity();
    lupa::app::setApplicationIcon();
    const lupa::app::Preferences preferences = lupa::app::Preferences::load();
    lupa::app::Translations::install(preferences.language);

    const lupa::app::ParsedCommandLine command = lupa::app::CommandLine::parse(QCoreApplication::arguments());
    if (command.exitCode)
        return *command.exitCode;
    preferences.apply();

    lupa::app::MainWindow window;
    std::unique_ptr<lupa::app::StartupProbe> probe;
    if (command.options.startupProbe)
        probe = std::make_unique<lupa::app::StartupProbe>(&window, started);
    window.show();
    window.applyOptions(command.options);
    lupa::app::ScreenshotTaker screenshot(&window, command.options.screenshotPath);
    if (!command.options.screenshotPath.isEmpty())
        screenshot.schedule();
    return QApplication::exec();
}
