// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/widgets/inspection/ImagePyramid.hpp>
#include <lupa/widgets/inspection/InspectionCompareView.hpp>
#include <lupa/widgets/inspection/InspectionImageView.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace lupa::widgets {
namespace {

constexpr std::array<int, 4> kQuadrantGreys{30, 90, 160,
                                            220}; // top-left, top-right, bottom-left, bottom-right

// An 8-bit grey image of four flat quadrants (kQuadrantGreys), filled row by row so 100 MP takes little time.
QImage quadrantImage(int width, int height) {
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar* line = image.scanLine(y);
        const std::size_t bottom = y < height / 2 ? 0 : 2;
        std::memset(line, kQuadrantGreys[bottom], static_cast<std::size_t>(width / 2));
        std::memset(line + width / 2, kQuadrantGreys[bottom + 1],
                    static_cast<std::size_t>(width - width / 2));
    }
    return image;
}

bool containsColour(const QImage& picture, QRgb colour) {
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            if ((line[x] & 0xffffffu) == (colour & 0xffffffu))
                return true;
    }
    return false;
}

// The grabbed colour at `at` (widget px; the grab has device pixels, more on a HiDPI screen).
QRgb grabbedPixel(InspectionImageView& view, QPoint at) {
    const QPixmap picture = view.grab();
    const QPoint device = (QPointF(at) * picture.devicePixelRatio()).toPoint();
    return picture.toImage().convertToFormat(QImage::Format_RGB32).pixel(device) | 0xff000000u;
}

// A shown view of `size`, ready for grabs and simulated input.
void showView(QWidget& view, QSize size) {
    view.resize(size);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
}

TEST(ImagePyramid, BuildsHalvedTiledLevelsOfALargeImage) {
    const QImage image = quadrantImage(8000, 6000);
    QElapsedTimer timer;
    timer.start();
    const ImagePyramid pyramid(image);
    qInfo("pyramid of an 8000x6000 grey image: %lld ms", static_cast<long long>(timer.elapsed()));
    ASSERT_EQ(pyramid.levelCount(), 5); // 8000, 4000, 2000, 1000, 500 px wide
    EXPECT_EQ(pyramid.levelSize(1), QSize(4000, 3000));
    EXPECT_EQ(pyramid.levelSize(4), QSize(500, 375));
    EXPECT_EQ(pyramid.tileColumns(0), 16);
    EXPECT_EQ(pyramid.tileRows(0), 12);
    EXPECT_EQ(pyramid.tile(0, 15, 11).size(), QSize(320, 368)); // the edge tile is what is left
    EXPECT_EQ(pyramid.tileRect(0, 15, 11), QRect(7680, 5632, 320, 368));
    EXPECT_EQ(pyramid.tile(0, 15, 11).pixel(0, 0), qRgb(220, 220, 220));
    EXPECT_EQ(pyramid.levelImage(4).pixel(10, 10), qRgb(30, 30, 30)); // flat areas stay flat
    EXPECT_EQ(pyramid.levelImage(4).pixel(490, 370), qRgb(220, 220, 220));
    EXPECT_EQ(pyramid.levelForScale(1.0), 0);
    EXPECT_EQ(pyramid.levelForScale(0.5), 1);
    EXPECT_EQ(pyramid.levelForScale(0.3), 1);
    EXPECT_EQ(pyramid.levelForScale(0.01), 4); // the coarsest there is
}

TEST(ImagePyramid, MaximumReductionKeepsSmallHotSpots) {
    QImage map(4000, 2000, QImage::Format_Grayscale8); // four halvings: 500 px wide
    map.fill(0);
    map.scanLine(567)[1234] = 250;
    const ImagePyramid averaged(map);
    const ImagePyramid maximum(map, ImagePyramid::Reduction::Maximum);
    const int top = maximum.levelCount() - 1;
    ASSERT_EQ(top, 3);
    EXPECT_EQ(qGray(maximum.levelImage(top).pixel(1234 >> top, 567 >> top)), 250);
    EXPECT_LT(qGray(averaged.levelImage(top).pixel(1234 >> top, 567 >> top)), 10); // 250 / 64 when averaged
}

TEST(InspectionImageView, PaintsALargeImageAtSeveralZooms) {
    InspectionImageView view;
    view.setImage(quadrantImage(8000, 6000));
    showView(view, QSize(640, 480));
    EXPECT_NEAR(view.zoom(), 0.08, 1e-9);            // fitted: 640 / 8000
    for (const double zoom : {0.0, 0.3, 1.0, 4.0}) { // 0 = fit
        if (zoom > 0)
            view.setZoom(zoom);
        const QImage picture = view.grab().toImage();
        // The view stays centred on the image centre, where the four quadrants meet.
        for (const int grey : kQuadrantGreys)
            EXPECT_TRUE(containsColour(picture, qRgb(grey, grey, grey)))
                << "zoom " << zoom << " grey " << grey;
    }
}

TEST(InspectionImageView, KeysAndWheelZoomAroundTheRightPoint) {
    InspectionImageView view;
    view.setImage(quadrantImage(4000, 3000));
    showView(view, QSize(400, 300));
    QTest::keyClick(&view, Qt::Key_1);
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
    QTest::keyClick(&view, Qt::Key_0);
    EXPECT_DOUBLE_EQ(view.zoom(), 0.1);
    const QPointF cursor(100, 80);
    const QPointF before = view.widgetToImage(cursor);
    QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    EXPECT_NEAR(view.zoom(), 0.1 * std::sqrt(2.0), 1e-9); // two notches, four to double
    const QPointF after = view.widgetToImage(cursor);
    EXPECT_NEAR(after.x(), before.x(), 1e-6);
    EXPECT_NEAR(after.y(), before.y(), 1e-6);
    const QRectF visible = view.visibleRect();
    QTest::keyClick(&view, Qt::Key_Right);
    EXPECT_GT(view.visibleRect().left(), visible.left());
    const QPointF centre = view.visibleRect().center();
    view.resize(300, 200); // a zoomed view keeps its centre
    EXPECT_NEAR(view.visibleRect().center().x(), centre.x(), 1e-6);
    EXPECT_NEAR(view.visibleRect().center().y(), centre.y(), 1e-6);
}

std::vector<DefectMarker> twoDefects() {
    return {{QRect(100, 100, 40, 30), QStringLiteral("short"), Qt::red, kDefectOpen},
            {QRect(600, 500, 20, 20), QStringLiteral("open"), Qt::yellow, kDefectConfirmed}};
}

TEST(InspectionImageView, ClickingADefectBoxEmitsItsIndex) {
    InspectionImageView view;
    view.setImage(quadrantImage(1000, 800));
    view.setDefects(twoDefects());
    showView(view, QSize(500, 400));
    QSignalSpy clicked(&view, &InspectionImageView::defectClicked);
    const QPoint onSecond = view.imageToWidget(QRectF(view.defects()[1].box).center()).toPoint();
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, onSecond);
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.at(0).at(0).toInt(), 1);
    EXPECT_EQ(view.selectedDefect(), 1);
    const QPoint nowhere = view.imageToWidget(QPointF(400, 300)).toPoint();
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, nowhere);
    EXPECT_EQ(clicked.count(), 1);
}

TEST(InspectionImageView, SelectDefectCentresAndZoomsOnIt) {
    InspectionImageView view;
    view.setImage(quadrantImage(1000, 800));
    view.setDefects(twoDefects());
    showView(view, QSize(500, 400));
    QSignalSpy changed(&view, &InspectionImageView::viewChanged);
    const double fitted = view.zoom();
    view.selectDefect(0);
    EXPECT_EQ(view.selectedDefect(), 0);
    const QRectF box(view.defects()[0].box);
    EXPECT_TRUE(view.visibleRect().contains(box));
    EXPECT_GT(view.zoom(), fitted);
    EXPECT_NEAR(view.visibleRect().center().x(), box.center().x(), 1e-6);
    EXPECT_NEAR(view.visibleRect().center().y(), box.center().y(), 1e-6);
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).toRectF(), view.visibleRect());
}

// A 200x150 grey image with a map that is low (score 0.2) on the left half and high (0.9) on the right.
class OverlayTest : public ::testing::Test {
protected:
    void SetUp() override {
        QImage image(200, 150, QImage::Format_Grayscale8);
        image.fill(100);
        view.setImage(image);
        showView(view, QSize(200, 150));
        view.setVisibleRect(QRectF(0, 0, 200, 150)); // 100 %, image pixel = widget pixel
        ASSERT_DOUBLE_EQ(view.zoom(), 1.0);
        view.setOverlayOpacity(0.8);
    }
    static constexpr QRgb kImageGrey = 0xff646464u; // qRgb(100, 100, 100)
    const QPoint lowPoint{50, 75};
    const QPoint highPoint{150, 75};
    InspectionImageView view;
};

TEST_F(OverlayTest, ThresholdHidesLowScoresOf8BitMaps) {
    QImage map(100, 75, QImage::Format_Grayscale8); // half the image's resolution, stretched over it
    for (int y = 0; y < map.height(); ++y)
        for (int x = 0; x < map.width(); ++x)
            map.scanLine(y)[x] = x < 50 ? 51 : 230;
    view.setAnomalyMap(map);
    view.setOverlayThreshold(0.5);
    EXPECT_EQ(grabbedPixel(view, lowPoint), kImageGrey);
    EXPECT_NE(grabbedPixel(view, highPoint), kImageGrey);
    view.setOverlayThreshold(0.1);
    EXPECT_NE(grabbedPixel(view, lowPoint), kImageGrey);
    view.setOverlayVisible(false);
    EXPECT_EQ(grabbedPixel(view, highPoint), kImageGrey);
}

TEST_F(OverlayTest, ThresholdIsInTheUnitsOfAFloatMap) {
    std::vector<float> scores(200 * 150);
    for (std::size_t i = 0; i < scores.size(); ++i)
        scores[i] = i % 200 < 100 ? 2.0f : 9.0f;
    view.setAnomalyMap(scores, 200, 150, 0.0, 10.0);
    view.setOverlayThreshold(5.0);
    EXPECT_EQ(grabbedPixel(view, lowPoint), kImageGrey);
    EXPECT_NE(grabbedPixel(view, highPoint), kImageGrey);
    view.setOverlayOpacity(0.0);
    EXPECT_EQ(grabbedPixel(view, highPoint), kImageGrey);
}

TEST(InspectionImageView, BlinksBetweenTestedAndReference) {
    QImage tested(200, 150, QImage::Format_Grayscale8);
    tested.fill(100);
    QImage reference(200, 150, QImage::Format_RGB888);
    reference.fill(QColor(0, 0, 255));
    InspectionImageView view;
    view.setImage(tested);
    view.setReferenceImage(reference);
    showView(view, QSize(200, 150));
    view.setBlinkInterval(20);
    QTest::keyClick(&view, Qt::Key_B);
    EXPECT_EQ(view.compareMode(), InspectionImageView::CompareMode::Blink);
    ASSERT_TRUE(QTest::qWaitFor([&view] { return view.isShowingReference(); }, 5000));
    view.setBlinkInterval(100000); // holds the reference up while it is grabbed
    EXPECT_EQ(grabbedPixel(view, QPoint(20, 100)), qRgb(0, 0, 255));
    view.setBlinkInterval(20);
    ASSERT_TRUE(QTest::qWaitFor([&view] { return !view.isShowingReference(); }, 5000));
    QTest::keyClick(&view, Qt::Key_B);
    EXPECT_EQ(view.compareMode(), InspectionImageView::CompareMode::Single);
    EXPECT_FALSE(view.isShowingReference());
    EXPECT_EQ(grabbedPixel(view, QPoint(20, 100)), qRgb(100, 100, 100));
}

TEST(InspectionCompareView, TheTwoViewsZoomAndPanTogether) {
    InspectionCompareView compare;
    compare.setImages(quadrantImage(1000, 800), quadrantImage(1000, 800));
    showView(compare, QSize(800, 400));
    // Images set before the views had their size: both still fit the whole image.
    EXPECT_TRUE(compare.tested()->isFitting());
    EXPECT_TRUE(compare.reference()->isFitting());
    EXPECT_TRUE(compare.reference()->visibleRect().contains(QRectF(0, 0, 1000, 800)));
    EXPECT_EQ(compare.reference()->visibleRect(), compare.tested()->visibleRect());
    const QRectF detail(300, 200, 100, 80);
    compare.tested()->setVisibleRect(detail);
    EXPECT_EQ(compare.reference()->visibleRect(), compare.tested()->visibleRect());
    compare.reference()->setZoom(2.0);
    EXPECT_DOUBLE_EQ(compare.tested()->zoom(), 2.0);
    EXPECT_EQ(compare.tested()->visibleRect(), compare.reference()->visibleRect());
}

// Logs how long building the pyramid of `image` and painting a 1280x800 view of it take.
void logPaintingTimes(const char* what, const QImage& image) {
    QElapsedTimer timer;
    timer.start();
    InspectionImageView view;
    view.setImage(image);
    qInfo("%s: pyramid %lld ms", what, static_cast<long long>(timer.elapsed()));
    showView(view, QSize(1280, 800));
    const auto timePaint = [&view, what](const char* zoom) {
        constexpr int kFrames = 10;
        QElapsedTimer frames;
        frames.start();
        for (int i = 0; i < kFrames; ++i)
            view.repaint();
        qInfo("%s, %s, 1280x800 view: %.1f ms per frame", what, zoom,
              static_cast<double>(frames.elapsed()) / kFrames);
    };
    timePaint("fit");
    view.setZoom(1.0);
    timePaint("100 %");
    view.setZoom(0.37);
    timePaint("37 %");
    view.setZoom(4.0);
    timePaint("400 %");
    EXPECT_TRUE(containsColour(view.grab().toImage(), qRgb(220, 220, 220)));
}

// Not a check of speed: how long a 100-megapixel image takes (read the log).
TEST(InspectionImageView, TimesPainting100MegapixelImages) {
    const QImage grey = quadrantImage(12000, 8400);
    logPaintingTimes("100 MP grey (12000x8400)", grey);
    logPaintingTimes("100 MP RGB888 (12000x8400)", grey.convertToFormat(QImage::Format_RGB888));
}

} // namespace
} // namespace lupa::widgets
