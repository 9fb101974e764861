// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The plots of calorimeter validation: histogram comparison with a ratio panel, and polar shower images.
#include <lupa/widgets/HistogramComparisonPlot.hpp>
#include <lupa/widgets/ShowerImageView.hpp>

#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>

namespace lupa::widgets {
namespace {

bool near(const QColor& a, const QColor& b, int tolerance = 40) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) <=
           tolerance;
}

bool imageContains(const QImage& image, const QColor& colour) {
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (near(image.pixelColor(x, y), colour, 12))
                return true;
    return false;
}

TEST(HistogramComparisonPlot, RatiosAreCandidateOverReference) {
    HistogramComparisonPlot view;
    const HistogramSeries reference{QStringLiteral("GEANT4"), {1.0, 2.0, 0.0, 4.0}, {0.1, 0.1, 0.0, 0.2}};
    const HistogramSeries candidate{QStringLiteral("model"), {2.0, 1.0, 1.0, 4.0}, {0.1, 0.1, 0.1, 0.2}};
    const auto shown = view.setHistograms({0, 1, 2, 3, 4}, reference, {candidate}, {});
    ASSERT_TRUE(shown.ok()) << shown.error().describe();
    const auto& ratios = view.ratios(0);
    ASSERT_EQ(ratios.size(), 4U);
    EXPECT_DOUBLE_EQ(ratios[0], 2.0);
    EXPECT_DOUBLE_EQ(ratios[1], 0.5);
    EXPECT_TRUE(std::isnan(ratios[2])) << "the reference bin is empty";
    EXPECT_DOUBLE_EQ(ratios[3], 1.0);
}

TEST(HistogramComparisonPlot, RefusesInconsistentInput) {
    HistogramComparisonPlot view;
    const HistogramSeries reference{QStringLiteral("ref"), {1.0, 2.0}, {}};
    const HistogramSeries wrong{QStringLiteral("bad"), {1.0, 2.0, 3.0}, {}};
    EXPECT_FALSE(view.setHistograms({0, 1, 2}, reference, {wrong}, {}).ok());
    EXPECT_FALSE(view.setHistograms({0, 2, 1}, reference, {}, {}).ok()) << "descending edges";
    HistogramComparisonStyle logX;
    logX.logX = true;
    EXPECT_FALSE(view.setHistograms({0, 1, 2}, reference, {}, logX).ok()) << "log axis with an edge at 0";
}

TEST(HistogramComparisonPlot, ExportShowsTheCandidateInItsColour) {
    QTemporaryDir folder;
    HistogramComparisonPlot view;
    view.resize(600, 450);
    HistogramComparisonStyle style;
    style.xLabel = QStringLiteral("E_tot / E_inc");
    style.logY = true;
    const HistogramSeries reference{QStringLiteral("GEANT4"), {1, 5, 9, 5, 1}, {}};
    const HistogramSeries candidate{QStringLiteral("model"), {2, 6, 7, 4, 0}, {}};
    ASSERT_TRUE(view.setHistograms({0.5, 0.7, 0.9, 1.1, 1.3, 1.5}, reference, {candidate}, style).ok());
    const QString path = folder.filePath(QStringLiteral("comparison.png"));
    const auto exported = view.exportTo(path, 900, 700);
    ASSERT_TRUE(exported.ok()) << exported.error().describe();
    const QImage image(path);
    ASSERT_EQ(image.size(), QSize(900, 700));
    EXPECT_TRUE(imageContains(image, HistogramComparisonPlot::candidateColour(0)));
}

ShowerImage hotSpotOnTheRight() {
    // 2 radial x 4 angular bins; angular bin 2 covers [0, pi/2): up and right of the centre.
    ShowerImage image{QStringLiteral("layer 1"), {0.0, 5.0, 10.0}, 4, std::vector<double>(8, 0.0)};
    image.values[2 * 2 + 1] = 100.0; // angular bin 2, outer radial bin
    image.values[0] = 1.0;           // angular bin 0, inner radial bin
    return image;
}

TEST(ShowerImageView, RefusesValuesThatDoNotFitTheBins) {
    ShowerImageView view;
    ShowerImage image = hotSpotOnTheRight();
    image.values.pop_back();
    EXPECT_FALSE(view.setImage(image).ok());
    image = hotSpotOnTheRight();
    image.angularBins = 0;
    EXPECT_FALSE(view.setImage(image).ok());
}

TEST(ShowerImageView, ColoursFollowTheLogScale) {
    ShowerImageView view;
    ASSERT_TRUE(view.setImage(hotSpotOnTheRight()).ok());
    EXPECT_EQ(view.colourFor(0.0).alpha(), 0) << "an empty voxel is not coloured";
    const QColor low = view.colourFor(0.02);
    const QColor middle = view.colourFor(1.0);
    const QColor high = view.colourFor(100.0);
    EXPECT_FALSE(near(low, middle));
    EXPECT_FALSE(near(middle, high));
    EXPECT_GT(high.lightness(), low.lightness()) << "viridis runs from dark to light";
}

TEST(ShowerImageView, ExportDrawsTheHotVoxelWhereItsAngleIs) {
    QTemporaryDir folder;
    ShowerImageView view;
    ASSERT_TRUE(view.setImage(hotSpotOnTheRight()).ok());
    const QString path = folder.filePath(QStringLiteral("layer.png"));
    const QSize size(800, 640);
    const auto exported = view.exportTo(path, size);
    ASSERT_TRUE(exported.ok()) << exported.error().describe();
    const QImage image(path);
    ASSERT_EQ(image.size(), size);
    // The disk is centred in the area left of the colour bar, below the title.
    const double diskWidth = size.width() * (1 - 0.16);
    const QPointF centre(diskWidth / 2, (size.height() + QFontMetrics(view.font()).height() + 4) / 2.0);
    const double outer =
        0.5 * std::min(diskWidth, size.height() - (QFontMetrics(view.font()).height() + 4.0));
    const double r = 0.75 * outer;    // middle of the outer ring
    const double angle = 0.25 * M_PI; // inside [0, pi/2); screen y grows downwards
    const QColor hot = image.pixelColor(QPoint(static_cast<int>(centre.x() + r * std::cos(angle)),
                                               static_cast<int>(centre.y() - r * std::sin(angle))));
    const QColor opposite = image.pixelColor(QPoint(static_cast<int>(centre.x() - r * std::cos(angle)),
                                                    static_cast<int>(centre.y() + r * std::sin(angle))));
    EXPECT_TRUE(near(hot, view.colourFor(100.0))) << hot.name().toStdString();
    EXPECT_TRUE(near(opposite, Qt::white)) << opposite.name().toStdString();
    EXPECT_FALSE(view.exportTo(folder.filePath(QStringLiteral("layer.bmp"))).ok());
}

} // namespace
} // namespace lupa::widgets
