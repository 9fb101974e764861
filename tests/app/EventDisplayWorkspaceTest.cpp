// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The Event Display workspace: a 3D and an x-y view of a simulated TrackML event above a details table,
// linked by one selection (a pick in a view selects the table row and marks the hit in both views; a
// table row marks it in both views).
#include "workspaces/EventDisplayWorkspace.hpp"

#include "GuiTestSupport.hpp"
#include "ScreenshotTaker.hpp"
#include "workspaces/display/CollectionsPanel.hpp"
#include "workspaces/display/EventNavigator.hpp"
#include "workspaces/display/EventScene.hpp"
#include "workspaces/display/EventSelection.hpp"
#include "workspaces/display/EventTruth.hpp"
#include "workspaces/display/HitTable.hpp"
#include "workspaces/display/HitTableModel.hpp"

#include <lupa/core/tracking/EventWriter.hpp>
#include <lupa/core/tracking/Simulation.hpp>
#include <lupa/visualization/Picking.hpp>
#include <lupa/widgets/VtkView.hpp>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <vtkActor.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lupa::app::test {
namespace {

// A small event of the built-in TrackML-like detector: the hard scatter only (about 1,000 hits).
trackml::Event smallDisplayEvent() {
    tracking::SimulationConfig config;
    config.pileup = 0;
    config.seed = 7;
    auto simulator = tracking::EventSimulator::create(tracking::SimGeometry::trackmlLike(), config);
    EXPECT_TRUE(simulator.ok());
    return simulator->simulate(1);
}

// The widget position [logical pixels] where a world point [mm] appears in `view`.
QPoint displayPositionOf(widgets::VtkView* view, const std::array<double, 3>& world) {
    const auto display = visualization::worldToDisplay(view->renderer(), world);
    const double ratio = view->devicePixelRatioF();
    const int deviceHeight = view->renderWindow()->GetSize()[1];
    return {static_cast<int>(std::lround(display[0] / ratio)),
            static_cast<int>(std::lround((deviceHeight - 1 - display[1]) / ratio))};
}

// Near-white pixels (the highlight's colour; the hits' rainbow never reaches it) within `radius`
// device pixels of `centre` [logical pixels].
int highlightPixelsAround(const QImage& image, QPoint centre, double ratio, int radius = 9) {
    const int cx = static_cast<int>(std::lround(centre.x() * ratio));
    const int cy = static_cast<int>(std::lround(centre.y() * ratio));
    int count = 0;
    for (int y = cy - radius; y <= cy + radius; ++y) {
        for (int x = cx - radius; x <= cx + radius; ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QRgb pixel = image.pixel(x, y);
            count += qRed(pixel) > 190 && qGreen(pixel) > 190 && qBlue(pixel) > 190 ? 1 : 0;
        }
    }
    return count;
}

class EventDisplayWorkspaceTest : public GuiTest {
protected:
    void SetUp() override {
        GuiTest::SetUp();
        m_event = smallDisplayEvent();
        m_prefix = m_folder.filePath(QStringLiteral("event000000001")).toStdString();
        ASSERT_TRUE(tracking::writeEvent(m_event, m_prefix).ok());
    }

    QString hitsFile() const { return QString::fromStdString(m_prefix + "-hits.csv"); }

    // Shows the workspace with the event loaded and rendered.
    void showEvent(EventDisplayWorkspace& workspace) {
        workspace.resize(1300, 900);
        workspace.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
        const Result<void> opened = workspace.open(hitsFile());
        ASSERT_TRUE(opened.ok()) << opened.error().describe();
        settle(100);
        ASSERT_EQ(workspace.pointCount(), m_event.hits.size());
    }

    // The hit of the event whose projection in `view` lies farthest from every other hit's projection
    // (inside the view, away from its edges), so that a click on it cannot mean another hit.
    static int isolatedHit(EventScene* scene, int hitCount) {
        widgets::VtkView* view = scene->view();
        std::vector<QPointF> positions;
        for (int i = 0; i < hitCount; ++i)
            positions.push_back(displayPositionOf(view, scene->hitPosition(i)));
        const QRectF inside = QRectF(view->rect()).adjusted(30, 30, -30, -30);
        int best = -1;
        double bestDistance = 0;
        for (int i = 0; i < hitCount; ++i) {
            if (!inside.contains(positions[static_cast<std::size_t>(i)]))
                continue;
            double nearest = std::numeric_limits<double>::max();
            for (int j = 0; j < hitCount; ++j) {
                if (j != i) {
                    const QPointF d =
                        positions[static_cast<std::size_t>(i)] - positions[static_cast<std::size_t>(j)];
                    nearest = std::min(nearest, std::hypot(d.x(), d.y()));
                }
            }
            if (nearest > bestDistance) {
                bestDistance = nearest;
                best = i;
            }
        }
        return best;
    }

    // Asserts that hit `index` is selected everywhere: the shared selection, the table's row (scrolled
    // into sight) and the marker of both views, and that the x-y view draws the marker there.
    void expectSelectedEverywhere(EventDisplayWorkspace& workspace, int index) {
        EXPECT_EQ(workspace.selection()->current(), index);
        HitTable* table = workspace.table();
        EXPECT_EQ(table->selectedRow(), index);
        const QModelIndex idCell = table->hitModel()->index(index, HitTableModel::IdColumn);
        EXPECT_EQ(idCell.data(Qt::UserRole).toULongLong(), m_event.hits[static_cast<std::size_t>(index)].id);
        EXPECT_TRUE(table->viewport()->rect().intersects(table->visualRect(idCell))) << "scrolled to the row";
        const trackml::Hit& hit = m_event.hits[static_cast<std::size_t>(index)];
        for (EventScene* scene : {workspace.threeDScene(), workspace.transverseScene()}) {
            EXPECT_TRUE(scene->highlight().isShown());
            const auto marker = scene->highlight().position();
            EXPECT_NEAR(marker[0], hit.x, 1e-3);
            EXPECT_NEAR(marker[1], hit.y, 1e-3);
            EXPECT_NEAR(marker[2], hit.z, 1e-3);
        }
        widgets::VtkView* xy = workspace.transverseView();
        const QImage image = xy->grabImage();
        ASSERT_FALSE(image.isNull());
        const QPoint where = displayPositionOf(xy, {hit.x, hit.y, hit.z});
        EXPECT_GT(highlightPixelsAround(image, where, xy->devicePixelRatioF()), 20)
            << "the x-y view draws the marker over the hit";
    }

    trackml::Event m_event;
    std::string m_prefix;
};

TEST_F(EventDisplayWorkspaceTest, PickInTheThreeDViewSelectsTheTableRowAndTheTransverseMarker) {
    EventDisplayWorkspace workspace(WorkspaceContext{});
    showEvent(workspace);
    const int hitCount = static_cast<int>(m_event.hits.size());
    EventScene* threeD = workspace.threeDScene();
    const int target = isolatedHit(threeD, hitCount);
    ASSERT_GE(target, 0);
    const QPoint click = displayPositionOf(threeD->view(), threeD->hitPosition(target));
    {
        const QImage before = workspace.transverseView()->grabImage();
        const auto& hit = m_event.hits[static_cast<std::size_t>(target)];
        EXPECT_LT(highlightPixelsAround(before,
                                        displayPositionOf(workspace.transverseView(), {hit.x, hit.y, hit.z}),
                                        workspace.transverseView()->devicePixelRatioF()),
                  5)
            << "no marker before the pick";
    }
    QSignalSpy changes(workspace.selection(), &EventSelection::changed);

    QTest::mouseClick(threeD->view(), Qt::LeftButton, {}, click);

    ASSERT_EQ(changes.count(), 1);
    EXPECT_EQ(changes.first().first().toInt(), target);
    expectSelectedEverywhere(workspace, target);

    // A click on the empty background clears the selection everywhere.
    QTest::mouseClick(threeD->view(), Qt::LeftButton, {}, QPoint(3, 3));
    EXPECT_EQ(workspace.selection()->current(), -1);
    EXPECT_EQ(workspace.table()->selectedRow(), -1);
    EXPECT_FALSE(workspace.transverseScene()->highlight().isShown());
    EXPECT_FALSE(threeD->highlight().isShown());
}

TEST_F(EventDisplayWorkspaceTest, PickInTheTransverseViewSelectsTheTableRow) {
    EventDisplayWorkspace workspace(WorkspaceContext{});
    showEvent(workspace);
    EventScene* xy = workspace.transverseScene();
    const int target = isolatedHit(xy, static_cast<int>(m_event.hits.size()));
    ASSERT_GE(target, 0);
    QTest::mouseClick(xy->view(), Qt::LeftButton, {}, displayPositionOf(xy->view(), xy->hitPosition(target)));
    expectSelectedEverywhere(workspace, target);
}

TEST_F(EventDisplayWorkspaceTest, TableRowMarksTheHitInBothViews) {
    EventDisplayWorkspace workspace(WorkspaceContext{});
    showEvent(workspace);
    HitTable* table = workspace.table();
    const int row = static_cast<int>(m_event.hits.size()) / 2;
    const QModelIndex cell = table->hitModel()->index(row, HitTableModel::XColumn);
    table->scrollTo(cell);
    settle(20);

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());

    expectSelectedEverywhere(workspace, row);
}

TEST_F(EventDisplayWorkspaceTest, TableShowsIdsPositionAndTruth) {
    EventDisplayWorkspace workspace(WorkspaceContext{});
    ASSERT_TRUE(workspace.open(hitsFile()).ok());
    HitTable* table = workspace.table();
    HitTableModel* model = table->hitModel();
    ASSERT_EQ(model->rowCount(), static_cast<int>(m_event.hits.size()));
    EXPECT_TRUE(model->hasParticles());
    EXPECT_TRUE(model->hasMomentum());
    EXPECT_FALSE(table->isColumnHidden(HitTableModel::PtColumn));
    std::map<std::uint64_t, double> ptOf;
    for (const trackml::Particle& particle : m_event.particles)
        ptOf[particle.id] = std::hypot(particle.px, particle.py);
    std::map<std::uint64_t, std::uint64_t> particleOf;
    for (const trackml::TruthHit& truth : m_event.truth)
        particleOf[truth.hitId] = truth.particleId;
    int withPt = 0;
    for (int row = 0; row < model->rowCount(); row += 37) {
        const trackml::Hit& hit = m_event.hits[static_cast<std::size_t>(row)];
        const auto value = [&](int column) {
            return model->index(row, column).data(Qt::UserRole);
        };
        EXPECT_EQ(value(HitTableModel::IdColumn).toULongLong(), hit.id);
        EXPECT_EQ(value(HitTableModel::VolumeColumn).toInt(), hit.volume);
        EXPECT_EQ(value(HitTableModel::LayerColumn).toInt(), hit.layer);
        EXPECT_EQ(value(HitTableModel::ModuleColumn).toInt(), hit.module);
        EXPECT_NEAR(value(HitTableModel::ZColumn).toDouble(), hit.z, 1e-3);
        EXPECT_NEAR(value(HitTableModel::RColumn).toDouble(), std::hypot(hit.x, hit.y), 1e-3);
        EXPECT_NEAR(value(HitTableModel::PhiColumn).toDouble(), std::atan2(hit.y, hit.x), 1e-6);
        const std::uint64_t particle = particleOf.at(hit.id);
        EXPECT_EQ(value(HitTableModel::ParticleColumn).toULongLong(), particle);
        if (particle != 0) {
            EXPECT_NEAR(value(HitTableModel::PtColumn).toDouble(), ptOf.at(particle), 1e-5);
            ++withPt;
        }
    }
    EXPECT_GT(withPt, 0);
    EXPECT_EQ(model->headerData(HitTableModel::XColumn, Qt::Horizontal).toString(), QStringLiteral("x (mm)"));
    EXPECT_FALSE(model->index(0, HitTableModel::XColumn).data().toString().isEmpty());

    // Without truth files beside it, the hits file alone: the truth columns hide.
    QFile::remove(QString::fromStdString(m_prefix + "-truth.csv"));
    ASSERT_TRUE(workspace.open(hitsFile()).ok());
    EXPECT_FALSE(model->hasMomentum());
    EXPECT_TRUE(table->isColumnHidden(HitTableModel::PtColumn));
    EXPECT_TRUE(table->isColumnHidden(HitTableModel::ParticleColumn));
}

TEST_F(EventDisplayWorkspaceTest, TruthNamingAnUnknownHitIsAnErrorNamingTheFile) {
    EventDisplayWorkspace workspace(WorkspaceContext{});
    QFile truth(QString::fromStdString(m_prefix + "-truth.csv"));
    ASSERT_TRUE(truth.open(QIODevice::Append));
    truth.write("999999,0,0,0,0,0,0,0,0\n");
    truth.close();
    const Result<void> opened = workspace.open(hitsFile());
    ASSERT_FALSE(opened.ok());
    EXPECT_NE(opened.error().describe().find("event000000001-truth.csv"), std::string::npos)
        << opened.error().describe();
}

TEST_F(EventDisplayWorkspaceTest, StepsThroughTheEventsOfTheFolder) {
    tracking::SimulationConfig config;
    config.pileup = 0;
    config.seed = 11;
    auto simulator = tracking::EventSimulator::create(tracking::SimGeometry::trackmlLike(), config);
    ASSERT_TRUE(simulator.ok());
    const trackml::Event second = simulator->simulate(2);
    ASSERT_TRUE(
        tracking::writeEvent(second, m_folder.filePath(QStringLiteral("event000000002")).toStdString()).ok());
    ASSERT_NE(second.hits.size(), m_event.hits.size());
    EventDisplayWorkspace workspace(WorkspaceContext{});
    ASSERT_TRUE(workspace.open(hitsFile()).ok());
    EventNavigator* navigator = workspace.navigator();
    EXPECT_EQ(navigator->eventCount(), 2);
    EXPECT_EQ(navigator->currentIndex(), 0);
    EXPECT_FALSE(navigator->previous());
    workspace.selection()->select(3);

    ASSERT_TRUE(navigator->next());

    EXPECT_EQ(navigator->currentIndex(), 1);
    EXPECT_EQ(workspace.pointCount(), second.hits.size());
    EXPECT_EQ(workspace.table()->hitModel()->rowCount(), static_cast<int>(second.hits.size()));
    EXPECT_EQ(workspace.selection()->current(), -1) << "a new event starts without a selection";
    EXPECT_FALSE(navigator->next());
    ASSERT_TRUE(navigator->previous());
    EXPECT_EQ(workspace.pointCount(), m_event.hits.size());
}

TEST_F(EventDisplayWorkspaceTest, CollectionsPanelHidesHitsAndSizesThemInBothViews) {
    EventDisplayWorkspace workspace(WorkspaceContext{});
    ASSERT_TRUE(workspace.open(hitsFile()).ok());
    CollectionsPanel* panel = workspace.collections();
    EXPECT_EQ(panel->tree()->topLevelItem(0)->text(1).toULongLong(), m_event.hits.size());
    EXPECT_FALSE(panel->tree()->topLevelItem(1)->flags().testFlag(Qt::ItemIsEnabled)) << "no tracks";
    panel->setCollectionVisible(EventCollection::Hits, false);
    panel->setPointSize(9);
    for (EventScene* scene : {workspace.threeDScene(), workspace.transverseScene()}) {
        EXPECT_EQ(scene->cloudActor()->GetVisibility(), 0);
        EXPECT_FLOAT_EQ(scene->cloudActor()->GetProperty()->GetPointSize(), 9.0F);
    }
    ASSERT_TRUE(workspace.open(hitsFile()).ok());
    EXPECT_EQ(workspace.transverseScene()->cloudActor()->GetVisibility(), 0)
        << "stays hidden for the next event";
    panel->setCollectionVisible(EventCollection::Hits, true);
    EXPECT_EQ(workspace.threeDScene()->cloudActor()->GetVisibility(), 1);
}

TEST(EventSelectionTest, SelectsWithinTheEventAndSignalsOnlyChanges) {
    EventSelection selection;
    QSignalSpy changes(&selection, &EventSelection::changed);
    selection.select(0);
    EXPECT_EQ(selection.current(), -1) << "no hits yet";
    EXPECT_EQ(changes.count(), 0);
    selection.reset(10);
    selection.select(4);
    selection.select(4);
    EXPECT_EQ(selection.current(), 4);
    ASSERT_EQ(changes.count(), 1);
    selection.select(10);
    EXPECT_FALSE(selection.hasSelection()) << "out of range clears";
    selection.select(2);
    selection.reset(3);
    EXPECT_EQ(selection.current(), -1) << "a new event clears the selection";
    EXPECT_EQ(changes.count(), 4);
}

TEST(EventSelectionTest, TableFollowsTheSelectionAndDrivesIt) {
    EventSelection selection;
    HitTable table(&selection);
    std::vector<DemoHit> hits(50);
    for (std::size_t i = 0; i < hits.size(); ++i)
        hits[i].x = static_cast<double>(i);
    table.hitModel()->setHits(hits, {}, false, false);
    selection.reset(static_cast<int>(hits.size()));
    selection.select(42);
    EXPECT_EQ(table.selectedRow(), 42);
    table.selectRow(7);
    EXPECT_EQ(selection.current(), 7);
    selection.clear();
    EXPECT_EQ(table.selectedRow(), -1);
    EXPECT_EQ(table.hitModel()->index(3, HitTableModel::IdColumn).data(Qt::UserRole).toULongLong(), 0U)
        << "rows without details show no id";
}

TEST(EventTruthTest, FindsTheEventPrefixOfAHitsFile) {
    EXPECT_EQ(trackmlPrefix("a/event000000001-hits.csv"), std::optional<std::string>("a/event000000001"));
    EXPECT_EQ(trackmlPrefix("event7-hits.csv.gz"), std::optional<std::string>("event7"));
    EXPECT_EQ(trackmlPrefix("a/hits.csv"), std::nullopt);
    EXPECT_EQ(trackmlPrefix("a/event1-truth.csv"), std::nullopt);
}

// docs/user-guide.md picture: LUPA_SCREENSHOT_DIR=docs/images when running this test by hand. With
// LUPA_SCREENSHOT_TRACKML=../shared/data/trackml it shows that event and geometry, else the simulated event.
TEST_F(EventDisplayWorkspaceTest, ScreenshotForTheUserGuide) {
    const QString shots = qEnvironmentVariable("LUPA_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set LUPA_SCREENSHOT_DIR to write the user guide's picture";
    EventDisplayWorkspace workspace(WorkspaceContext{});
    workspace.resize(1500, 900);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    const QString shared = qEnvironmentVariable("LUPA_SCREENSHOT_TRACKML");
    const QString geometry = shared + QStringLiteral("/geometry/detectors.csv.gz");
    const QString event = shared + QStringLiteral("/reduced-event/event000000001-hits.csv.gz");
    if (!shared.isEmpty() && QFile::exists(geometry) && QFile::exists(event)) {
        ASSERT_TRUE(workspace.open(geometry).ok());
        ASSERT_TRUE(workspace.open(event).ok());
    } else {
        ASSERT_TRUE(workspace.open(hitsFile()).ok());
    }
    settle(300);
    const int target = isolatedHit(workspace.threeDScene(), static_cast<int>(workspace.pointCount()));
    ASSERT_GE(target, 0);
    QTest::mouseClick(workspace.view(), Qt::LeftButton, {},
                      displayPositionOf(workspace.view(), workspace.threeDScene()->hitPosition(target)));
    settle(300);
    EXPECT_TRUE(ScreenshotTaker::save(&workspace, QDir(shots).filePath(QStringLiteral("event-display.png"))));
}

} // namespace
} // namespace lupa::app::test
