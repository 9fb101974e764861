// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "MainWindow.hpp"

#include "CommandLine.hpp"
#include "DockLayout.hpp"
#include "GuiTestSupport.hpp"
#include "PreferencesAction.hpp"
#include "PreferencesDialog.hpp"
#include "Settings.hpp"
#include "StatusIndicators.hpp"
#include "workspaces/EventDisplayWorkspace.hpp"
#include "workspaces/HitHistogram.hpp"
#include "workspaces/Workspace.hpp"
#include "workspaces/WorkspaceStack.hpp"

#include <lupa/core/Parallel.hpp>
#include <lupa/widgets/JobManager.hpp>
#include <lupa/widgets/VtkView.hpp>

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <vtkActor.h>
#include <vtkActorCollection.h>
#include <vtkDataSet.h>
#include <vtkMapper.h>
#include <vtkPropCollection.h>
#include <vtkRenderer.h>

namespace lupa::app::test {
namespace {

class MainWindowTest : public GuiTest {};

QDockWidget* dockNamed(const MainWindow& window, const char* name) {
    return window.findChild<QDockWidget*>(QLatin1String(name));
}

TEST_F(MainWindowTest, OpensWithTheFiveWorkspacesInOrder) {
    RecordingErrorReporter errors;
    MainWindow window(&errors);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    QStringList ids;
    for (const Workspace* workspace : window.workspaces()->workspaces())
        ids.append(workspace->id());
    EXPECT_EQ(ids, (QStringList{"inspection", "event-display", "tracking", "calorimeter", "anomaly"}));
    for (const Workspace* workspace : window.workspaces()->workspaces()) {
        EXPECT_FALSE(workspace->title().isEmpty());
        EXPECT_FALSE(workspace->icon().isNull()) << workspace->id().toStdString();
    }
    EXPECT_EQ(window.workspaces()->current()->id(), QStringLiteral("event-display"));
    EXPECT_NE(dockNamed(window, "jobsDock"), nullptr);
    EXPECT_NE(dockNamed(window, "logDock"), nullptr);
    EXPECT_TRUE(errors.texts.isEmpty());
}

TEST_F(MainWindowTest, CtrlDigitsSwitchWorkspaces) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // Xvfb has no window manager to activate the window; window shortcuts need an active window.
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(window.isActiveWindow());

    const QStringList expected{"inspection", "event-display", "tracking", "calorimeter", "anomaly"};
    for (int i = expected.size() - 1; i >= 0; --i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(window.workspaces()->current()->id(), expected[i]) << "Ctrl+" << i + 1;
        EXPECT_TRUE(window.windowTitle().startsWith(window.workspaces()->current()->title()));
    }
}

TEST_F(MainWindowTest, WorkspaceDocksFollowTheCurrentWorkspace) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QDockWidget* radii = dockNamed(window, "hitRadiiDock");
    ASSERT_NE(radii, nullptr);
    window.workspaces()->setCurrent(QStringLiteral("event-display"));
    EXPECT_TRUE(radii->isVisible());
    window.workspaces()->setCurrent(QStringLiteral("tracking"));
    EXPECT_FALSE(radii->isVisible());
}

TEST_F(MainWindowTest, DockLayoutAndGeometryRoundTrip) {
    QSize savedSize;
    {
        MainWindow window;
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const QSize shown = window.size();
        // Larger than shown: the docks' minimum sizes may refuse a smaller window.
        window.resize(shown + QSize(150, 100));
        window.addDockWidget(Qt::LeftDockWidgetArea, dockNamed(window, "logDock"));
        dockNamed(window, "jobsDock")->hide();
        window.workspaces()->setCurrent(QStringLiteral("calorimeter"));
        settle();
        savedSize = window.size();
        ASSERT_NE(savedSize, shown);
        window.close(); // saves
    }
    EXPECT_FALSE(Settings::value(Settings::kWindowState).isEmpty());

    MainWindow restored;
    restored.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&restored));
    EXPECT_EQ(restored.dockWidgetArea(dockNamed(restored, "logDock")), Qt::LeftDockWidgetArea);
    EXPECT_TRUE(dockNamed(restored, "jobsDock")->isHidden());
    EXPECT_FALSE(dockNamed(restored, "logDock")->isHidden());
    EXPECT_EQ(restored.size(), savedSize);
    EXPECT_EQ(restored.workspaces()->current()->id(), QStringLiteral("calorimeter"));

    restored.dockLayout()->reset();
    EXPECT_EQ(restored.dockWidgetArea(dockNamed(restored, "logDock")), Qt::BottomDockWidgetArea);
    EXPECT_FALSE(dockNamed(restored, "jobsDock")->isHidden());
}

TEST_F(MainWindowTest, PreferencesChangeTheThreadCount) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const int before = threadCount();
    const int wanted = before == 3 ? 2 : 3;

    PreferencesDialog* dialog = window.preferencesAction()->showDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->threadsBox()->setValue(wanted);
    dialog->accept();
    settle();

    EXPECT_EQ(threadCount(), wanted);
    EXPECT_EQ(Settings::value(Settings::kThreads), wanted);
    EXPECT_TRUE(window.statusIndicators()->threadsLabel()->text().contains(QString::number(wanted)));
    setThreadCount(0);
}

TEST_F(MainWindowTest, CancelledPreferencesChangeNothing) {
    MainWindow window;
    setThreadCount(2);
    PreferencesDialog* dialog = window.preferencesAction()->showDialog();
    dialog->threadsBox()->setValue(5);
    dialog->reject();
    settle();
    EXPECT_EQ(threadCount(), 2);
    EXPECT_EQ(Settings::value(Settings::kThreads), Settings::kThreads.defaultValue);
    setThreadCount(0);
}

TEST_F(MainWindowTest, DemoShowsAPointCloudAHistogramAndAJob) {
    MainWindow window;
    window.workspaces()->setCurrent(QStringLiteral("inspection"));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.jobs(), &widgets::JobManager::jobFinished);

    CommandLineOptions options;
    options.demo = true;
    window.applyOptions(options);

    auto* display = window.workspaces()->find<EventDisplayWorkspace>();
    ASSERT_NE(display, nullptr);
    EXPECT_EQ(window.workspaces()->current(), display);
    EXPECT_GT(display->pointCount(), 1000u);
    vtkActor* cloud = display->cloudActor();
    ASSERT_NE(cloud, nullptr);
    EXPECT_TRUE(display->view()->renderer()->GetActors()->IsItemPresent(cloud));
    ASSERT_NE(cloud->GetMapper(), nullptr);
    EXPECT_EQ(static_cast<std::size_t>(cloud->GetMapper()->GetInput()->GetNumberOfPoints()),
              display->pointCount());
    EXPECT_EQ(display->histogram()->entries(), static_cast<double>(display->pointCount()));
    EXPECT_EQ(window.statusIndicators()->runningJobs(), 1);

    // Showing the demo again replaces the scene instead of adding to it.
    const int props = display->view()->renderer()->GetViewProps()->GetNumberOfItems();
    display->showDemoEvent();
    EXPECT_EQ(display->view()->renderer()->GetViewProps()->GetNumberOfItems(), props);

    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.first().at(1).toBool()) << finished.first().at(2).toString().toStdString();
    EXPECT_EQ(window.statusIndicators()->runningJobs(), 0);
}

} // namespace
} // namespace lupa::app::test
