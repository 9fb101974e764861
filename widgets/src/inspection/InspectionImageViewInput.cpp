// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// InspectionImageView: mouse, wheel and keyboard.
#include "RegionEditCommand.hpp"

#include <lupa/widgets/inspection/InspectionImageView.hpp>
#include <lupa/widgets/inspection/RegionListModel.hpp>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

namespace lupa::widgets {
namespace {

constexpr double kWheelStepsPerDoubling = 4.0; // wheel notches (120 units each) that double the zoom
constexpr double kKeyZoomFactor = 1.25;
constexpr double kKeyPanFraction = 0.125;   // of the view's size per arrow key press
constexpr double kClickTolerance = 3.0;     // widget px around a defect box that still hits it
constexpr double kSameVertexDistance = 3.0; // widget px: a click this close to the last vertex adds none

} // namespace

int InspectionImageView::defectAt(const QPointF& widgetPoint) const {
    int best = -1;
    double bestArea = 0;
    for (std::size_t i = 0; i < m_defects.size(); ++i) {
        const QRectF box = defectWidgetRect(m_defects[i]);
        const double area = box.width() * box.height();
        // The smallest box under the cursor wins, so nested defects stay reachable.
        if (box.adjusted(-kClickTolerance, -kClickTolerance, kClickTolerance, kClickTolerance)
                .contains(widgetPoint) &&
            (best < 0 || area < bestArea)) {
            best = static_cast<int>(i);
            bestArea = area;
        }
    }
    return best;
}

int InspectionImageView::regionAt(const QPointF& widgetPoint) const {
    const QPointF point = widgetToImage(widgetPoint);
    for (int i = m_regions->count() - 1; i >= 0; --i) // the last drawn lies on top
        if (m_regions->shape(i).polygon.containsPoint(point, Qt::OddEvenFill))
            return i;
    return -1;
}

void InspectionImageView::wheelEvent(QWheelEvent* event) {
    // Fractions of a notch (touchpads, smooth wheels) zoom by fractions of a step: smooth zoom.
    const double steps = event->angleDelta().y() / 120.0;
    zoomAround(m_zoom * std::exp2(steps / kWheelStepsPerDoubling), event->position());
    event->accept();
}

void InspectionImageView::mousePressEvent(QMouseEvent* event) {
    const QPointF position = event->position();
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && m_editMode == EditMode::None)) {
        const int defect = event->button() == Qt::LeftButton ? defectAt(position) : -1;
        const int region = event->button() == Qt::LeftButton && defect < 0 ? regionAt(position) : -1;
        if (defect >= 0) {
            m_selectedDefect = defect;
            update();
            Q_EMIT defectClicked(defect);
        } else if (region >= 0) {
            selectRegion(region);
            m_drag = Drag::MoveRegion;
            m_dragStart = widgetToImage(position);
            m_dragShape = m_regions->shape(region);
            ++m_dragSerial;
        } else {
            m_drag = Drag::Pan;
            m_dragLast = position;
            setCursor(Qt::ClosedHandCursor);
        }
    } else if (event->button() == Qt::LeftButton && m_editMode == EditMode::DrawRegion) {
        const QPointF vertex = widgetToImage(position);
        if (m_draft.isEmpty() ||
            std::hypot(position.x() - imageToWidget(m_draft.back()).x(),
                       position.y() - imageToWidget(m_draft.back()).y()) > kSameVertexDistance)
            m_draft << vertex;
        m_hover = vertex;
        update();
    }
    event->accept();
}

void InspectionImageView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF position = event->position();
    if (m_drag == Drag::Pan) {
        panBy(position - m_dragLast);
        m_dragLast = position;
    } else if (m_drag == Drag::MoveRegion && m_selectedRegion >= 0) {
        RegionShape moved = m_dragShape;
        moved.polygon.translate(widgetToImage(position) - m_dragStart);
        m_undoStack->push(new RegionEditCommand(m_regions, m_selectedRegion,
                                                m_regions->shape(m_selectedRegion), moved, tr("Move region"),
                                                m_dragSerial));
    } else if (m_editMode == EditMode::DrawRegion) {
        m_hover = widgetToImage(position);
        update();
    }
}

void InspectionImageView::mouseReleaseEvent(QMouseEvent* /*event*/) {
    m_drag = Drag::None;
    unsetCursor();
}

void InspectionImageView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (m_editMode == EditMode::DrawRegion && event->button() == Qt::LeftButton)
        finishDraft();
    else if (const int defect = defectAt(event->position()); defect >= 0)
        selectDefect(defect);
    event->accept();
}

void InspectionImageView::keyPressEvent(QKeyEvent* event) {
    if (!handleNavigationKey(event) && !handleEditKey(event))
        QWidget::keyPressEvent(event);
}

bool InspectionImageView::handleNavigationKey(QKeyEvent* event) {
    const QPointF centre = QRectF(rect()).center();
    const QPointF step(width() * kKeyPanFraction, height() * kKeyPanFraction);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(m_zoom * kKeyZoomFactor, centre);
        return true;
    case Qt::Key_Minus:
        zoomAround(m_zoom / kKeyZoomFactor, centre);
        return true;
    case Qt::Key_0:
        fitToWindow();
        return true;
    case Qt::Key_1:
        zoomAround(1.0, centre);
        return true;
    case Qt::Key_Left:
        panBy({step.x(), 0});
        return true;
    case Qt::Key_Right:
        panBy({-step.x(), 0});
        return true;
    case Qt::Key_Up:
        panBy({0, step.y()});
        return true;
    case Qt::Key_Down:
        panBy({0, -step.y()});
        return true;
    case Qt::Key_B:
        setCompareMode(m_compareMode == CompareMode::Blink ? CompareMode::Single : CompareMode::Blink);
        return true;
    default:
        return false;
    }
}

bool InspectionImageView::handleEditKey(QKeyEvent* event) {
    if (event->matches(QKeySequence::Undo)) {
        m_undoStack->undo();
        return true;
    }
    if (event->matches(QKeySequence::Redo)) {
        m_undoStack->redo();
        return true;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return finishDraft();
    case Qt::Key_Escape:
        if (m_draft.isEmpty())
            return false;
        m_draft.clear();
        update();
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selectedRegion < 0)
            return false;
        removeRegion(m_selectedRegion);
        return true;
    default:
        return false;
    }
}

} // namespace lupa::widgets
