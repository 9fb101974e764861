// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "InspectionLossPlot.hpp"

#include "QCustomPlotInclude.hpp"

#include <lupa/widgets/PlotView.hpp>

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lupa::app {
namespace {

QCPGraph* inspectionLossGraph(QCustomPlot* plot, const QString& name, const QColor& colour) {
    QCPGraph* graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(colour, 2));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    return graph;
}

} // namespace

InspectionLossPlot::InspectionLossPlot(QWidget* parent)
    : QWidget(parent)
    , m_view(new widgets::PlotView(this))
    , m_note(new QLabel(this)) {
    QCustomPlot* plot = m_view->plot();
    m_train = inspectionLossGraph(plot, tr("training"), QColor(0x1f, 0x77, 0xb4));
    m_validation = inspectionLossGraph(plot, tr("validation"), QColor(0xff, 0x7f, 0x0e));
    plot->xAxis->setLabel(tr("epoch"));
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    whole->setTickStep(1);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(whole);
    plot->yAxis->setLabel(tr("reconstruction MSE (grey levels in [0, 1])"));
    plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    plot->legend->setVisible(true);
    m_note->setWordWrap(true);
    m_note->setText(tr("Train a model on good images (Train Model…) to see its loss curves here."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    rescale();
}

QCustomPlot* InspectionLossPlot::plot() const {
    return m_view->plot();
}

int InspectionLossPlot::start(int epochs) {
    m_epochs = std::max(epochs, 1);
    m_epochsShown = 0;
    m_train->data()->clear();
    m_validation->data()->clear();
    m_note->setText(tr("Training…"));
    rescale();
    return ++m_run;
}

void InspectionLossPlot::addEpoch(int run, const ml::EpochReport& report) {
    if (run != m_run)
        return;
    ++m_epochsShown;
    m_epochs = std::max(m_epochs, report.epochs);
    m_train->addData(report.epoch + 1, report.trainLoss);
    if (std::isfinite(report.validationLoss))
        m_validation->addData(report.epoch + 1, report.validationLoss);
    m_note->setText(tr("Epoch %1 of at most %2: training loss %3, validation loss %4")
                        .arg(report.epoch + 1)
                        .arg(report.epochs)
                        .arg(report.trainLoss, 0, 'g', 4)
                        .arg(report.validationLoss, 0, 'g', 4));
    rescale();
}

void InspectionLossPlot::finish(const QString& note) {
    m_note->setText(note);
}

void InspectionLossPlot::rescale() {
    QCustomPlot* plot = m_view->plot();
    plot->xAxis->setRange(0.5, m_epochs + 0.5);
    bool found = false;
    QCPRange range = m_train->data()->valueRange(found);
    bool foundValidation = false;
    const QCPRange validation = m_validation->data()->valueRange(foundValidation);
    if (foundValidation)
        range =
            found ? QCPRange(std::min(range.lower, validation.lower), std::max(range.upper, validation.upper))
                  : validation;
    if ((found || foundValidation) && range.lower > 0)
        plot->yAxis->setRange(range.lower / 1.5, range.upper * 1.5);
    else
        plot->yAxis->setRange(1e-4, 1);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lupa::app
