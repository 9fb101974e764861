// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ValidationResults.hpp"

#include "workspaces/FileKinds.hpp"

#include <lupa/widgets/HistogramComparisonPlot.hpp>
#include <lupa/widgets/ShowerImageView.hpp>

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lupa::app {
namespace {

/// Green (0) to red (>= 0.2): how far apart the distributions are.
QColor separationColour(double separationPower) {
    const double t = std::clamp(separationPower / 0.2, 0.0, 1.0);
    return QColor::fromHsvF(static_cast<float>((1.0 - t) * 0.33), 0.35F, 1.0F);
}

double largestSeparation(const calo::FeatureComparison& feature) {
    double largest = 0;
    for (const auto& m : feature.metrics)
        if (std::isfinite(m.separationPower))
            largest = std::max(largest, m.separationPower);
    return largest;
}

widgets::HistogramSeries series(const QString& label, const calo::Histogram& histogram) {
    return {label, histogram.density(), histogram.densityError()};
}

QTableWidgetItem* validationNumberItem(double value, int precision) {
    auto* item = new QTableWidgetItem(std::isfinite(value) ? QString::number(value, 'g', precision)
                                                           : QStringLiteral("–"));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ValidationResults::ValidationResults(QWidget* parent)
    : QWidget(parent)
    , m_features(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_plot(new widgets::HistogramComparisonPlot(this))
    , m_referenceImage(new widgets::ShowerImageView(this))
    , m_candidateImage(new widgets::ShowerImageView(this))
    , m_candidate(new QComboBox(this))
    , m_layer(new QSpinBox(this))
    , m_summary(new QTableWidget(this)) {
    setObjectName(QStringLiteral("validationResults"));
    m_features->setToolTip(
        tr("Features, coloured by their largest separation power (green: alike, red: apart)"));
    m_tabs->addTab(m_plot, tr("Histogram"));
    m_tabs->addTab(makeImagesPage(), tr("Average Shower"));
    m_tabs->addTab(m_summary, tr("Summary"));
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSortingEnabled(true);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_features);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_features, &QListWidget::currentRowChanged, this, &ValidationResults::showFeature);
    connect(m_layer, &QSpinBox::valueChanged, this, &ValidationResults::showLayer);
    connect(m_candidate, &QComboBox::currentIndexChanged, this, &ValidationResults::showLayer);
}

QWidget* ValidationResults::makeImagesPage() {
    auto* page = new QWidget(this);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Layer:"), page));
    controls->addWidget(m_layer);
    controls->addWidget(new QLabel(tr("Candidate:"), page));
    controls->addWidget(m_candidate, 1);
    auto* images = new QHBoxLayout;
    images->addWidget(m_referenceImage);
    images->addWidget(m_candidateImage);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addLayout(images, 1);
    return page;
}

void ValidationResults::showReport(std::shared_ptr<const calo::ValidationReport> report,
                                   calo::Binning binning) {
    m_report = std::move(report);
    m_binning = std::move(binning);
    {
        const QSignalBlocker blockCandidates(m_candidate), blockLayer(m_layer);
        m_candidate->clear();
        for (const auto& c : m_report->candidates)
            m_candidate->addItem(files::fileName(c.path));
        m_layer->setRange(0, static_cast<int>(m_binning->relevantLayers().size()) - 1);
        m_layer->setValue(brightestLayer());
    }
    fillFeatureList();
    fillSummary();
    showLayer();
    if (m_features->count() > 0)
        m_features->setCurrentRow(0);
}

int ValidationResults::brightestLayer() const {
    int best = 0;
    double bestEnergy = -1;
    const auto& relevant = m_binning->relevantLayers();
    for (std::size_t i = 0; i < relevant.size(); ++i) {
        const auto& layer = m_binning->layers()[static_cast<std::size_t>(relevant[i])];
        const auto begin =
            m_report->referenceMeanShower.begin() + static_cast<std::ptrdiff_t>(layer.firstVoxel);
        const double energy =
            std::accumulate(begin, begin + static_cast<std::ptrdiff_t>(layer.voxelCount), 0.0);
        if (energy > bestEnergy) {
            bestEnergy = energy;
            best = static_cast<int>(i);
        }
    }
    return best;
}

void ValidationResults::fillFeatureList() {
    const QSignalBlocker block(m_features);
    m_features->clear();
    for (const auto& feature : m_report->features) {
        const double sp = largestSeparation(feature);
        auto* item = new QListWidgetItem(
            tr("%1   (%2)").arg(QString::fromStdString(feature.column.key)).arg(sp, 0, 'f', 4), m_features);
        item->setData(Qt::UserRole, QString::fromStdString(feature.column.key));
        item->setBackground(separationColour(sp));
        item->setForeground(Qt::black);
    }
}

void ValidationResults::fillSummary() {
    m_summary->setSortingEnabled(false);
    const QStringList headers{tr("Feature"), tr("Candidate"), tr("Separation power"), tr("± (bootstrap)"),
                              tr("W1"),      tr("KS"),        tr("χ² / ndf")};
    m_summary->clear();
    m_summary->setColumnCount(static_cast<int>(headers.size()));
    m_summary->setHorizontalHeaderLabels(headers);
    int rows = 0;
    for (const auto& feature : m_report->features)
        rows += static_cast<int>(feature.metrics.size());
    m_summary->setRowCount(rows);
    int row = 0;
    for (const auto& feature : m_report->features)
        for (std::size_t k = 0; k < feature.metrics.size(); ++k, ++row) {
            const auto& m = feature.metrics[k];
            m_summary->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(feature.column.key)));
            m_summary->setItem(row, 1, new QTableWidgetItem(files::fileName(m_report->candidates[k].path)));
            auto* sp = validationNumberItem(m.separationPower, 4);
            sp->setBackground(separationColour(m.separationPower));
            sp->setForeground(Qt::black);
            m_summary->setItem(row, 2, sp);
            m_summary->setItem(row, 3, validationNumberItem(m.separationPowerError, 2));
            m_summary->setItem(row, 4, validationNumberItem(m.wasserstein, 4));
            m_summary->setItem(row, 5, validationNumberItem(m.kolmogorovSmirnov, 4));
            m_summary->setItem(row, 6, validationNumberItem(m.ndf > 0 ? m.chi2 / m.ndf : std::nan(""), 4));
        }
    m_summary->setSortingEnabled(true);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

bool ValidationResults::selectFeature(const QString& key) {
    for (int row = 0; row < m_features->count(); ++row)
        if (m_features->item(row)->data(Qt::UserRole).toString() == key) {
            m_features->setCurrentRow(row);
            return true;
        }
    return false;
}

void ValidationResults::showFeature(int row) {
    if (!m_report || row < 0 || row >= static_cast<int>(m_report->features.size()))
        return;
    const auto& feature = m_report->features[static_cast<std::size_t>(row)];
    std::vector<widgets::HistogramSeries> candidates;
    for (std::size_t k = 0; k < feature.candidates.size(); ++k)
        candidates.push_back(series(tr("%1 (separation power %2)")
                                        .arg(files::fileName(m_report->candidates[k].path))
                                        .arg(feature.metrics[k].separationPower, 0, 'f', 4),
                                    feature.candidates[k]));
    widgets::HistogramComparisonStyle style;
    style.xLabel = QString::fromStdString(feature.column.title);
    style.yLabel = tr("normalised entries");
    style.logX = feature.column.kind == calo::FeatureKind::LayerEnergy;
    style.logY = feature.column.kind != calo::FeatureKind::EtotOverEinc;
    (void)m_plot->setHistograms(
        feature.reference.edges,
        series(tr("reference: %1").arg(files::fileName(m_report->reference)), feature.reference), candidates,
        style);
}

void ValidationResults::showLayer() {
    if (!m_report || !m_binning || m_binning->relevantLayers().empty())
        return;
    const auto index = static_cast<std::size_t>(
        std::clamp(m_layer->value(), 0, static_cast<int>(m_binning->relevantLayers().size()) - 1));
    const auto& layer = m_binning->layers()[static_cast<std::size_t>(m_binning->relevantLayers()[index])];
    const auto image = [&](const std::vector<double>& mean, const QString& title) {
        const auto begin = mean.begin() + static_cast<std::ptrdiff_t>(layer.firstVoxel);
        return widgets::ShowerImage{
            title, layer.radialEdges, layer.angularBins,
            std::vector<double>(begin, begin + static_cast<std::ptrdiff_t>(layer.voxelCount))};
    };
    widgets::ShowerImageScale scale;
    scale.minimum = 1e-2; // MeV, as the challenge's images
    for (const double v : m_report->referenceMeanShower)
        scale.maximum = std::max(scale.maximum, v);
    (void)m_referenceImage->setImage(
        image(m_report->referenceMeanShower, tr("reference, layer %1").arg(layer.id)), scale);
    const int k = m_candidate->currentIndex();
    if (k >= 0 && k < static_cast<int>(m_report->candidates.size())) {
        const auto& candidate = m_report->candidates[static_cast<std::size_t>(k)];
        (void)m_candidateImage->setImage(
            image(candidate.meanShower,
                  tr("%1, layer %2").arg(files::fileName(candidate.path)).arg(layer.id)),
            scale);
    }
}

} // namespace lupa::app
