// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "InspectionViewPanel.hpp"

#include "EarlierStageBar.hpp"
#include "InspectionWorkspaceSettings.hpp"
#include "RegionToolbar.hpp"

#include <lupa/widgets/inspection/InspectionCompareView.hpp>
#include <lupa/widgets/inspection/InspectionImageView.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace lupa::app {
namespace {

constexpr int kMinThresholdPercent = 50;
constexpr int kMaxThresholdPercent = 200;
constexpr double kMapHigh = 2.0;              ///< colour-scale top of the normalised map
constexpr double kOverlayFromThreshold = 0.3; ///< the overlay starts well below the threshold

QSlider* horizontalSlider(int low, int high, int value, QWidget* parent) {
    auto* slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(low, high);
    slider->setValue(value);
    return slider;
}

} // namespace

InspectionViewPanel::InspectionViewPanel(QWidget* parent)
    : QWidget(parent)
    , m_compare(new widgets::InspectionCompareView(this))
    , m_overlay(new QCheckBox(tr("&Overlay"), this))
    , m_opacity(horizontalSlider(0, 100, Settings::value(InspectionWorkspaceSettings::kOverlayOpacity), this))
    , m_mode(new QComboBox(this))
    , m_threshold(horizontalSlider(kMinThresholdPercent, kMaxThresholdPercent, 100, this))
    , m_thresholdLabel(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeToolbar());
    layout->addWidget(makeSecondRow());
    layout->addWidget(m_compare, 1);
    m_compare->setTitles(tr("Tested (registered)"), tr("Reference"));
    view()->setOverlayOpacity(m_opacity->value() / 100.0);
    applyCompareMode();
    applyOverlayThreshold();
}

QWidget* InspectionViewPanel::makeToolbar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 2, 4, 2);
    m_overlay->setChecked(true);
    m_overlay->setToolTip(tr("Show the anomaly map over the image"));
    m_opacity->setToolTip(tr("Opacity of the anomaly overlay"));
    m_opacity->setMaximumWidth(120);
    m_mode->addItems({tr("Single"), tr("Side by side"), tr("Blink")});
    m_mode->setToolTip(tr("Compare the tested image with the reference"));
    m_threshold->setToolTip(
        tr("Defect threshold relative to the calibrated one: higher finds fewer defects"));
    m_threshold->setMinimumWidth(160);
    m_thresholdLabel->setMinimumWidth(
        m_thresholdLabel->fontMetrics().horizontalAdvance(QStringLiteral("× 0.00  ")));
    row->addWidget(m_overlay);
    row->addWidget(new QLabel(tr("Opacity:"), bar));
    row->addWidget(m_opacity);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Compare:"), bar));
    row->addWidget(m_mode);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Threshold:"), bar));
    row->addWidget(m_threshold, 1);
    row->addWidget(m_thresholdLabel);
    connect(m_overlay, &QCheckBox::toggled, view(), &widgets::InspectionImageView::setOverlayVisible);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int percent) {
        view()->setOverlayOpacity(percent / 100.0);
        Settings::setValue(InspectionWorkspaceSettings::kOverlayOpacity, percent);
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &InspectionViewPanel::applyCompareMode);
    connect(m_threshold, &QSlider::valueChanged, this, [this] {
        applyOverlayThreshold();
        Q_EMIT thresholdScaleChanged(thresholdScale());
    });
    return bar;
}

QWidget* InspectionViewPanel::makeSecondRow() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_regionTools = new RegionToolbar(view(), bar), 1);
    row->addWidget(m_earlierStages = new EarlierStageBar(bar));
    return bar;
}

widgets::InspectionImageView* InspectionViewPanel::view() const {
    return m_compare->tested();
}

void InspectionViewPanel::showImages(const QImage& tested, const QImage& reference,
                                     std::span<const float> map, int width, int height) {
    m_reference = reference;
    m_compare->setImages(tested, QImage()); // showReference() sets the right half
    showReference();
    if (map.empty())
        view()->clearAnomalyMap();
    else
        view()->setAnomalyMap(map, width, height, 0.0, kMapHigh);
    applyCompareMode();
    applyOverlayThreshold();
}

void InspectionViewPanel::showImage(const QImage& tested) {
    m_reference = QImage();
    m_compare->setImages(tested, QImage());
    view()->clearAnomalyMap();
    view()->setDefects({});
    showReference();
}

void InspectionViewPanel::showEarlierImage(const QImage& earlier, const QString& stage) {
    m_comparesEarlierStage = true;
    m_earlierStages->setComparing(true);
    setComparedImage(earlier, tr("Earlier stage: %1").arg(stage), stage);
    if (compareMode() == Single)
        setCompareMode(SideBySide); // asked to compare: show it
}

void InspectionViewPanel::showReference() {
    m_comparesEarlierStage = false;
    m_earlierStages->setComparing(false);
    setComparedImage(m_reference, tr("Reference"), QString());
}

void InspectionViewPanel::setComparedImage(const QImage& image, const QString& title,
                                           const QString& blinkLabel) {
    m_hasReference = !image.isNull();
    m_compare->setReferenceImage(image);
    m_compare->setTitles(tr("Tested (registered)"), title);
    view()->setReferenceImage(image);
    view()->setReferenceLabel(blinkLabel);
    applyCompareMode();
}

double InspectionViewPanel::thresholdScale() const {
    return m_threshold->value() / 100.0;
}

void InspectionViewPanel::setThresholdScale(double scale) {
    m_threshold->setValue(static_cast<int>(std::lround(scale * 100.0)));
}

void InspectionViewPanel::setCompareMode(CompareMode mode) {
    m_mode->setCurrentIndex(mode);
}

InspectionViewPanel::CompareMode InspectionViewPanel::compareMode() const {
    return static_cast<CompareMode>(m_mode->currentIndex());
}

void InspectionViewPanel::applyCompareMode() {
    const CompareMode mode = compareMode();
    const bool sideBySide = mode == SideBySide && m_hasReference;
    m_compare->reference()->setVisible(sideBySide);
    m_compare->referenceTitle()->setVisible(sideBySide); // the compare view has no switch for its right half
    if (auto* grid =
            qobject_cast<QGridLayout*>(m_compare->layout())) // the hidden half must not keep its width
        grid->setColumnStretch(1, sideBySide ? 1 : 0);
    view()->setCompareMode(mode == Blink && m_hasReference
                               ? widgets::InspectionImageView::CompareMode::Blink
                               : widgets::InspectionImageView::CompareMode::Single);
}

void InspectionViewPanel::applyOverlayThreshold() {
    const double scale = thresholdScale();
    m_thresholdLabel->setText(QStringLiteral("× %1").arg(scale, 0, 'f', 2));
    view()->setOverlayThreshold(kOverlayFromThreshold * scale);
}

} // namespace lupa::app
