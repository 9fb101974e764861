// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TrackingRatePlots.hpp"

#include "QCustomPlotInclude.hpp"
#include "workspaces/anomaly/AnomalyPlotStyle.hpp"

#include <lupa/widgets/PlotView.hpp>

#include <QHBoxLayout>

#include <cmath>

namespace lupa::app {
namespace {

constexpr int kTrackingMethods = 2;

// The graph of `method` in `plot`, with its error bars; made on first use (graph i is method i).
QCPGraph* trackingRateGraph(QCustomPlot* plot, TrackingMethod method) {
    while (plot->graphCount() < kTrackingMethods) {
        const int index = plot->graphCount();
        QCPGraph* graph = plot->addGraph();
        graph->setName(methodName(static_cast<TrackingMethod>(index)));
        const QColor colour = anomalyplots::signalColour(index);
        graph->setPen(QPen(colour, 1.5));
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, 7));
        auto* bars = new QCPErrorBars(plot->xAxis, plot->yAxis);
        bars->setDataPlottable(graph);
        bars->setPen(QPen(colour, 1));
        bars->removeFromLegend();
    }
    return plot->graph(static_cast<int>(method));
}

QCPErrorBars* trackingErrorBars(QCustomPlot* plot, QCPGraph* graph) {
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto* bars = qobject_cast<QCPErrorBars*>(plot->plottable(i));
            bars && bars->dataPlottable() == graph)
            return bars;
    return nullptr;
}

void fillTrackingRate(QCustomPlot* plot, TrackingMethod method, const tracking::BinnedRate& rate, bool logX) {
    QCPGraph* graph = trackingRateGraph(plot, method);
    QCPErrorBars* bars = trackingErrorBars(plot, graph);
    QVector<double> x, y, error;
    for (std::size_t bin = 0; bin < rate.bins(); ++bin) {
        if (rate.total[bin] == 0)
            continue;
        const double low = rate.edges[bin];
        const double high = rate.edges[bin + 1];
        const double r = rate.rate(bin);
        x.append(logX && low > 0 ? std::sqrt(low * high) : 0.5 * (low + high));
        y.append(r);
        error.append(std::sqrt(r * (1 - r) / static_cast<double>(rate.total[bin])));
    }
    graph->setData(x, y, true);
    if (bars)
        bars->setData(error);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void styleTrackingRatePlot(QCustomPlot* plot, const QString& xLabel, const QString& yLabel) {
    plot->xAxis->setLabel(xLabel);
    plot->yAxis->setLabel(yLabel);
    plot->yAxis->setRange(0, 1.05);
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
}

} // namespace

TrackingRatePlots::TrackingRatePlots(const QString& rateLabel, QWidget* parent)
    : QWidget(parent)
    , m_pt(new widgets::PlotView(this))
    , m_eta(new widgets::PlotView(this)) {
    styleTrackingRatePlot(m_pt->plot(), tr("pT [GeV]"), rateLabel);
    anomalyplots::makeLogAxis(m_pt->plot()->xAxis);
    m_pt->plot()->xAxis->setNumberFormat(QStringLiteral("g"));
    m_pt->plot()->xAxis->setRange(0.1, 100);
    styleTrackingRatePlot(m_eta->plot(), tr("η"), rateLabel);
    m_eta->plot()->xAxis->setRange(-4, 4);
    for (QCustomPlot* plot : {m_pt->plot(), m_eta->plot()}) {
        trackingRateGraph(plot, TrackingMethod::Baseline);
        plot->legend->setVisible(false);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pt);
    layout->addWidget(m_eta);
}

void TrackingRatePlots::showRates(TrackingMethod method, const tracking::BinnedRate& versusPt,
                                  const tracking::BinnedRate& versusEta) {
    fillTrackingRate(m_pt->plot(), method, versusPt, true);
    fillTrackingRate(m_eta->plot(), method, versusEta, false);
    for (QCustomPlot* plot : {m_pt->plot(), m_eta->plot()}) {
        for (int i = 0; i < plot->graphCount(); ++i)
            if (plot->graph(i)->dataCount() == 0)
                plot->graph(i)->removeFromLegend();
            else
                plot->graph(i)->addToLegend();
        plot->legend->setVisible(true);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void TrackingRatePlots::clearRates() {
    for (QCustomPlot* plot : {m_pt->plot(), m_eta->plot()}) {
        for (int i = 0; i < plot->graphCount(); ++i) {
            plot->graph(i)->data()->clear();
            if (auto* bars = trackingErrorBars(plot, plot->graph(i)))
                bars->data()->clear();
        }
        plot->legend->setVisible(false);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

QCustomPlot* TrackingRatePlots::ptPlot() const {
    return m_pt->plot();
}

QCustomPlot* TrackingRatePlots::etaPlot() const {
    return m_eta->plot();
}

} // namespace lupa::app
