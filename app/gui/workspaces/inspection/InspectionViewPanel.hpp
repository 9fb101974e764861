// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QImage>
#include <QWidget>

#include <span>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;

namespace lupa::widgets {
class InspectionCompareView;
class InspectionImageView;
} // namespace lupa::widgets

namespace lupa::app {

class EarlierStageBar;
class RegionToolbar;

/// The Inspection workspace's centre: the registered module image with the anomaly overlay and the defect
/// boxes, and a toolbar for the overlay (on/off, opacity), the compare mode (single, side by side with the
/// reference or the module at an earlier stage, blink) and the defect threshold relative to the calibrated
/// one (0.5-2.0).
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
    /// Compares with `earlier`, the module at production stage `stage` in the tested image's frame, instead
    /// of the reference (side by side when the mode was Single). A new image ends it.
    void showEarlierImage(const QImage& earlier, const QString& stage);
    /// Compares with the reference again.
    void showReference();
    /// True while the module at an earlier stage is compared instead of the reference.
    [[nodiscard]] bool comparesEarlierStage() const { return m_comparesEarlierStage; }

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
    [[nodiscard]] EarlierStageBar* earlierStages() const { return m_earlierStages; }

Q_SIGNALS:
    /// The operator moved the threshold slider.
    void thresholdScaleChanged(double scale);

private:
    QWidget* makeToolbar();
    QWidget* makeSecondRow();
    /// Puts `image` on the right and under blinking, captioned `title` and labelled `blinkLabel`.
    void setComparedImage(const QImage& image, const QString& title, const QString& blinkLabel);
    void applyCompareMode();
    void applyOverlayThreshold();

    widgets::InspectionCompareView* m_compare;
    QCheckBox* m_overlay;
    QSlider* m_opacity;
    QComboBox* m_mode;
    QSlider* m_threshold;
    QLabel* m_thresholdLabel;
    RegionToolbar* m_regionTools = nullptr;
    EarlierStageBar* m_earlierStages = nullptr;
    QImage m_reference;          ///< the reference of the result on screen (null when none)
    bool m_hasReference = false; ///< an image to compare with is shown (the reference or an earlier stage)
    bool m_comparesEarlierStage = false;
};

} // namespace lupa::app
