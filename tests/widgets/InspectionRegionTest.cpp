// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/widgets/inspection/InspectionImageView.hpp>
#include <lupa/widgets/inspection/RegionListModel.hpp>

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace lupa::widgets {
namespace {

// A shown view at 100 % on a 400x300 image: widget pixel = image pixel.
class RegionTest : public ::testing::Test {
protected:
    void SetUp() override {
        QImage image(400, 300, QImage::Format_Grayscale8);
        image.fill(128);
        view.setImage(image);
        view.resize(400, 300);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.setVisibleRect(QRectF(0, 0, 400, 300));
        ASSERT_DOUBLE_EQ(view.zoom(), 1.0);
    }
    void clickAt(QPoint point) { QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, point); }
    static RegionShape square(const QString& name) {
        return {name, QStringLiteral("generic"), QPolygonF(QRectF(10, 10, 50, 50))};
    }
    InspectionImageView view;
};

TEST_F(RegionTest, ClicksAndEnterDrawAPolygonThatUndoAndRedoRemoveAndRestore) {
    QSignalSpy changed(&view, &InspectionImageView::regionsChanged);
    view.setEditMode(InspectionImageView::EditMode::DrawRegion);
    clickAt({50, 40});
    clickAt({250, 60});
    clickAt({200, 220});
    EXPECT_EQ(view.draftPolygon().size(), 3);
    EXPECT_TRUE(view.regions().empty());
    QTest::keyClick(&view, Qt::Key_Return);
    ASSERT_EQ(view.regions().size(), 1u);
    EXPECT_TRUE(view.draftPolygon().isEmpty());
    const QPolygonF polygon = view.regions()[0].polygon;
    ASSERT_EQ(polygon.size(), 3);
    EXPECT_EQ(polygon[1], QPointF(250, 60));
    EXPECT_EQ(view.regions()[0].kind, QStringLiteral("generic"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(view.regionModel()->rowCount(), 1);

    QTest::keyClick(&view, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(view.regions().empty());
    QTest::keyClick(&view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(view.regions().size(), 1u);
    EXPECT_EQ(view.regions()[0].polygon, polygon);
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(RegionTest, DoubleClickClosesAndTooFewVerticesDoNot) {
    view.setEditMode(InspectionImageView::EditMode::DrawRegion);
    clickAt({50, 40});
    clickAt({250, 60});
    QTest::keyClick(&view, Qt::Key_Return); // two vertices make no region
    EXPECT_TRUE(view.regions().empty());
    clickAt({200, 220});
    QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(200, 220));
    ASSERT_EQ(view.regions().size(), 1u);
    EXPECT_EQ(view.regions()[0].polygon.size(), 3);
    clickAt({10, 10});
    QTest::keyClick(&view, Qt::Key_Escape);
    EXPECT_TRUE(view.draftPolygon().isEmpty());
}

TEST_F(RegionTest, MoveRenameAndDeleteAreUndoable) {
    view.addRegion(square(QStringLiteral("pads")));
    view.moveRegion(0, QPointF(5, -3));
    EXPECT_EQ(view.regions()[0].polygon.boundingRect(), QRectF(15, 7, 50, 50));
    view.renameRegion(0, QStringLiteral("bond pads"));
    EXPECT_EQ(view.regions()[0].name, QStringLiteral("bond pads"));
    view.removeRegion(0);
    EXPECT_TRUE(view.regions().empty());
    EXPECT_EQ(view.undoStack()->count(), 4);

    view.undoStack()->undo();
    ASSERT_EQ(view.regions().size(), 1u);
    EXPECT_EQ(view.regions()[0].name, QStringLiteral("bond pads"));
    view.undoStack()->undo();
    EXPECT_EQ(view.regions()[0].name, QStringLiteral("pads"));
    view.undoStack()->undo();
    EXPECT_EQ(view.regions()[0].polygon.boundingRect(), QRectF(10, 10, 50, 50));
    view.undoStack()->undo();
    EXPECT_TRUE(view.regions().empty());
}

TEST_F(RegionTest, DraggingARegionIsOneUndoStep) {
    view.addRegion(square(QStringLiteral("pads")));
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(30, 30));
    EXPECT_EQ(view.selectedRegion(), 0);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(&view, QPoint(30 + 10 * step, 30 + 4 * step));
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(80, 50));
    EXPECT_EQ(view.regions()[0].polygon.boundingRect(), QRectF(60, 30, 50, 50));
    EXPECT_EQ(view.undoStack()->count(), 2); // the add and one merged move
    view.undoStack()->undo();
    EXPECT_EQ(view.regions()[0].polygon.boundingRect(), QRectF(10, 10, 50, 50));
}

TEST_F(RegionTest, SetRegionsReplacesAllAndForgetsTheHistory) {
    view.addRegion(square(QStringLiteral("old")));
    view.setRegions({square(QStringLiteral("a")), square(QStringLiteral("b"))});
    EXPECT_EQ(view.regions().size(), 2u);
    EXPECT_EQ(view.undoStack()->count(), 0);
    EXPECT_EQ(view.regionModel()->data(view.regionModel()->index(1)).toString(), QStringLiteral("b"));
}

} // namespace
} // namespace lupa::widgets
