// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AnomalyColourTable.hpp"

#include <lupa/widgets/inspection/InspectionImageView.hpp>
#include <lupa/widgets/inspection/RegionListModel.hpp>

#include <QResizeEvent>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace lupa::widgets {
namespace {

constexpr double kMaximumZoom = 64.0;      // screen px per image px
constexpr int kDefaultBlinkInterval = 500; // ms
constexpr double kDefectViewFactor = 4.0;  // selectDefect shows this many box sizes around the box
constexpr double kDefectViewMinimum = 64;  // ... but at least this much of the image (px)

} // namespace

InspectionImageView::InspectionImageView(QWidget* parent)
    : QWidget(parent)
    , m_regions(new RegionListModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_newRegionKind(QStringLiteral("generic")) {
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(120, 90);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_blinkTimer.setInterval(kDefaultBlinkInterval);
    connect(&m_blinkTimer, &QTimer::timeout, this, [this] {
        m_showingReference = !m_showingReference && !m_reference.isNull();
        update();
    });
    const auto changed = [this] {
        m_selectedRegion = std::min(m_selectedRegion, m_regions->count() - 1);
        update();
        Q_EMIT regionsChanged();
    };
    connect(m_regions, &RegionListModel::rowsInserted, this, changed);
    connect(m_regions, &RegionListModel::rowsRemoved, this, changed);
    connect(m_regions, &RegionListModel::dataChanged, this, changed);
    connect(m_regions, &RegionListModel::modelReset, this, changed);
    updateColourTable();
}

InspectionImageView::~InspectionImageView() = default;

void InspectionImageView::setImage(const QImage& image) {
    m_image = ImagePyramid(image);
    fitToWindow();
    update();
}

void InspectionImageView::setReferenceImage(const QImage& image) {
    m_reference = ImagePyramid(image);
    m_showingReference = m_showingReference && !m_reference.isNull();
    update();
}

void InspectionImageView::setReferenceLabel(const QString& label) {
    m_referenceLabel = label;
    update();
}

QString InspectionImageView::referenceLabel() const {
    return m_referenceLabel.isEmpty() ? tr("reference") : m_referenceLabel;
}

void InspectionImageView::setAnomalyMap(const QImage& map8bit) {
    setAnomalyMapImage(map8bit.convertToFormat(QImage::Format_Grayscale8), 0.0, 1.0);
}

void InspectionImageView::setAnomalyMap(std::span<const float> values, int width, int height, double low,
                                        double high) {
    if (width <= 0 || height <= 0 || values.size() < static_cast<std::size_t>(width) * height ||
        !(high > low)) {
        clearAnomalyMap();
        return;
    }
    QImage map(width, height, QImage::Format_Grayscale8);
    const double toByte = 255.0 / (high - low);
    for (int y = 0; y < height; ++y) {
        uchar* line = map.scanLine(y);
        const float* row = values.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(width);
        for (int x = 0; x < width; ++x) {
            const double scaled = std::isnan(row[x]) ? 0.0 : (row[x] - low) * toByte; // NaN: the lowest
            line[x] = static_cast<uchar>(std::lround(std::clamp(scaled, 0.0, 255.0)));
        }
    }
    setAnomalyMapImage(std::move(map), low, high);
}

void InspectionImageView::setAnomalyMapImage(QImage map8bit, double low, double high) {
    m_anomalyMap = ImagePyramid(map8bit, ImagePyramid::Reduction::Maximum);
    m_mapLow = low;
    m_mapHigh = high;
    updateColourTable();
    update();
}

void InspectionImageView::clearAnomalyMap() {
    m_anomalyMap = ImagePyramid();
    update();
}

void InspectionImageView::setOverlayOpacity(double opacity) {
    m_overlayOpacity = std::clamp(opacity, 0.0, 1.0);
    updateColourTable();
    update();
}

void InspectionImageView::setOverlayVisible(bool visible) {
    m_overlayVisible = visible;
    update();
}

void InspectionImageView::setOverlayThreshold(double threshold) {
    m_overlayThreshold = threshold;
    updateColourTable();
    update();
}

void InspectionImageView::updateColourTable() {
    // Byte b stands for the score low + b / 255 * (high - low): the first byte at or above the threshold.
    const double firstByte = (m_overlayThreshold - m_mapLow) / (m_mapHigh - m_mapLow) * 255.0;
    const int firstVisible = static_cast<int>(std::clamp(std::ceil(firstByte - 1e-9), 0.0, 256.0));
    m_colourTable = anomalyColourTable(firstVisible, m_overlayOpacity);
}

void InspectionImageView::setDefects(std::vector<DefectMarker> defects) {
    m_defects = std::move(defects);
    m_selectedDefect = -1;
    update();
}

void InspectionImageView::selectDefect(int index) {
    if (index < 0 || index >= static_cast<int>(m_defects.size())) {
        m_selectedDefect = -1;
        update();
        return;
    }
    m_selectedDefect = index;
    const QRectF box(m_defects[static_cast<std::size_t>(index)].box);
    const double side =
        std::max({box.width() * kDefectViewFactor, box.height() * kDefectViewFactor, kDefectViewMinimum});
    // Zoom in when the box is small on screen, never out: the operator keeps the detail they chose.
    const QRectF around(box.center() - QPointF(side, side) / 2, QSizeF(side, side));
    const QRectF visible = visibleRect();
    if (visible.width() > around.width() && visible.height() > around.height())
        setVisibleRect(around);
    else
        setView(m_zoom, box.center() - QPointF(width(), height()) / (2 * m_zoom));
    update();
}

QRectF InspectionImageView::visibleRect() const {
    return {m_origin, QSizeF(width() / m_zoom, height() / m_zoom)};
}

void InspectionImageView::setVisibleRect(const QRectF& rect) {
    if (!rect.isValid() || width() <= 0 || height() <= 0)
        return;
    m_fitting = false;
    const double zoom = std::min(width() / rect.width(), height() / rect.height());
    setView(zoom, rect.center() - QPointF(width(), height()) / (2 * zoom));
}

double InspectionImageView::fitZoom() const {
    const QSize size = imageSize();
    if (size.isEmpty() || width() <= 0 || height() <= 0)
        return 1.0;
    return std::min(static_cast<double>(width()) / size.width(),
                    static_cast<double>(height()) / size.height());
}

void InspectionImageView::fitToWindow() {
    m_fitting = true;
    const double zoom = fitZoom();
    const QPointF imageCentre = QRectF(QPointF(0, 0), QSizeF(imageSize())).center();
    setView(zoom, imageCentre - QPointF(width(), height()) / (2 * zoom));
}

void InspectionImageView::zoomAround(double zoom, const QPointF& anchor) {
    m_fitting = false;
    const double clamped = std::clamp(zoom, std::min(fitZoom() / 2, 1.0), kMaximumZoom);
    const QPointF fixed = widgetToImage(anchor);
    setView(clamped, fixed - anchor / clamped);
}

void InspectionImageView::panBy(const QPointF& widgetOffset) {
    m_fitting = false;
    setView(m_zoom, m_origin - widgetOffset / m_zoom);
}

void InspectionImageView::setView(double zoom, const QPointF& origin) {
    // The centre of the view stays on the image, so the image can never be lost off-screen.
    const QPointF halfView = QPointF(width(), height()) / (2 * zoom);
    const QSize size = imageSize().expandedTo(QSize(0, 0)); // an empty view has a (-1, -1) size
    const QPointF centre(std::clamp(origin.x() + halfView.x(), 0.0, static_cast<double>(size.width())),
                         std::clamp(origin.y() + halfView.y(), 0.0, static_cast<double>(size.height())));
    const QPointF clampedOrigin = centre - halfView;
    if (zoom == m_zoom && clampedOrigin == m_origin)
        return;
    m_zoom = zoom;
    m_origin = clampedOrigin;
    update();
    Q_EMIT viewChanged(visibleRect());
}

QPointF InspectionImageView::imageToWidget(const QPointF& imagePoint) const {
    return (imagePoint - m_origin) * m_zoom;
}

QPointF InspectionImageView::widgetToImage(const QPointF& widgetPoint) const {
    return widgetPoint / m_zoom + m_origin;
}

QRectF InspectionImageView::imageToWidget(const QRectF& imageRect) const {
    return {imageToWidget(imageRect.topLeft()), imageRect.size() * m_zoom};
}

void InspectionImageView::resizeEvent(QResizeEvent* event) {
    if (m_fitting) {
        fitToWindow();
        return;
    }
    // The image point at the centre stays there.
    const QSize before = event->oldSize().isValid() ? event->oldSize() : event->size();
    const QPointF centre = m_origin + QPointF(before.width(), before.height()) / (2 * m_zoom);
    setView(m_zoom, centre - QPointF(width(), height()) / (2 * m_zoom));
}

void InspectionImageView::setCompareMode(CompareMode mode) {
    if (mode == m_compareMode)
        return;
    m_compareMode = mode;
    m_showingReference = false;
    if (mode == CompareMode::Blink)
        m_blinkTimer.start();
    else
        m_blinkTimer.stop();
    update();
    Q_EMIT compareModeChanged(mode);
}

} // namespace lupa::widgets
