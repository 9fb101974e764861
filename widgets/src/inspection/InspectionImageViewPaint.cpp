// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// InspectionImageView: painting.
#include "PyramidPainter.hpp"

#include <lupa/widgets/inspection/InspectionImageView.hpp>
#include <lupa/widgets/inspection/RegionListModel.hpp>

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace lupa::widgets {
namespace {

constexpr double kMinimumDefectSide = 8;    // defect boxes stay clickable when zoomed out (widget px)
constexpr std::size_t kMaximumLabels = 300; // more labels than this only where boxes are large on screen
const QColor kRegionColour(0, 200, 255);
const QColor kDraftColour(255, 220, 0);

QPen defectPen(const DefectMarker& defect) {
    QColor colour = defect.colour;
    QPen pen(colour, 2.0);
    if (defect.status == kDefectConfirmed) {
        pen.setWidthF(3.0);
    } else if (defect.status == kDefectOverruled) {
        colour.setAlpha(140);
        pen.setColor(colour);
        pen.setStyle(Qt::DashLine);
    }
    pen.setCosmetic(true);
    return pen;
}

// The label in a filled tag above the box (inside it when the box touches the top of the view).
void drawLabel(QPainter& painter, const QRectF& box, const QString& label, const QColor& colour) {
    const QFontMetricsF metrics(painter.font());
    const QSizeF size(metrics.horizontalAdvance(label) + 6, metrics.height() + 2);
    const double top = box.top() - size.height() >= 0 ? box.top() - size.height() : box.top();
    const QRectF tag(QPointF(box.left(), top), size);
    painter.fillRect(tag, colour);
    painter.setPen(qGray(colour.rgb()) > 140 ? Qt::black : Qt::white);
    painter.drawText(tag, Qt::AlignCenter, label);
}

} // namespace

QRectF InspectionImageView::defectWidgetRect(const DefectMarker& defect) const {
    QRectF box = imageToWidget(QRectF(defect.box));
    const QPointF centre = box.center();
    box.setWidth(std::max(box.width(), kMinimumDefectSide));
    box.setHeight(std::max(box.height(), kMinimumDefectSide));
    box.moveCenter(centre);
    return box;
}

void InspectionImageView::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    const QRectF exposed(event->rect());
    painter.fillRect(exposed, palette().color(QPalette::Dark));
    const QRectF imageOnWidget = imageToWidget(QRectF(QPointF(0, 0), QSizeF(imageSize())));
    const bool reference = m_showingReference && !m_reference.isNull();
    paintPyramid(painter, reference ? m_reference : m_image, imageOnWidget, exposed, devicePixelRatioF());
    if (m_overlayVisible && !reference)
        paintPyramid(painter, m_anomalyMap, imageOnWidget, exposed, devicePixelRatioF(), &m_colourTable);
    paintRegions(painter);
    paintDefects(painter);
    paintDraft(painter);
    if (reference) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignRight, referenceLabel());
    }
}

void InspectionImageView::paintDefects(QPainter& painter) const {
    const bool allLabels = m_defects.size() <= kMaximumLabels;
    for (std::size_t i = 0; i < m_defects.size(); ++i) {
        const DefectMarker& defect = m_defects[i];
        const QRectF box = defectWidgetRect(defect);
        if (!box.intersects(rect()))
            continue;
        const bool selected = static_cast<int>(i) == m_selectedDefect;
        if (selected) { // a white halo that stands out on any image
            painter.setPen(QPen(Qt::white, 6.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box.adjusted(-2, -2, 2, 2));
        }
        painter.setPen(defectPen(defect));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        if (!defect.label.isEmpty() && (allLabels || selected || box.width() > 4 * kMinimumDefectSide))
            drawLabel(painter, box, defect.label, defect.colour);
    }
}

void InspectionImageView::paintRegions(QPainter& painter) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const auto& shapes = m_regions->shapes();
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        QPolygonF polygon;
        for (const QPointF& vertex : shapes[i].polygon)
            polygon << imageToWidget(vertex);
        const bool selected = static_cast<int>(i) == m_selectedRegion;
        QColor fill = kRegionColour;
        fill.setAlpha(selected ? 60 : 25);
        painter.setPen(QPen(kRegionColour, selected ? 3.0 : 1.5));
        painter.setBrush(fill);
        painter.drawPolygon(polygon);
        if (!polygon.isEmpty()) {
            painter.setPen(kRegionColour);
            painter.drawText(polygon.boundingRect().topLeft() + QPointF(4, -4), shapes[i].name);
        }
    }
    painter.restore();
}

void InspectionImageView::paintDraft(QPainter& painter) const {
    if (m_draft.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPolygonF line;
    for (const QPointF& vertex : m_draft)
        line << imageToWidget(vertex);
    painter.setPen(QPen(kDraftColour, 2.0, Qt::DashLine));
    painter.drawPolyline(line);
    if (m_editMode == EditMode::DrawRegion)
        painter.drawLine(line.back(), imageToWidget(m_hover));
    painter.setBrush(kDraftColour);
    painter.setPen(Qt::NoPen);
    for (const QPointF& vertex : line)
        painter.drawEllipse(vertex, 3.0, 3.0);
    painter.restore();
}

} // namespace lupa::widgets
