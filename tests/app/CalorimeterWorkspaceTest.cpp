// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The Validation workspace: open a reference and a candidate, run the evaluation as a job, browse
// histograms with ratio panels and the average shower images, export.
#include "workspaces/CalorimeterWorkspace.hpp"

#include "GuiTestSupport.hpp"
#include "QCustomPlotInclude.hpp"
#include "ScreenshotTaker.hpp"
#include "workspaces/calo/ValidationInputs.hpp"
#include "workspaces/calo/ValidationResults.hpp"

#include <lupa/core/calo/ShowerSimulator.hpp>
#include <lupa/widgets/HistogramComparisonPlot.hpp>
#include <lupa/widgets/JobManager.hpp>
#include <lupa/widgets/ShowerImageView.hpp>

#include <QDir>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace lupa::app::test {
namespace {

class CalorimeterWorkspaceTest : public GuiTest {
protected:
    QString simulate(const QString& name, const calo::Distortion& distortion, std::uint64_t seed) const {
        const calo::ShowerSimulator simulator(calo::Dataset::OnePhotons, seed, distortion);
        const QString path = m_folder.filePath(name);
        auto writer = calo::ShowerWriter::create(path.toStdString(), simulator.binning().voxelCount());
        EXPECT_TRUE(writer.ok());
        EXPECT_TRUE(writer->append(simulator.simulate(0, 800)).ok());
        EXPECT_TRUE(writer->commit().ok());
        return path;
    }
};

TEST_F(CalorimeterWorkspaceTest, RunsAndShowsHistogramsWithRatiosAndShowerImages) {
    widgets::JobManager jobs;
    CalorimeterWorkspace workspace(WorkspaceContext{&jobs});
    workspace.resize(1200, 720);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    calo::Distortion narrow;
    narrow.lateralScale = -0.3;
    const QString reference = simulate(QStringLiteral("geant4-like.h5"), {}, 1);
    const QString candidate = simulate(QStringLiteral("narrow-model.h5"), narrow, 2);
    ASSERT_TRUE(workspace.canOpen(reference));
    ASSERT_TRUE(workspace.open(reference).ok());
    ASSERT_TRUE(workspace.open(candidate).ok());
    EXPECT_EQ(workspace.inputs()->reference(), reference);
    EXPECT_EQ(workspace.inputs()->candidates(), QStringList{candidate});
    EXPECT_FALSE(workspace.open(m_folder.filePath(QStringLiteral("missing.h5"))).ok());

    ASSERT_TRUE(workspace.run());
    ASSERT_TRUE(jobs.waitForAll(120000));
    settle(100);
    ASSERT_NE(workspace.report(), nullptr);
    ValidationResults* results = workspace.results();
    EXPECT_GT(results->featureList()->count(), 20);
    ASSERT_TRUE(results->selectFeature(QStringLiteral("WidthEta_layer_2")));
    QCustomPlot* plot = results->histogramPlot()->plot();
    EXPECT_GE(plot->graphCount() + plot->plottableCount(), 2) << "reference and candidate drawn";
    const auto& ratios = results->histogramPlot()->ratios(0);
    EXPECT_TRUE(std::any_of(ratios.begin(), ratios.end(), [](double r) {
        return std::isfinite(r) && std::abs(r - 1) > 0.2;
    })) << "30 % narrower showers show in the ratio panel";
    EXPECT_GT(results->summaryTable()->rowCount(), 20);
    results->tabs()->setCurrentIndex(1);
    settle(100);
    const QColor centre =
        results->referenceImage()->colourFor(workspace.report()->referenceMeanShower[0] + 1.0);
    EXPECT_TRUE(centre.isValid() && centre.alpha() > 0);
    const QString exported = m_folder.filePath(QStringLiteral("export"));
    ASSERT_TRUE(workspace.exportTo(exported).ok());
    EXPECT_TRUE(QFile::exists(exported + QStringLiteral("/metrics.json")));
    EXPECT_TRUE(QFile::exists(exported + QStringLiteral("/WidthEta_layer_2.svg")));

    // docs/user-guide.md pictures: LUPA_SCREENSHOT_DIR=docs/images when running this test by hand.
    const QString shots = qEnvironmentVariable("LUPA_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        results->tabs()->setCurrentIndex(0);
        settle(200);
        EXPECT_TRUE(ScreenshotTaker::save(&workspace,
                                          QDir(shots).filePath(QStringLiteral("validation-histogram.png"))));
        results->tabs()->setCurrentIndex(1);
        settle(200);
        EXPECT_TRUE(ScreenshotTaker::save(&workspace,
                                          QDir(shots).filePath(QStringLiteral("validation-showers.png"))));
    }
}

TEST_F(CalorimeterWorkspaceTest, CancelStopsTheJobAndKeepsNoResult) {
    widgets::JobManager jobs;
    CalorimeterWorkspace workspace(WorkspaceContext{&jobs});
    ASSERT_TRUE(workspace.open(simulate(QStringLiteral("a.h5"), {}, 1)).ok());
    ASSERT_TRUE(workspace.open(simulate(QStringLiteral("b.h5"), {}, 2)).ok());
    ASSERT_TRUE(workspace.run());
    jobs.cancelAll();
    ASSERT_TRUE(jobs.waitForAll(60000));
    settle(50);
    EXPECT_EQ(workspace.report(), nullptr);
    EXPECT_FALSE(workspace.exportTo(m_folder.filePath(QStringLiteral("x"))).ok());
}

} // namespace
} // namespace lupa::app::test
