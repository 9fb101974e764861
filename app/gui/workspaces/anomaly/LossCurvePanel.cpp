// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "LossCurvePanel.hpp"

#include "AnomalyPlotStyle.hpp"
#include "QCustomPlotInclude.hpp"

#include <lupa/widgets/PlotView.hpp>

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace lupa::app {
namespace {

QCPGraph* anomalyLossGraph(QCustomPlot* plot, const QString& name, const QColor& colour) {
    QCPGraph* graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(colour, 2));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    return graph;
}

} // namespace

LossCurvePanel::LossCurvePanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new widgets::PlotView(this))
    , m_note(new QLabel(this)) {
    QCustomPlot* plot = m_view->plot();
    m_train = anomalyLossGraph(plot, tr("training"), anomalyplots::signalColour(0));
    m_validation = anomalyLossGraph(plot, tr("validation"), anomalyplots::signalColour(1));
    plot->xAxis->setLabel(tr("epoch"));
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    whole->setTickStep(1);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(whole);
    plot->yAxis->setLabel(tr("masked MSE (standardised units)"));
    anomalyplots::makeLogAxis(plot->yAxis);
    plot->legend->setVisible(true);
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    clear(tr("Train a model to see its loss curves here."));
}

QCustomPlot* LossCurvePanel::plot() const {
    return m_view->plot();
}

int LossCurvePanel::start(int epochs) {
    m_epochs = std::max(epochs, 1);
    m_liveEpochs = 0;
    m_live = true;
    m_train->data()->clear();
    m_validation->data()->clear();
    m_note->setText(tr("Training…"));
    rescale();
    return ++m_run;
}

void LossCurvePanel::addEpoch(int run, const ml::EpochReport& report) {
    if (run != m_run)
        return;
    ++m_liveEpochs;
    if (!m_live)
        return; // the final history is shown already (reports are queued behind the job's end)
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

void LossCurvePanel::showHistory(const ml::TrainHistory& history) {
    m_live = false;
    m_train->data()->clear();
    m_validation->data()->clear();
    for (std::size_t e = 0; e < history.trainLoss.size(); ++e)
        m_train->addData(static_cast<double>(e + 1), history.trainLoss[e]);
    for (std::size_t e = 0; e < history.validationLoss.size(); ++e)
        m_validation->addData(static_cast<double>(e + 1), history.validationLoss[e]);
    m_epochs = std::max<int>(static_cast<int>(history.trainLoss.size()), 1);
    m_note->setText(history.stoppedEarly
                        ? tr("Best epoch %1 (loss %2); stopped early: no improvement for a while")
                              .arg(history.bestEpoch + 1)
                              .arg(history.bestLoss, 0, 'g', 4)
                        : tr("Best epoch %1 (loss %2); the model keeps that epoch's weights")
                              .arg(history.bestEpoch + 1)
                              .arg(history.bestLoss, 0, 'g', 4));
    rescale();
}

void LossCurvePanel::clear(const QString& note) {
    m_train->data()->clear();
    m_validation->data()->clear();
    m_liveEpochs = 0;
    m_live = false;
    m_note->setText(note);
    rescale();
}

void LossCurvePanel::rescale() {
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
    if (found || foundValidation)
        plot->yAxis->setRange(range.lower / 1.5, range.upper * 1.5);
    else
        plot->yAxis->setRange(0.1, 10);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lupa::app
