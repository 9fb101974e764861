// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "FixedPointPanel.hpp"

#include "AnomalyPlotStyle.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lupa::app {
namespace {

QTableWidgetItem* fixedPointNumberItem(double value, int precision = 4) {
    auto* item = new QTableWidgetItem(std::isfinite(value) ? QString::number(value, 'g', precision)
                                                           : QStringLiteral("–"));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// Green (fixed point matches float) to red (>= 10 % of the stage's scale off).
QColor deviationColour(double relative) {
    const double t = std::clamp(std::log10(std::max(relative, 1e-4)) / 3.0 + 4.0 / 3.0, 0.0, 1.0);
    return QColor::fromHsvF(static_cast<float>((1.0 - t) * 0.33), 0.35F, 1.0F);
}

// The TPR at the tightest working point, marked when the background is too small to reach it.
QTableWidgetItem* tprItem(const anomaly::SignalEvaluation& evaluation) {
    if (evaluation.workingPoints.empty())
        return fixedPointNumberItem(std::nan(""));
    const auto& point = evaluation.workingPoints.back();
    auto* item = fixedPointNumberItem(point.tpr);
    if (point.limitedByStatistics) {
        item->setText(FixedPointPanel::tr("%1 *").arg(item->text()));
        item->setForeground(Qt::gray);
        item->setToolTip(FixedPointPanel::tr("Limited by statistics: the background is too small to reach "
                                             "this false-positive rate"));
    }
    return item;
}

QSpinBox* bitsBox(QWidget* parent, int minimum, int value) {
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, 40);
    box->setValue(value);
    return box;
}

void setTableHeaders(QTableWidget* table, const QStringList& headers, int rows) {
    table->clear();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(rows);
}

QTableWidget* makeTable(QWidget* parent) {
    auto* table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    return table;
}

} // namespace

FixedPointPanel::FixedPointPanel(QWidget* parent)
    : QWidget(parent)
    , m_totalBits(bitsBox(this, 2, 16))
    , m_integerBits(bitsBox(this, 1, 6))
    , m_rounding(new QComboBox(this))
    , m_overflow(new QComboBox(this))
    , m_separateWeights(new QCheckBox(tr("Separate weight format"), this))
    , m_weightTotalBits(bitsBox(this, 2, 16))
    , m_weightIntegerBits(bitsBox(this, 1, 6))
    , m_compare(new QPushButton(tr("Compare"), this))
    , m_summary(new QLabel(this))
    , m_stages(makeTable(this))
    , m_signals(makeTable(this)) {
    setObjectName(QStringLiteral("fixedPointPanel"));
    m_integerBits->setMaximum(m_totalBits->value());
    m_weightIntegerBits->setMaximum(m_weightTotalBits->value());
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_compare->setToolTip(tr("Run the model in float and in fixed point on every sample (Ctrl+Shift+R)"));
    m_summary->setWordWrap(true);
    m_stages->setToolTip(tr("Δ = fixed-point value − float value of each stage over the events compared; "
                            "overflow: share of float values outside the data format's range"));
    m_summary->setText(tr("Choose the formats an FPGA implementation would use and press Compare."));
    auto* tables = new QSplitter(Qt::Vertical, this);
    tables->addWidget(m_stages);
    tables->addWidget(m_signals);
    auto* right = new QVBoxLayout;
    right->addWidget(m_summary);
    right->addWidget(tables, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(makeFormatBox());
    layout->addLayout(right, 1);
    connect(m_compare, &QPushButton::clicked, this, &FixedPointPanel::compareRequested);
    connect(m_separateWeights, &QCheckBox::toggled, this, &FixedPointPanel::updateWeightFields);
    connect(m_totalBits, &QSpinBox::valueChanged, m_integerBits, &QSpinBox::setMaximum);
    connect(m_weightTotalBits, &QSpinBox::valueChanged, m_weightIntegerBits, &QSpinBox::setMaximum);
    updateWeightFields();
    setState(false, false);
}

QWidget* FixedPointPanel::makeFormatBox() {
    m_rounding->addItem(tr("Truncate (AP_TRN)"), static_cast<int>(ml::FixedRounding::Truncate));
    m_rounding->addItem(tr("Nearest (AP_RND)"), static_cast<int>(ml::FixedRounding::Nearest));
    m_overflow->addItem(tr("Wrap (AP_WRAP)"), static_cast<int>(ml::FixedOverflow::Wrap));
    m_overflow->addItem(tr("Saturate (AP_SAT)"), static_cast<int>(ml::FixedOverflow::Saturate));
    m_integerBits->setToolTip(tr("Integer bits, the sign bit included"));
    auto* box = new QGroupBox(tr("ap_fixed<W,I> formats"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Total bits W:"), m_totalBits);
    form->addRow(tr("Integer bits I:"), m_integerBits);
    form->addRow(tr("Rounding:"), m_rounding);
    form->addRow(tr("Overflow:"), m_overflow);
    form->addRow(m_separateWeights);
    form->addRow(tr("Weight total bits:"), m_weightTotalBits);
    form->addRow(tr("Weight integer bits:"), m_weightIntegerBits);
    form->addRow(m_compare);
    box->setMaximumWidth(310);
    return box;
}

ml::FixedPointConfig FixedPointPanel::config() const {
    ml::FixedPointFormat values;
    values.totalBits = m_totalBits->value();
    values.integerBits = m_integerBits->value();
    values.rounding = static_cast<ml::FixedRounding>(m_rounding->currentData().toInt());
    values.overflow = static_cast<ml::FixedOverflow>(m_overflow->currentData().toInt());
    ml::FixedPointFormat weights = values;
    if (m_separateWeights->isChecked()) {
        weights.totalBits = m_weightTotalBits->value();
        weights.integerBits = m_weightIntegerBits->value();
    }
    return {weights, values};
}

void FixedPointPanel::setConfig(const ml::FixedPointFormat& format,
                                const std::optional<ml::FixedPointFormat>& weights) {
    m_totalBits->setValue(format.totalBits);
    m_integerBits->setValue(format.integerBits);
    m_rounding->setCurrentIndex(m_rounding->findData(static_cast<int>(format.rounding)));
    m_overflow->setCurrentIndex(m_overflow->findData(static_cast<int>(format.overflow)));
    m_separateWeights->setChecked(weights.has_value());
    if (weights) {
        m_weightTotalBits->setValue(weights->totalBits);
        m_weightIntegerBits->setValue(weights->integerBits);
    }
}

void FixedPointPanel::showReport(const FixedPointReport& report) {
    const auto& c = report.comparison;
    m_summary->setText(tr("Data %1, weights %2, on %3 background events: the fixed-point score differs from "
                          "the float score by %4 % on average (at most %5 %) of the mean score.")
                           .arg(QString::fromStdString(c.config.data.toString()),
                                QString::fromStdString(c.config.weights.toString()))
                           .arg(c.events)
                           .arg(c.meanRelativeScoreDifference * 100, 0, 'g', 3)
                           .arg(c.maxRelativeScoreDifference * 100, 0, 'g', 3));
    fillStages(report);
    fillSignals(report);
}

void FixedPointPanel::fillStages(const FixedPointReport& report) {
    const auto& stages = report.comparison.stages;
    setTableHeaders(m_stages,
                    {tr("Stage"), tr("Width"), tr("Max |Δ|"), tr("RMS Δ"), tr("Float RMS"),
                     tr("RMS Δ / float RMS"), tr("Overflow [%]")},
                    static_cast<int>(stages.size()));
    for (int row = 0; row < m_stages->rowCount(); ++row) {
        const auto& s = stages[static_cast<std::size_t>(row)];
        const double relative = s.floatRms > 0 ? s.rmsDifference / s.floatRms : 0.0;
        m_stages->setItem(row, StageName, new QTableWidgetItem(QString::fromStdString(s.stage)));
        m_stages->setItem(row, StageWidth, fixedPointNumberItem(static_cast<double>(s.width)));
        m_stages->setItem(row, StageMaxDifference, fixedPointNumberItem(s.maxAbsDifference));
        m_stages->setItem(row, StageRmsDifference, fixedPointNumberItem(s.rmsDifference));
        m_stages->setItem(row, StageFloatRms, fixedPointNumberItem(s.floatRms));
        auto* relativeItem = fixedPointNumberItem(relative, 3);
        relativeItem->setBackground(deviationColour(relative));
        relativeItem->setForeground(Qt::black);
        m_stages->setItem(row, StageRelativeRms, relativeItem);
        auto* overflow = fixedPointNumberItem(s.overflowShare * 100, 3);
        if (s.overflowShare > 0) {
            overflow->setBackground(deviationColour(1.0));
            overflow->setForeground(Qt::black);
        }
        m_stages->setItem(row, StageOverflow, overflow);
    }
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void FixedPointPanel::fillSignals(const FixedPointReport& report) {
    const auto& floats = report.floatSignals;
    const auto& fixeds = report.fixedSignals;
    const QString fpr = floats.empty() || floats.front().workingPoints.empty()
                            ? QString()
                            : anomalyplots::formatFpr(floats.front().workingPoints.back().targetFpr);
    setTableHeaders(m_signals,
                    {tr("Signal"), tr("AUC float"), tr("AUC fixed"), tr("Δ AUC"),
                     tr("TPR at FPR %1 float").arg(fpr), tr("TPR at FPR %1 fixed").arg(fpr)},
                    static_cast<int>(std::min(floats.size(), fixeds.size())));
    for (int row = 0; row < m_signals->rowCount(); ++row) {
        const auto& f = floats[static_cast<std::size_t>(row)];
        const auto& x = fixeds[static_cast<std::size_t>(row)];
        auto* name = new QTableWidgetItem(QString::fromStdString(f.name));
        name->setForeground(anomalyplots::signalColour(row));
        m_signals->setItem(row, 0, name);
        m_signals->setItem(row, 1, fixedPointNumberItem(f.auc));
        m_signals->setItem(row, 2, fixedPointNumberItem(x.auc));
        m_signals->setItem(row, 3, fixedPointNumberItem(x.auc - f.auc, 3));
        m_signals->setItem(row, 4, tprItem(f));
        m_signals->setItem(row, 5, tprItem(x));
    }
    m_signals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void FixedPointPanel::setState(bool running, bool ready) {
    m_compare->setEnabled(!running && ready);
}

void FixedPointPanel::updateWeightFields() {
    m_weightTotalBits->setEnabled(m_separateWeights->isChecked());
    m_weightIntegerBits->setEnabled(m_separateWeights->isChecked());
}

} // namespace lupa::app
