// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QWidget>

#include <span>

class QCheckBox;
class QComboBox;
class QImage;
class QLabel;
class QSlider;

namespace lupa::widgets {
class InspectionCompareView;
class InspectionImageView;
} // namespace lupa::widgets

namespace lupa::app {

class RegionToolbar;

/// The Inspection workspace's centre: the registered module image with the anomaly overlay and the defect
/// boxes, and a toolbar for the overlay (on/off, opacity), the compare mode (single, side by side with the
/// reference, blink) and the defect threshold relative to the calibrated one (0.5-2.0).
class InspectionViewPanel : public QWidget {
    Q_OBJECT
public:
    /// The compare modes, in the order of the combo box.
    enum CompareMode { Single, SideBySide, Blink };

    explicit InspectionViewPanel(QWidget* parent = nullptr);

    /// Shows a result: the tested image (in the map's frame), its reference (may be null) and the
    /// normalised anomaly map of `width` x `height` values (1.0 = at the calibrated threshold).
    void showImages(const QImage& tested, const QImage& reference, std::span<const float> map, int width,
                    int height);
    /// Shows an image that is not inspected yet (no overlay, no boxes).
    void showImage(const QImage& tested);

    /// The view that shows the tested image, the overlay and the boxes.
    [[nodiscard]] widgets::InspectionImageView* view() const;
    [[nodiscard]] widgets::InspectionCompareView* compareView() const { return m_compare; }

    /// The threshold relative to the calibrated one, in [0.5, 2.0].
    [[nodiscard]] double thresholdScale() const;
    /// Moves the threshold slider (emits thresholdScaleChanged when it moves).
    void setThresholdScale(double scale);
    void setCompareMode(CompareMode mode);
    [[nodiscard]] CompareMode compareMode() const;
    [[nodiscard]] QSlider* thresholdSlider() const { return m_threshold; }
    [[nodiscard]] RegionToolbar* regionTools() const { return m_regionTools; }

Q_SIGNALS:
    /// The operator moved the threshold slider.
    void thresholdScaleChanged(double scale);

private:
    QWidget* makeToolbar();
    void applyCompareMode();
    void applyOverlayThreshold();

    widgets::InspectionCompareView* m_compare;
    QCheckBox* m_overlay;
    QSlider* m_opacity;
    QComboBox* m_mode;
    QSlider* m_threshold;
    QLabel* m_thresholdLabel;
    QLabel* m_referenceTitle = nullptr;
    RegionToolbar* m_regionTools = nullptr;
    bool m_hasReference = false;
};

} // namespace lupa::app
