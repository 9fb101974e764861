// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AtomicSave.hpp"

#include <lupa/visualization/ColourMap.hpp>
#include <lupa/widgets/ShowerImageView.hpp>

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lupa::widgets {
namespace {

constexpr double kColourBarWidthFraction = 0.16; // of the picture's width

lupa::Result<void> checkImage(const ShowerImage& image) {
    if (image.radialEdges.size() < 2)
        return lupa::Error::usage("a shower image needs at least two radial edges");
    if (!std::is_sorted(image.radialEdges.begin(), image.radialEdges.end()))
        return lupa::Error::usage("the radial edges of a shower image must ascend");
    if (image.angularBins < 1)
        return lupa::Error::usage("a shower image needs at least one angular bin");
    const std::size_t expected = (image.radialEdges.size() - 1) * static_cast<std::size_t>(image.angularBins);
    if (image.values.size() != expected)
        return lupa::Error::usage("a shower image with " + std::to_string(image.radialEdges.size() - 1) +
                                  " radial and " + std::to_string(image.angularBins) +
                                  " angular bins needs " + std::to_string(expected) + " values, not " +
                                  std::to_string(image.values.size()));
    return {};
}

// An annular sector between radii [inner, outer] and angles [from, to] (radians, counter-clockwise).
QPainterPath sector(const QPointF& centre, double inner, double outer, double from, double to) {
    const double degrees = 180.0 / std::numbers::pi;
    const QRectF outerBox(centre.x() - outer, centre.y() - outer, 2 * outer, 2 * outer);
    const QRectF innerBox(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner);
    QPainterPath path;
    path.arcMoveTo(outerBox, from * degrees);
    path.arcTo(outerBox, from * degrees, (to - from) * degrees);
    if (inner > 0)
        path.arcTo(innerBox, to * degrees, (from - to) * degrees);
    else
        path.lineTo(centre);
    path.closeSubpath();
    return path;
}

} // namespace

ShowerImageView::ShowerImageView(QWidget* parent)
    : QWidget(parent) {
    setMinimumSize(200, 160);
}

lupa::Result<void> ShowerImageView::setImage(const ShowerImage& image, const ShowerImageScale& scale) {
    LUPA_TRY(checkImage(image));
    m_image = image;
    m_scale = scale;
    const double largest = *std::max_element(image.values.begin(), image.values.end());
    m_high = scale.maximum > 0 ? scale.maximum : std::max(largest, 1e-12);
    m_low = scale.minimum > 0 || !scale.logarithmic ? scale.minimum : m_high * 1e-4;
    if (!(m_low < m_high))
        m_low = scale.logarithmic ? m_high * 1e-4 : 0.0;
    update();
    return {};
}

double ShowerImageView::scaleFraction(double energy) const {
    if (m_scale.logarithmic)
        return (std::log10(energy) - std::log10(m_low)) / (std::log10(m_high) - std::log10(m_low));
    return (energy - m_low) / (m_high - m_low);
}

QColor ShowerImageView::colourFor(double energy) const {
    if (!(energy > m_low) && !(energy > 0 && !m_scale.logarithmic))
        return Qt::transparent;
    const auto rgb = visualization::colourAt(visualization::ColourMap::Viridis,
                                             std::clamp(scaleFraction(energy), 0.0, 1.0));
    return QColor::fromRgbF(static_cast<float>(rgb.r), static_cast<float>(rgb.g), static_cast<float>(rgb.b));
}

double ShowerImageView::ringRadius(std::size_t edge, double outerRadius) const {
    const std::size_t rings = m_image.radialEdges.size() - 1;
    if (m_scale.equalRadialBins)
        return outerRadius * static_cast<double>(edge) / static_cast<double>(rings);
    const double first = m_image.radialEdges.front();
    const double span = m_image.radialEdges.back() - first;
    return span > 0 ? outerRadius * (m_image.radialEdges[edge] - first) / span : 0.0;
}

void ShowerImageView::drawDisk(QPainter& painter, const QRectF& area) const {
    const double outer = 0.5 * std::min(area.width(), area.height()) - 4;
    const QPointF centre = area.center();
    const std::size_t rings = m_image.radialEdges.size() - 1;
    const auto sectors = static_cast<std::size_t>(m_image.angularBins);
    const double step = 2 * std::numbers::pi / static_cast<double>(sectors);
    painter.setPen(QPen(QColor(0, 0, 0, 40), 0.5));
    for (std::size_t alpha = 0; alpha < sectors; ++alpha) {
        // Bins run over [-pi, pi); Qt's angles are counter-clockwise from the x axis like alpha.
        const double from = -std::numbers::pi + step * static_cast<double>(alpha);
        for (std::size_t r = 0; r < rings; ++r) {
            const QColor colour = colourFor(m_image.values[alpha * rings + r]);
            painter.setBrush(colour.alpha() == 0 ? QBrush(Qt::white) : QBrush(colour));
            painter.drawPath(
                sector(centre, ringRadius(r, outer), ringRadius(r + 1, outer), from, from + step));
        }
    }
}

void ShowerImageView::drawColourBar(QPainter& painter, const QRectF& area) const {
    const QRectF bar(area.left() + 4, area.top() + 10, std::min(area.width() * 0.3, 16.0),
                     area.height() - 20);
    const int steps = 64;
    for (int i = 0; i < steps; ++i) {
        const double t = (i + 0.5) / steps;
        const auto rgb = visualization::colourAt(visualization::ColourMap::Viridis, t);
        const double y = bar.bottom() - bar.height() * (i + 1) / steps;
        painter.fillRect(QRectF(bar.left(), y, bar.width(), bar.height() / steps + 1.0),
                         QColor::fromRgbF(static_cast<float>(rgb.r), static_cast<float>(rgb.g),
                                          static_cast<float>(rgb.b)));
    }
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
    const QString unit = QStringLiteral(" MeV");
    painter.drawText(QPointF(bar.right() + 4, bar.top() + 8), QString::number(m_high, 'g', 3) + unit);
    painter.drawText(QPointF(bar.right() + 4, bar.bottom()), QString::number(m_low, 'g', 3) + unit);
}

void ShowerImageView::render(QPainter& painter, QSize size) const {
    painter.setRenderHint(QPainter::Antialiasing);
    // Wide enough for the bar and its longest label ("1.23e+04 MeV").
    const double labelWidth = painter.fontMetrics().horizontalAdvance(QStringLiteral("8.88e+88 MeV"));
    const double barWidth = std::max(size.width() * kColourBarWidthFraction, labelWidth + 28.0);
    const double titleHeight = m_image.title.isEmpty() ? 0.0 : painter.fontMetrics().height() + 4.0;
    painter.setPen(palette().color(QPalette::WindowText));
    if (titleHeight > 0)
        painter.drawText(QRectF(0, 0, size.width() - barWidth, titleHeight), Qt::AlignCenter, m_image.title);
    if (m_image.values.empty())
        return;
    drawDisk(painter, QRectF(0, titleHeight, size.width() - barWidth, size.height() - titleHeight));
    drawColourBar(painter,
                  QRectF(size.width() - barWidth, titleHeight, barWidth, size.height() - titleHeight));
}

void ShowerImageView::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    render(painter, size());
}

lupa::Result<void> ShowerImageView::exportTo(const QString& path, QSize size) const {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return writeAtomically(path, tr("PNG picture"), [&](const QString& temporary) {
            QImage image(size, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            render(painter, size);
            painter.end();
            return image.save(temporary, "PNG");
        });
    if (suffix == QLatin1String("pdf"))
        return writeAtomically(path, tr("PDF document"), [&](const QString& temporary) {
            QPdfWriter writer(temporary);
            writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
            writer.setPageMargins(QMarginsF());
            writer.setResolution(72);
            QPainter painter;
            if (!painter.begin(&writer))
                return false;
            render(painter, size);
            return painter.end();
        });
    if (suffix == QLatin1String("svg"))
        return writeAtomically(path, tr("SVG picture"), [&](const QString& temporary) {
            QSvgGenerator generator;
            generator.setFileName(temporary);
            generator.setSize(size);
            generator.setViewBox(QRect(QPoint(0, 0), size));
            QPainter painter;
            if (!painter.begin(&generator))
                return false;
            render(painter, size);
            return painter.end();
        });
    return lupa::Error::usage(
        tr("cannot export a shower image as '.%1': use .png, .pdf or .svg").arg(suffix).toStdString());
}

} // namespace lupa::widgets
