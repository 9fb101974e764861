// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "RocPanel.hpp"

#include "AnomalyPlotStyle.hpp"
#include "QCustomPlotInclude.hpp"

#include <lupa/widgets/PlotView.hpp>

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lupa::app {
namespace {

QTableWidgetItem* rocNumberItem(const QString& text, double value) {
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// The random classifier, TPR = FPR, from `lowest` to 1.
QCPCurve* diagonal(QCustomPlot* plot, double lowest) {
    auto* curve = new QCPCurve(plot->xAxis, plot->yAxis);
    QVector<double> x;
    for (double fpr = lowest; fpr < 1; fpr *= 1.25)
        x.append(fpr);
    x.append(1.0);
    curve->setData(x, x);
    curve->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    return curve;
}

} // namespace

RocPanel::RocPanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new widgets::PlotView(this))
    , m_table(new QTableWidget(this))
    , m_note(new QLabel(this)) {
    setObjectName(QStringLiteral("rocPanel"));
    QCustomPlot* plot = m_view->plot();
    anomalyplots::makeLogAxis(plot->xAxis);
    anomalyplots::makeLogAxis(plot->xAxis2);
    plot->xAxis2->setVisible(true);
    plot->xAxis->setLabel(tr("background efficiency (false-positive rate)"));
    plot->xAxis2->setLabel(tr("trigger rate at 40 MHz [Hz]"));
    plot->yAxis->setLabel(tr("signal efficiency (true-positive rate)"));
    plot->yAxis->setRange(0, 1.02);
    connect(plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), plot->xAxis2,
            [axis = plot->xAxis2](const QCPRange& range) {
                axis->setRange(range.lower * anomaly::kCollisionRateHz,
                               range.upper * anomaly::kCollisionRateHz);
            });
    plot->xAxis->setRange(1e-6, 1);
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_note->setWordWrap(true);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_table, 1);
    bottomLayout->addWidget(m_note);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 220});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

QCustomPlot* RocPanel::plot() const {
    return m_view->plot();
}

void RocPanel::showSignals(const std::vector<anomaly::SignalEvaluation>& signalEvaluations) {
    drawCurves(signalEvaluations);
    fillTable(signalEvaluations);
}

void RocPanel::drawCurves(const std::vector<anomaly::SignalEvaluation>& signalEvaluations) {
    QCustomPlot* plot = m_view->plot();
    plot->clearGraphs();
    plot->clearPlottables();
    plot->clearItems();
    double lowest = 1;
    for (std::size_t k = 0; k < signalEvaluations.size(); ++k) {
        const auto& e = signalEvaluations[k];
        QCPGraph* graph = plot->addGraph();
        graph->setName(tr("%1 (AUC %2)").arg(QString::fromStdString(e.name)).arg(e.auc, 0, 'f', 3));
        graph->setPen(QPen(anomalyplots::signalColour(static_cast<int>(k)), 2));
        for (std::size_t p = 0; p < e.rocFpr.size(); ++p)
            if (e.rocFpr[p] > 0) {
                graph->addData(e.rocFpr[p], e.rocTpr[p]);
                lowest = std::min(lowest, e.rocFpr[p]);
            }
        if (e.backgroundEvents > 0)
            lowest = std::min(lowest, 1.0 / static_cast<double>(e.backgroundEvents));
    }
    diagonal(plot, lowest)->setName(tr("random selection"));
    if (!signalEvaluations.empty()) {
        std::vector<double> fprs;
        for (const auto& point : signalEvaluations.front().workingPoints)
            fprs.push_back(point.targetFpr);
        drawWorkingPoints(fprs);
    }
    plot->xAxis->setRange(std::min(lowest, 1e-5) / 2, 1);
    plot->replot();
}

void RocPanel::drawWorkingPoints(const std::vector<double>& fprs) {
    QCustomPlot* plot = m_view->plot();
    for (const double fpr : fprs) {
        auto* line = new QCPItemStraightLine(plot);
        line->point1->setCoords(fpr, 0);
        line->point2->setCoords(fpr, 1);
        line->setPen(QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DotLine));
        auto* label = new QCPItemText(plot);
        label->position->setCoords(fpr, 0.5); // left of the curves, away from the legend
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setText(anomalyplots::formatRate(fpr * anomaly::kCollisionRateHz));
        label->setColor(QColor(0x77, 0x77, 0x77));
        label->setPadding(QMargins(3, 2, 3, 2));
        label->setClipToAxisRect(true);
    }
}

void RocPanel::fillTable(const std::vector<anomaly::SignalEvaluation>& signalEvaluations) {
    QStringList headers{tr("Signal"), tr("Events"), tr("AUC"), tr("±")};
    if (!signalEvaluations.empty())
        for (const auto& point : signalEvaluations.front().workingPoints)
            headers.append(tr("TPR at FPR %1\n(%2)")
                               .arg(anomalyplots::formatFpr(point.targetFpr),
                                    anomalyplots::formatRate(point.triggerRateHz)));
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(signalEvaluations.size()));
    bool limited = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto& e = signalEvaluations[static_cast<std::size_t>(row)];
        auto* name = new QTableWidgetItem(QString::fromStdString(e.name));
        name->setForeground(anomalyplots::signalColour(row));
        m_table->setItem(row, SignalColumn, name);
        m_table->setItem(row, EventsColumn,
                         rocNumberItem(QString::number(e.signalEvents), static_cast<double>(e.signalEvents)));
        m_table->setItem(row, AucColumn, rocNumberItem(QString::number(e.auc, 'f', 4), e.auc));
        m_table->setItem(row, AucErrorColumn,
                         rocNumberItem(QString::number(e.aucUncertainty, 'f', 4), e.aucUncertainty));
        for (std::size_t p = 0; p < e.workingPoints.size(); ++p) {
            const auto& point = e.workingPoints[p];
            auto* item = rocNumberItem(QString::number(point.tpr, 'g', 4), point.tpr);
            if (point.limitedByStatistics) {
                limited = true;
                item->setText(tr("%1 *").arg(item->text()));
                item->setForeground(Qt::gray);
                item->setToolTip(tr("Limited by statistics: the background has fewer than %1 events, so "
                                    "this is the TPR above the highest background score")
                                     .arg(1.0 / point.targetFpr, 0, 'g', 3));
            }
            m_table->setItem(row, FirstTprColumn + static_cast<int>(p), item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_note->setText(limited ? tr("* limited by statistics: the background sample is too small to reach this "
                                 "false-positive rate")
                            : QString());
    m_note->setVisible(limited);
}

} // namespace lupa::app
