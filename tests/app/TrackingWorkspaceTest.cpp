// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The Tracking workspace: simulate TrackML events, reconstruct one with the baseline, train the GNN in its
// module (live loss curve) and run it, and compare the scores side by side; cancel; bad inputs.
#include "workspaces/TrackingWorkspace.hpp"

#include "GuiTestSupport.hpp"
#include "QCustomPlotInclude.hpp"
#include "ScreenshotTaker.hpp"
#include "workspaces/anomaly/LossCurvePanel.hpp"
#include "workspaces/tracking/TrackingInputs.hpp"
#include "workspaces/tracking/TrackingMetricsTable.hpp"
#include "workspaces/tracking/TrackingModelPanel.hpp"
#include "workspaces/tracking/TrackingRatePlots.hpp"

#include <lupa/widgets/JobManager.hpp>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTabWidget>
#include <QTest>

#include <cmath>

namespace lupa::app::test {
namespace {

class TrackingWorkspaceTest : public GuiTest {
protected:
    /// Simulates `events` events of pile-up `mu` through the workspace and waits for them.
    void simulate(TrackingWorkspace& workspace, int events, double mu) {
        workspace.inputs()->setSimulation(events, mu, 3, m_folder.filePath(QStringLiteral("events")));
        runJob(workspace, &TrackingWorkspace::simulate);
        ASSERT_EQ(workspace.inputs()->prefixes().size(), static_cast<std::size_t>(events))
            << workspace.lastMessage().toStdString();
    }

    /// Runs `start` and waits for its job.
    void runJob(TrackingWorkspace& workspace, bool (TrackingWorkspace::*start)(),
                int timeoutMs = kJobTimeoutMs) {
        ASSERT_TRUE((workspace.*start)()) << workspace.lastMessage().toStdString();
        ASSERT_TRUE(m_jobs.waitForAll(timeoutMs));
        settle(50);
    }

    widgets::JobManager m_jobs;
};

TEST_F(TrackingWorkspaceTest, SimulatesReconstructsTrainsAndScoresBothMethods) {
    TrackingWorkspace workspace(WorkspaceContext{&m_jobs});
    workspace.resize(1400, 860);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    EXPECT_FALSE(workspace.runBaseline()) << "no events yet";
    simulate(workspace, 3, 2);
    EXPECT_EQ(workspace.inputs()->eventChooser()->currentText(), QStringLiteral("event000000003"));
    EXPECT_EQ(workspace.inputs()->trainingPrefixes().size(), 2U) << "training leaves the chosen event out";

    runJob(workspace, &TrackingWorkspace::runBaseline);
    const auto baseline = workspace.outcome(TrackingMethod::Baseline);
    ASSERT_NE(baseline, nullptr) << workspace.lastMessage().toStdString();
    ASSERT_TRUE(baseline->score.has_value());
    ASSERT_TRUE(baseline->metrics.has_value());
    TrackingMetricsTable* table = workspace.metrics();
    const double baselineScore = table->value(TrackingMetricsTable::ScoreRow, TrackingMethod::Baseline);
    EXPECT_GT(baselineScore, 0.8) << "clean events (mu 2) are easy for the baseline";
    EXPECT_LE(baselineScore, 1.0);
    EXPECT_GT(table->value(TrackingMetricsTable::EfficiencyRow, TrackingMethod::Baseline), 0.8);
    EXPECT_TRUE(table->isColumnHidden(static_cast<int>(TrackingMethod::Gnn))) << "the GNN did not run yet";
    EXPECT_EQ(workspace.tabs()->currentWidget(), table);
    EXPECT_GT(workspace.efficiencyPlots()->ptPlot()->graph(0)->dataCount(), 0);
    EXPECT_GT(workspace.fakeRatePlots()->etaPlot()->graph(0)->dataCount(), 0);

    workspace.modelPanel()->setSettings(2, 8, 1, QStringLiteral("layer_map"));
    runJob(workspace, &TrackingWorkspace::train);
    ASSERT_FALSE(workspace.modelPath().isEmpty()) << workspace.lastMessage().toStdString();
    EXPECT_TRUE(QFileInfo::exists(workspace.modelPath()));
    EXPECT_EQ(workspace.lossCurve()->liveEpochs(), 2) << "every epoch reached the live loss curve";
    EXPECT_EQ(workspace.lossCurve()->plot()->graph(0)->dataCount(), 2);

    runJob(workspace, &TrackingWorkspace::runGnn);
    const auto gnn = workspace.outcome(TrackingMethod::Gnn);
    ASSERT_NE(gnn, nullptr) << workspace.lastMessage().toStdString();
    const double gnnScore = table->value(TrackingMetricsTable::ScoreRow, TrackingMethod::Gnn);
    EXPECT_TRUE(std::isfinite(gnnScore));
    EXPECT_GE(gnnScore, 0.0);
    EXPECT_LE(gnnScore, 1.0);
    for (const auto method : {TrackingMethod::Baseline, TrackingMethod::Gnn}) {
        EXPECT_FALSE(table->isColumnHidden(static_cast<int>(method))) << "side by side";
        for (const auto row : {TrackingMetricsTable::FakeRateRow, TrackingMetricsTable::DuplicateRateRow,
                               TrackingMetricsTable::SecondsRow})
            EXPECT_TRUE(std::isfinite(table->value(row, method)));
    }
    EXPECT_EQ(table->value(TrackingMetricsTable::ScoreRow, TrackingMethod::Baseline), baselineScore)
        << "the baseline's column stays";

    // Another event: the scores belong to the old one and go.
    workspace.inputs()->eventChooser()->setCurrentIndex(0);
    EXPECT_EQ(workspace.outcome(TrackingMethod::Baseline), nullptr);
    EXPECT_TRUE(table->isColumnHidden(0));

    // The folder, the settings and the model come back with the next session.
    TrackingWorkspace restored(WorkspaceContext{&m_jobs});
    EXPECT_EQ(restored.inputs()->prefixes().size(), 3U);
    EXPECT_EQ(restored.modelPath(), workspace.modelPath());
    EXPECT_EQ(restored.modelPanel()->epochs(), 2);
    EXPECT_EQ(restored.modelPanel()->hidden(), 8);
    EXPECT_EQ(restored.lossCurve()->plot()->graph(0)->dataCount(), 2) << "the history from the model file";
}

TEST_F(TrackingWorkspaceTest, CancelStopsTrainingAndKeepsNoModel) {
    TrackingWorkspace workspace(WorkspaceContext{&m_jobs});
    simulate(workspace, 2, 2);
    workspace.modelPanel()->setSettings(5000, 32, 3, QStringLiteral("layer_map"));
    ASSERT_TRUE(workspace.train());
    EXPECT_FALSE(workspace.runBaseline()) << "one job at a time";
    workspace.cancel();
    ASSERT_TRUE(m_jobs.waitForAll(kJobTimeoutMs));
    settle(50);
    EXPECT_TRUE(workspace.modelPath().isEmpty());
    EXPECT_TRUE(workspace.lastMessage().contains(QStringLiteral("Cancelled")))
        << workspace.lastMessage().toStdString();
    EXPECT_FALSE(workspace.runGnn()) << "no model";
    runJob(workspace, &TrackingWorkspace::runBaseline);
    EXPECT_NE(workspace.outcome(TrackingMethod::Baseline), nullptr) << "the workspace is ready again";
}

TEST_F(TrackingWorkspaceTest, OpensEventFilesAndRejectsWhatItCannotUse) {
    TrackingWorkspace workspace(WorkspaceContext{&m_jobs});
    simulate(workspace, 2, 0);
    const QString hits =
        QDir(m_folder.filePath(QStringLiteral("events"))).filePath(QStringLiteral("event000000001-hits.csv"));
    EXPECT_TRUE(workspace.canOpen(hits));
    EXPECT_FALSE(workspace.canOpen(m_folder.filePath(QStringLiteral("notes.csv"))));
    ASSERT_TRUE(workspace.open(hits).ok());
    EXPECT_EQ(workspace.inputs()->eventChooser()->currentText(), QStringLiteral("event000000001"));
    EXPECT_FALSE(workspace.open(m_folder.filePath(QStringLiteral("event000000009-hits.csv"))).ok());
    QDir(m_folder.path()).mkdir(QStringLiteral("empty"));
    EXPECT_FALSE(workspace.openFolder(m_folder.filePath(QStringLiteral("empty"))).ok());
    const QString garbage = writeFile(QStringLiteral("broken.lupa"), "LUPA-MODEL 1\n12 3");
    EXPECT_FALSE(workspace.openModel(garbage).ok());
    EXPECT_TRUE(workspace.modelPath().isEmpty());

    // An event without truth is reconstructed but not scored.
    const QString bare = m_folder.filePath(QStringLiteral("bare"));
    QDir().mkpath(bare);
    ASSERT_TRUE(QFile::copy(hits, QDir(bare).filePath(QStringLiteral("event000000001-hits.csv"))));
    ASSERT_TRUE(workspace.openFolder(bare).ok());
    runJob(workspace, &TrackingWorkspace::runBaseline);
    const auto outcome = workspace.outcome(TrackingMethod::Baseline);
    ASSERT_NE(outcome, nullptr) << workspace.lastMessage().toStdString();
    EXPECT_FALSE(outcome->score.has_value());
    EXPECT_FALSE(outcome->scoreNote.isEmpty());
    EXPECT_TRUE(
        std::isnan(workspace.metrics()->value(TrackingMetricsTable::ScoreRow, TrackingMethod::Baseline)));
}

// docs/user-guide.md's picture: LUPA_SCREENSHOT_DIR=docs/images when running this test by hand.
TEST_F(TrackingWorkspaceTest, ScreenshotForTheUserGuide) {
    const QString shots = qEnvironmentVariable("LUPA_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set LUPA_SCREENSHOT_DIR to write the user guide's picture";
    TrackingWorkspace workspace(WorkspaceContext{&m_jobs});
    workspace.resize(1400, 860);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    simulate(workspace, 6, 20);
    runJob(workspace, &TrackingWorkspace::runBaseline, 600000);
    workspace.modelPanel()->setSettings(20, 32, 3, QStringLiteral("layer_map"));
    runJob(workspace, &TrackingWorkspace::train, 600000);
    runJob(workspace, &TrackingWorkspace::runGnn, 600000);
    ASSERT_NE(workspace.outcome(TrackingMethod::Gnn), nullptr) << workspace.lastMessage().toStdString();
    workspace.tabs()->setCurrentWidget(workspace.efficiencyPlots());
    settle(300);
    EXPECT_TRUE(ScreenshotTaker::save(&workspace, QDir(shots).filePath(QStringLiteral("tracking.png"))));
}

} // namespace
} // namespace lupa::app::test
