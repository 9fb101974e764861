// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ScoreHistogramPanel.hpp"

#include "AnomalyPlotStyle.hpp"
#include "QCustomPlotInclude.hpp"

#include <lupa/widgets/PlotView.hpp>

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lupa::app {
namespace {

// The positive range of every score [lowest, highest].
QCPRange scoreRange(const std::vector<ScoredSample>& samples) {
    double lowest = std::numeric_limits<double>::infinity();
    double highest = 0;
    for (const auto& sample : samples)
        for (const double s : sample.scores)
            if (s > 0 && std::isfinite(s)) {
                lowest = std::min(lowest, s);
                highest = std::max(highest, s);
            }
    if (!(highest > 0))
        return {1e-3, 1};
    return {lowest, std::max(highest, lowest * 10)};
}

// Share of the sample's events per log-spaced bin; NaN for empty bins (gaps on a log axis).
QVector<double> shares(const std::vector<double>& scores, const QCPRange& range, int bins) {
    QVector<double> counts(bins, 0.0);
    const double logLow = std::log(range.lower);
    const double width = (std::log(range.upper) - logLow) / bins;
    for (const double s : scores) {
        if (!(s > 0))
            continue;
        const int bin = std::clamp(static_cast<int>((std::log(s) - logLow) / width), 0, bins - 1);
        counts[bin] += 1;
    }
    for (double& c : counts)
        c = c > 0 ? c / static_cast<double>(scores.size()) : std::nan("");
    return counts;
}

} // namespace

ScoreHistogramPanel::ScoreHistogramPanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new widgets::PlotView(this)) {
    QCustomPlot* plot = m_view->plot();
    anomalyplots::makeLogAxis(plot->xAxis);
    anomalyplots::makeLogAxis(plot->yAxis);
    plot->xAxis->setLabel(tr("anomaly score (mean squared error, standardised units)"));
    plot->yAxis->setLabel(tr("fraction of events"));
    plot->legend->setVisible(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QCustomPlot* ScoreHistogramPanel::plot() const {
    return m_view->plot();
}

void ScoreHistogramPanel::showSamples(const std::vector<ScoredSample>& samples) {
    QCustomPlot* plot = m_view->plot();
    plot->clearGraphs();
    const QCPRange range = scoreRange(samples);
    const double logLow = std::log(range.lower);
    const double width = (std::log(range.upper) - logLow) / kBins;
    QVector<double> centres(kBins);
    for (int b = 0; b < kBins; ++b)
        centres[b] = std::exp(logLow + (b + 0.5) * width);
    double smallest = 1;
    for (std::size_t k = 0; k < samples.size(); ++k) {
        QCPGraph* graph = plot->addGraph();
        graph->setName(QString::fromStdString(samples[k].name));
        graph->setLineStyle(QCPGraph::lsStepCenter);
        graph->setPen(QPen(anomalyplots::sampleColour(static_cast<int>(k)), k == 0 ? 2.5 : 1.8));
        const QVector<double> values = shares(samples[k].scores, range, kBins);
        for (const double v : values)
            if (v > 0)
                smallest = std::min(smallest, v);
        graph->setData(centres, values, true);
    }
    plot->xAxis->setRange(range.lower, range.upper);
    plot->yAxis->setRange(smallest / 2, 1.5);
    plot->replot();
}

} // namespace lupa::app
