// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The Anomaly workspace: simulate demo samples, train an autoencoder through the trainer module with
// a live loss curve, evaluate every signal (ROC, AUC, TPR), compare float with fixed point, cancel.
#include "workspaces/AnomalyWorkspace.hpp"

#include "GuiTestSupport.hpp"
#include "QCustomPlotInclude.hpp"
#include "ScreenshotTaker.hpp"
#include "workspaces/anomaly/AnomalyInputs.hpp"
#include "workspaces/anomaly/FixedPointPanel.hpp"
#include "workspaces/anomaly/LatentSpacePanel.hpp"
#include "workspaces/anomaly/LossCurvePanel.hpp"
#include "workspaces/anomaly/RocPanel.hpp"
#include "workspaces/anomaly/ScoreHistogramPanel.hpp"
#include "workspaces/anomaly/TopEventsTable.hpp"
#include "workspaces/anomaly/TrainingPanel.hpp"

#include <lupa/widgets/JobManager.hpp>

#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace lupa::app::test {
namespace {

ml::FixedPointFormat format(int totalBits, int integerBits) {
    ml::FixedPointFormat f;
    f.totalBits = totalBits;
    f.integerBits = integerBits;
    return f;
}

class AnomalyWorkspaceTest : public GuiTest {
protected:
    /// Simulates the demo samples through the workspace and waits for them.
    void simulate(AnomalyWorkspace& workspace, int backgroundEvents, int signalEvents) {
        ASSERT_TRUE(workspace.simulateDemo(m_folder.filePath(QStringLiteral("demo")), backgroundEvents,
                                           signalEvents));
        ASSERT_TRUE(m_jobs.waitForAll(kJobTimeoutMs));
        settle(50);
        ASSERT_EQ(workspace.inputs()->signalFiles().size(), 4) << workspace.lastMessage().toStdString();
    }

    /// Runs `start` and waits for its job.
    void runJob(AnomalyWorkspace& workspace, bool (AnomalyWorkspace::*start)(),
                int timeoutMs = kJobTimeoutMs) {
        ASSERT_TRUE((workspace.*start)()) << workspace.lastMessage().toStdString();
        ASSERT_TRUE(m_jobs.waitForAll(timeoutMs));
        settle(50);
    }

    /// Compares with ap_fixed<totalBits, integerBits> and returns the mean relative score difference.
    double compare(AnomalyWorkspace& workspace, int totalBits, int integerBits) {
        workspace.fixedPoint()->setConfig(format(totalBits, integerBits));
        runJob(workspace, &AnomalyWorkspace::compareFixedPoint);
        const auto report = workspace.fixedPointReport();
        EXPECT_NE(report, nullptr) << workspace.lastMessage().toStdString();
        if (!report)
            return 0;
        EXPECT_EQ(report->comparison.config.data.totalBits, totalBits);
        return report->comparison.meanRelativeScoreDifference;
    }

    widgets::JobManager m_jobs;
};

TEST_F(AnomalyWorkspaceTest, SimulatesTrainsEvaluatesAndComparesWithFixedPoint) {
    AnomalyWorkspace workspace(WorkspaceContext{&m_jobs});
    workspace.resize(1400, 860);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    simulate(workspace, 5000, 2000);
    const QString background = workspace.inputs()->background();
    EXPECT_TRUE(background.endsWith(QStringLiteral("background.h5")));
    EXPECT_TRUE(workspace.canOpen(background));
    EXPECT_FALSE(workspace.canOpen(writeFile(QStringLiteral("notes.h5"), "not HDF5")));
    EXPECT_FALSE(workspace.open(m_folder.filePath(QStringLiteral("missing.h5"))).ok());

    workspace.training()->setSettings(QStringLiteral("32"), 4, 3, 7);
    runJob(workspace, &AnomalyWorkspace::train);
    ASSERT_NE(workspace.model(), nullptr) << workspace.lastMessage().toStdString();
    EXPECT_EQ(workspace.lossCurve()->liveEpochs(), 3) << "every epoch reached the live loss curve";
    EXPECT_EQ(workspace.lossCurve()->plot()->graph(0)->dataCount(), 3);
    EXPECT_EQ(workspace.lossCurve()->plot()->graph(1)->dataCount(), 3);

    const QString modelPath = m_folder.filePath(QStringLiteral("model.lupa"));
    ASSERT_TRUE(workspace.saveModel(modelPath).ok());
    EXPECT_TRUE(workspace.canOpen(modelPath));
    ASSERT_TRUE(workspace.open(modelPath).ok());

    runJob(workspace, &AnomalyWorkspace::evaluate);
    ASSERT_NE(workspace.evaluation(), nullptr) << workspace.lastMessage().toStdString();
    EXPECT_EQ(workspace.tabs()->currentWidget(), workspace.roc());
    EXPECT_EQ(workspace.roc()->plot()->graphCount(), 4) << "one ROC curve per signal";
    EXPECT_EQ(workspace.roc()->plot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
    QTableWidget* table = workspace.roc()->table();
    ASSERT_EQ(table->rowCount(), 4);
    for (int row = 0; row < table->rowCount(); ++row) {
        EXPECT_GT(table->item(row, RocPanel::AucColumn)->data(Qt::UserRole).toDouble(), 0.5)
            << table->item(row, RocPanel::SignalColumn)->text().toStdString();
        EXPECT_EQ(table->columnCount(), RocPanel::FirstTprColumn + 3) << "TPR at FPR 1e-3, 1e-4, 1e-5";
    }
    EXPECT_TRUE(table->item(0, RocPanel::FirstTprColumn + 2)->text().endsWith(QLatin1Char('*')))
        << "5000 background events cannot reach FPR 1e-5";
    EXPECT_EQ(workspace.topEvents()->rowCount(), 20);
    EXPECT_FALSE(workspace.topEvents()->item(0, TopEventsTable::FeatureColumn)->text().isEmpty());
    EXPECT_EQ(workspace.histograms()->plot()->graphCount(), 5);
    EXPECT_EQ(workspace.latentSpace()->plot()->graphCount(), 2) << "the background and the first signal";

    const double fine = compare(workspace, 16, 6);
    ASSERT_EQ(workspace.fixedPoint()->stageTable()->rowCount(),
              1 + static_cast<int>(workspace.model()->layers().size()));
    EXPECT_EQ(workspace.fixedPoint()->signalTable()->rowCount(), 4);
    const double coarse = compare(workspace, 6, 2);
    EXPECT_GT(coarse, fine) << "ap_fixed<6,2> strays further from float than ap_fixed<16,6>";

    // The inputs and the model come back with the next session.
    AnomalyWorkspace restored(WorkspaceContext{&m_jobs});
    EXPECT_EQ(restored.inputs()->background(), background);
    EXPECT_EQ(restored.inputs()->signalFiles(), workspace.inputs()->signalFiles());
    EXPECT_NE(restored.model(), nullptr);
    EXPECT_EQ(restored.training()->epochs(), 3);
}

TEST_F(AnomalyWorkspaceTest, InputsChangeRolesAndAreRemoved) {
    AnomalyWorkspace workspace(WorkspaceContext{&m_jobs});
    simulate(workspace, 500, 200);
    AnomalyInputs* inputs = workspace.inputs();
    const QString oldBackground = inputs->background();
    const QString signal = inputs->signalFiles().front();
    inputs->setBackground(signal);
    EXPECT_EQ(inputs->background(), signal);
    EXPECT_TRUE(inputs->signalFiles().contains(oldBackground));
    inputs->removeFile(signal);
    EXPECT_EQ(inputs->background(), oldBackground) << "the next file becomes the background";
    EXPECT_EQ(inputs->signalFiles().size(), 3);
    ASSERT_TRUE(workspace.open(signal).ok());
    EXPECT_EQ(inputs->signalFiles().back(), signal);
}

TEST_F(AnomalyWorkspaceTest, CancelStopsTrainingAndKeepsNoModel) {
    AnomalyWorkspace workspace(WorkspaceContext{&m_jobs});
    simulate(workspace, 2000, 200);
    workspace.training()->setSettings(QStringLiteral("64, 32"), 8, 500, 1);
    ASSERT_TRUE(workspace.train());
    EXPECT_FALSE(workspace.evaluate()) << "no model yet";
    EXPECT_FALSE(workspace.train()) << "one job at a time";
    workspace.cancel();
    ASSERT_TRUE(m_jobs.waitForAll(kJobTimeoutMs));
    settle(50);
    EXPECT_EQ(workspace.model(), nullptr);
    EXPECT_TRUE(workspace.lastMessage().contains(QStringLiteral("Cancelled")))
        << workspace.lastMessage().toStdString();
    EXPECT_FALSE(workspace.saveModel(m_folder.filePath(QStringLiteral("x.lupa"))).ok());
    ASSERT_TRUE(workspace.train()) << "the workspace is ready again";
    workspace.cancel();
    ASSERT_TRUE(m_jobs.waitForAll(kJobTimeoutMs));
}

TEST_F(AnomalyWorkspaceTest, RejectsFilesThatAreNoAnomalyModels) {
    AnomalyWorkspace workspace(WorkspaceContext{&m_jobs});
    const QString garbage = writeFile(QStringLiteral("broken.lupa"), "LUPA-MODEL 1\n12 3");
    EXPECT_FALSE(workspace.canOpen(garbage));
    EXPECT_FALSE(workspace.openModel(garbage).ok());
    EXPECT_EQ(workspace.model(), nullptr);
    EXPECT_FALSE(workspace.compareFixedPoint());
}

// docs/user-guide.md pictures: LUPA_SCREENSHOT_DIR=docs/images when running this test by hand.
TEST_F(AnomalyWorkspaceTest, ScreenshotsForTheUserGuide) {
    const QString shots = qEnvironmentVariable("LUPA_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set LUPA_SCREENSHOT_DIR to write the user guide's pictures";
    AnomalyWorkspace workspace(WorkspaceContext{&m_jobs});
    workspace.resize(1400, 860);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    simulate(workspace, 50000, 10000);
    workspace.training()->setSettings(QStringLiteral("32"), 8, 12, 1);
    runJob(workspace, &AnomalyWorkspace::train, 600000);
    ASSERT_NE(workspace.model(), nullptr);
    runJob(workspace, &AnomalyWorkspace::evaluate, 600000);
    ASSERT_NE(workspace.evaluation(), nullptr);
    settle(300);
    EXPECT_TRUE(ScreenshotTaker::save(&workspace, QDir(shots).filePath(QStringLiteral("anomaly-roc.png"))));
    ml::FixedPointFormat hls = format(12, 5);
    hls.rounding = ml::FixedRounding::Nearest;
    hls.overflow = ml::FixedOverflow::Saturate;
    workspace.fixedPoint()->setConfig(hls);
    runJob(workspace, &AnomalyWorkspace::compareFixedPoint);
    ASSERT_NE(workspace.fixedPointReport(), nullptr);
    settle(300);
    EXPECT_TRUE(
        ScreenshotTaker::save(&workspace, QDir(shots).filePath(QStringLiteral("anomaly-fixed-point.png"))));
}

} // namespace
} // namespace lupa::app::test
