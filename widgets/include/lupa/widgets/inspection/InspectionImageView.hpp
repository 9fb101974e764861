// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/widgets/inspection/DefectMarker.hpp>
#include <lupa/widgets/inspection/ImagePyramid.hpp>
#include <lupa/widgets/inspection/RegionShape.hpp>

#include <QImage>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QRgb>
#include <QTimer>
#include <QWidget>

#include <span>
#include <vector>

class QUndoStack;

namespace lupa::widgets {

class RegionListModel;

/// Shows a module photograph (8-bit grey or RGB, up to ~100 megapixels) with smooth zoom and pan, an anomaly
/// heat-map overlay, defect boxes and regions of interest. Paints only the visible tiles of the pyramid level
/// that matches the zoom, so it stays responsive on very large images.
///
/// Mouse: wheel zooms around the cursor, drag pans (or moves the region under the cursor), click on a defect
/// box selects it. Keys: +/- zoom, 0 fit, 1 100 %, arrows pan, B blink, Enter closes the region being drawn,
/// Esc cancels it, Delete removes the selected region, Ctrl+Z / Ctrl+Shift+Z undo / redo region edits.
class InspectionImageView : public QWidget {
    Q_OBJECT
public:
    /// What the view shows of the tested and the reference image.
    enum class CompareMode {
        Single, ///< the tested image only
        Blink,  ///< tested and reference alternate every blinkInterval()
    };
    Q_ENUM(CompareMode)

    /// What a left click does.
    enum class EditMode {
        None,       ///< select defects and regions, pan
        DrawRegion, ///< add polygon vertices; double-click or Enter closes the polygon
    };
    Q_ENUM(EditMode)

    explicit InspectionImageView(QWidget* parent = nullptr);
    ~InspectionImageView() override;

    /// Shows `image` (its pyramid is built here) and fits it to the view.
    void setImage(const QImage& image);
    /// The image blinked against the tested one (same geometry, e.g. the registered template).
    void setReferenceImage(const QImage& image);
    /// The word shown in a corner while blinking shows the reference image ("" = "reference").
    void setReferenceLabel(const QString& label);
    [[nodiscard]] QString referenceLabel() const;
    /// Size of the tested image (px).
    [[nodiscard]] QSize imageSize() const { return m_image.imageSize(); }
    [[nodiscard]] const ImagePyramid& imagePyramid() const { return m_image; }
    [[nodiscard]] const ImagePyramid& referencePyramid() const { return m_reference; }

    /// An 8-bit anomaly map (0-255 = scores 0-1), stretched over the tested image.
    void setAnomalyMap(const QImage& map8bit);
    /// A float anomaly map of `width` x `height` values (row-major), scores from `low` to `high` (clamped).
    void setAnomalyMap(std::span<const float> values, int width, int height, double low = 0.0,
                       double high = 1.0);
    void clearAnomalyMap();
    /// Opacity of the overlay in [0, 1].
    void setOverlayOpacity(double opacity);
    void setOverlayVisible(bool visible);
    /// Scores below `threshold` (in the map's units) are not drawn.
    void setOverlayThreshold(double threshold);
    [[nodiscard]] double overlayOpacity() const { return m_overlayOpacity; }
    [[nodiscard]] bool isOverlayVisible() const { return m_overlayVisible; }
    [[nodiscard]] double overlayThreshold() const { return m_overlayThreshold; }

    /// Replaces the defect boxes (clears the selection).
    void setDefects(std::vector<DefectMarker> defects);
    [[nodiscard]] const std::vector<DefectMarker>& defects() const { return m_defects; }
    /// Highlights defect `index` and centres and zooms the view on it; -1 clears the selection.
    void selectDefect(int index);
    [[nodiscard]] int selectedDefect() const { return m_selectedDefect; }

    /// Screen pixels per image pixel (1 = 100 %).
    [[nodiscard]] double zoom() const { return m_zoom; }
    /// The part of the tested image in view (image px; may reach beyond the image).
    [[nodiscard]] QRectF visibleRect() const;
    /// Shows `rect` (image px) as large as fits, centred; for synchronised views.
    void setVisibleRect(const QRectF& rect);
    /// Fits the whole image; the view keeps fitting when resized until the user zooms or pans.
    void fitToWindow();
    /// True while the view fits the whole image (after setImage, fitToWindow or the 0 key).
    [[nodiscard]] bool isFitting() const { return m_fitting; }
    /// Sets the zoom (screen px per image px), keeping the image point under `anchor` (widget px) in place.
    void zoomAround(double zoom, const QPointF& anchor);
    /// Sets the zoom around the centre of the view.
    void setZoom(double zoom) { zoomAround(zoom, QRectF(rect()).center()); }
    [[nodiscard]] QPointF imageToWidget(const QPointF& imagePoint) const;
    [[nodiscard]] QPointF widgetToImage(const QPointF& widgetPoint) const;
    /// A box of image pixels as it is drawn on the widget (widget px).
    [[nodiscard]] QRectF imageToWidget(const QRectF& imageRect) const;

    void setCompareMode(CompareMode mode);
    [[nodiscard]] CompareMode compareMode() const { return m_compareMode; }
    /// True while blinking shows the reference image.
    [[nodiscard]] bool isShowingReference() const { return m_showingReference; }
    /// Time each image stays up when blinking (ms).
    void setBlinkInterval(int milliseconds) { m_blinkTimer.setInterval(milliseconds); }
    [[nodiscard]] int blinkInterval() const { return m_blinkTimer.interval(); }

    void setEditMode(EditMode mode);
    [[nodiscard]] EditMode editMode() const { return m_editMode; }
    /// The regions of interest (owned by the view).
    [[nodiscard]] RegionListModel* regionModel() const { return m_regions; }
    /// Region edits (add, move, delete, rename), for Edit menu actions.
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }
    [[nodiscard]] const std::vector<RegionShape>& regions() const;
    /// Replaces all regions (e.g. loaded from a QC record) and clears the undo history.
    void setRegions(std::vector<RegionShape> regions);
    /// Undoable edits of the regions.
    void addRegion(const RegionShape& region);
    void removeRegion(int index);
    /// Moves region `index` by `offset` (image px).
    void moveRegion(int index, const QPointF& offset);
    void renameRegion(int index, const QString& name);
    /// The kind given to regions drawn from now on (default "generic"; RegionShape::kind).
    void setNewRegionKind(const QString& kind) { m_newRegionKind = kind; }
    [[nodiscard]] int selectedRegion() const { return m_selectedRegion; }
    void selectRegion(int index);
    /// Vertices placed so far of the region being drawn (image px).
    [[nodiscard]] const QPolygonF& draftPolygon() const { return m_draft; }
    /// Closes the region being drawn (needs three vertices); false when there was nothing to close.
    bool finishDraft();

    [[nodiscard]] QSize sizeHint() const override { return {800, 600}; }

Q_SIGNALS:
    /// The visible part of the image changed (image px).
    void viewChanged(QRectF visibleImageRect);
    /// The user clicked defect box `index`.
    void defectClicked(int index);
    /// A region was added, moved, renamed or removed (by an edit, undo or redo).
    void regionsChanged();
    void compareModeChanged(lupa::widgets::InspectionImageView::CompareMode mode);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum class Drag { None, Pan, MoveRegion };

    /// Sets zoom and origin (clamped), repaints and emits viewChanged when they changed.
    void setView(double zoom, const QPointF& origin);
    [[nodiscard]] double fitZoom() const;
    void panBy(const QPointF& widgetOffset);
    void updateColourTable();
    void setAnomalyMapImage(QImage map8bit, double low, double high);
    [[nodiscard]] int defectAt(const QPointF& widgetPoint) const;
    [[nodiscard]] int regionAt(const QPointF& widgetPoint) const;
    [[nodiscard]] QRectF defectWidgetRect(const DefectMarker& defect) const;
    bool handleNavigationKey(QKeyEvent* event);
    bool handleEditKey(QKeyEvent* event);
    void paintDefects(QPainter& painter) const;
    void paintRegions(QPainter& painter) const;
    void paintDraft(QPainter& painter) const;

    ImagePyramid m_image;
    ImagePyramid m_reference;
    QString m_referenceLabel; ///< "" = "reference"
    ImagePyramid m_anomalyMap;
    double m_mapLow = 0.0;
    double m_mapHigh = 1.0;
    QList<QRgb> m_colourTable;
    double m_overlayOpacity = 0.5;
    double m_overlayThreshold = 0.0;
    bool m_overlayVisible = true;

    std::vector<DefectMarker> m_defects;
    int m_selectedDefect = -1;

    double m_zoom = 1.0;   ///< screen px per image px
    QPointF m_origin;      ///< image point at the widget's top-left corner (image px)
    bool m_fitting = true; ///< refit on resize

    CompareMode m_compareMode = CompareMode::Single;
    bool m_showingReference = false;
    QTimer m_blinkTimer;

    EditMode m_editMode = EditMode::None;
    RegionListModel* m_regions;
    QUndoStack* m_undoStack;
    QString m_newRegionKind;
    int m_selectedRegion = -1;
    QPolygonF m_draft;
    QPointF m_hover; ///< cursor position while drawing (image px)

    Drag m_drag = Drag::None;
    QPointF m_dragLast;  ///< last cursor position of a pan (widget px)
    QPointF m_dragStart; ///< where a region move started (image px)
    RegionShape m_dragShape;
    int m_dragSerial = 0;
};

} // namespace lupa::widgets
