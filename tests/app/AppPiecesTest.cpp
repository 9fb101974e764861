// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AboutDialog.hpp"
#include "CommandLine.hpp"
#include "GuiTestSupport.hpp"
#include "MainWindow.hpp"
#include "ScreenshotTaker.hpp"

#include <QImage>
#include <QSet>
#include <QTest>

namespace lupa::app::test {
namespace {

class AppPiecesTest : public GuiTest {};

TEST_F(AppPiecesTest, AboutListsTheLibraries) {
    const QString report = AboutDialog::versionReport();
    for (const char* library : {"lupa", "Qt", "QCustomPlot", "VTK", "OpenCV", "libtorch"})
        EXPECT_TRUE(report.contains(QLatin1String(library))) << library << " missing from\n"
                                                             << report.toStdString();
}

TEST_F(AppPiecesTest, CommandLineKnowsItsOptions) {
    const ParsedCommandLine parsed = CommandLine::parse(
        {"lupa", "--demo", "--workspace", "tracking", "--screenshot", "out.png", "a.csv", "b.h5"});
    ASSERT_FALSE(parsed.exitCode.has_value());
    EXPECT_TRUE(parsed.options.demo);
    EXPECT_EQ(parsed.options.workspace, QStringLiteral("tracking"));
    EXPECT_EQ(parsed.options.screenshotPath, QStringLiteral("out.png"));
    EXPECT_EQ(parsed.options.files, (QStringList{"a.csv", "b.h5"}));
    EXPECT_EQ(CommandLine::parse({"lupa", "--no-such-option"}).exitCode, 2);
}

TEST_F(AppPiecesTest, ScreenshotIncludesTheRenderedEvent) {
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showDemo();
    settle(300);
    const QString path = m_folder.filePath(QStringLiteral("shots/main.png"));

    ASSERT_TRUE(ScreenshotTaker::save(&window, path));

    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), window.size() * window.devicePixelRatio());
    // The event view is rendered by VTK: its part of the picture holds the coloured hits.
    QSet<QRgb> colours;
    for (int y = image.height() / 4; y < image.height() / 2; y += 2) {
        for (int x = image.width() / 4; x < image.width() / 2; x += 2)
            colours.insert(image.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 20);
}

} // namespace
} // namespace lupa::app::test
