// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "QCustomPlotInclude.hpp"

#include <lupa/widgets/HistogramComparisonPlot.hpp>

#include <array>
#include <cmath>
#include <limits>

namespace lupa::widgets {
namespace {

// Points of a step line over the bins: each bin's value held from its lower to its upper edge.
// On a logarithmic y axis empty bins become gaps (NaN) instead of a plunge to the axis.
void stepPoints(const std::vector<double>& edges, const std::vector<double>& values, bool logY,
                QVector<double>& x, QVector<double>& y) {
    for (std::size_t bin = 0; bin < values.size(); ++bin) {
        const double value =
            logY && values[bin] <= 0 ? std::numeric_limits<double>::quiet_NaN() : values[bin];
        x << edges[bin] << edges[bin + 1];
        y << value << value;
    }
}

QVector<double> binCentres(const std::vector<double>& edges, bool logX) {
    QVector<double> centres;
    for (std::size_t bin = 0; bin + 1 < edges.size(); ++bin)
        centres << (logX ? std::sqrt(edges[bin] * edges[bin + 1]) : 0.5 * (edges[bin] + edges[bin + 1]));
    return centres;
}

lupa::Result<void> checkSeries(const HistogramSeries& series, std::size_t bins) {
    if (series.values.size() != bins)
        return lupa::Error::usage("histogram '" + series.label.toStdString() + "' has " +
                                  std::to_string(series.values.size()) + " values for " +
                                  std::to_string(bins) + " bins");
    if (!series.errors.empty() && series.errors.size() != bins)
        return lupa::Error::usage("histogram '" + series.label.toStdString() + "' has " +
                                  std::to_string(series.errors.size()) + " errors for " +
                                  std::to_string(bins) + " bins");
    return {};
}

lupa::Result<void> checkEdges(const std::vector<double>& edges, bool logX) {
    if (edges.size() < 2)
        return lupa::Error::usage("a histogram needs at least two bin edges");
    for (std::size_t i = 0; i + 1 < edges.size(); ++i)
        if (!(edges[i] < edges[i + 1]) || !std::isfinite(edges[i + 1]))
            return lupa::Error::usage("histogram bin edges must be finite and ascending");
    if (logX && !(edges.front() > 0))
        return lupa::Error::usage("a logarithmic x axis needs bin edges above zero");
    return {};
}

} // namespace

QColor HistogramComparisonPlot::candidateColour(std::size_t index) {
    // Distinguishable for the colour-blind (Okabe-Ito) and on a projector.
    static const std::array<QColor, 6> kColours{QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                                QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
                                                QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x72, 0xB2)};
    return kColours[index % kColours.size()];
}

HistogramComparisonPlot::HistogramComparisonPlot(QWidget* parent)
    : PlotView(parent) {
    setUpLayout();
}

void HistogramComparisonPlot::setUpLayout() {
    QCustomPlot* customPlot = plot();
    customPlot->plotLayout()->clear();
    m_main = new QCPAxisRect(customPlot);
    m_ratio = new QCPAxisRect(customPlot);
    customPlot->plotLayout()->addElement(0, 0, m_main);
    customPlot->plotLayout()->addElement(1, 0, m_ratio);
    customPlot->plotLayout()->setRowStretchFactor(0, 3);
    customPlot->plotLayout()->setRowStretchFactor(1, 1);
    // The panels share the x range and line up their left edges.
    auto* margins = new QCPMarginGroup(customPlot);
    m_main->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_ratio->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    connect(m_main->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
            m_ratio->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::setRange));
    m_main->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_ratio->axis(QCPAxis::atLeft)->setLabel(tr("ratio"));
    m_ratio->axis(QCPAxis::atLeft)->ticker()->setTickCount(3);
    auto* legend = new QCPLegend;
    m_main->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
    legend->setLayer(QStringLiteral("legend"));
    customPlot->legend = legend;
    customPlot->setAutoAddPlottableToLegend(false);
}

lupa::Result<void> HistogramComparisonPlot::setHistograms(const std::vector<double>& edges,
                                                          const HistogramSeries& reference,
                                                          const std::vector<HistogramSeries>& candidates,
                                                          const HistogramComparisonStyle& style) {
    LUPA_TRY(checkEdges(edges, style.logX));
    const std::size_t bins = edges.size() - 1;
    LUPA_TRY(checkSeries(reference, bins));
    for (const auto& candidate : candidates)
        LUPA_TRY(checkSeries(candidate, bins));

    plot()->clearPlottables();
    plot()->clearItems();
    plot()->legend->clearItems();
    drawUnitRatioLine();
    m_ratios.clear();
    m_style = style;
    drawSeries(edges, reference, Qt::black, true);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const HistogramSeries& candidate = candidates[i];
        std::vector<double> ratio(bins, std::numeric_limits<double>::quiet_NaN());
        std::vector<double> ratioErrors(bins, 0.0);
        for (std::size_t bin = 0; bin < bins; ++bin) {
            if (reference.values[bin] <= 0)
                continue;
            ratio[bin] = candidate.values[bin] / reference.values[bin];
            if (!candidate.errors.empty())
                ratioErrors[bin] = candidate.errors[bin] / reference.values[bin];
        }
        drawSeries(edges, candidate, candidateColour(i), true);
        drawRatio(edges, ratio, ratioErrors, candidateColour(i));
        m_ratios.push_back(std::move(ratio));
    }
    applyStyle(style);
    plot()->replot();
    return {};
}

void HistogramComparisonPlot::drawSeries(const std::vector<double>& edges, const HistogramSeries& series,
                                         const QColor& colour, bool inLegend) {
    QVector<double> x;
    QVector<double> y;
    stepPoints(edges, series.values, m_style.logY, x, y);
    QCPGraph* steps = plot()->addGraph(m_main->axis(QCPAxis::atBottom), m_main->axis(QCPAxis::atLeft));
    steps->setData(x, y, true);
    steps->setPen(QPen(colour, 1.6));
    steps->setName(series.label);
    if (inLegend)
        steps->addToLegend();
    if (series.errors.empty())
        return;
    QCPGraph* centres = plot()->addGraph(m_main->axis(QCPAxis::atBottom), m_main->axis(QCPAxis::atLeft));
    centres->setData(binCentres(edges, m_style.logX),
                     QVector<double>(series.values.begin(), series.values.end()), true);
    centres->setLineStyle(QCPGraph::lsNone);
    auto* bars = new QCPErrorBars(m_main->axis(QCPAxis::atBottom), m_main->axis(QCPAxis::atLeft));
    bars->setDataPlottable(centres);
    bars->setData(QVector<double>(series.errors.begin(), series.errors.end()));
    bars->setPen(QPen(colour, 1.0));
}

void HistogramComparisonPlot::drawUnitRatioLine() {
    auto* line = new QCPItemStraightLine(plot());
    line->setClipAxisRect(m_ratio);
    for (QCPItemPosition* end : {line->point1, line->point2})
        end->setAxes(m_ratio->axis(QCPAxis::atBottom), m_ratio->axis(QCPAxis::atLeft));
    line->point1->setCoords(0, 1);
    line->point2->setCoords(1, 1);
    line->setPen(QPen(Qt::gray, 1, Qt::DashLine));
}

void HistogramComparisonPlot::drawRatio(const std::vector<double>& edges, const std::vector<double>& ratio,
                                        const std::vector<double>& errors, const QColor& colour) {
    QCPGraph* points = plot()->addGraph(m_ratio->axis(QCPAxis::atBottom), m_ratio->axis(QCPAxis::atLeft));
    points->setData(binCentres(edges, m_style.logX), QVector<double>(ratio.begin(), ratio.end()), true);
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, 4));
    auto* bars = new QCPErrorBars(m_ratio->axis(QCPAxis::atBottom), m_ratio->axis(QCPAxis::atLeft));
    bars->setDataPlottable(points);
    bars->setData(QVector<double>(errors.begin(), errors.end()));
    bars->setPen(QPen(colour, 1.0));
}

void HistogramComparisonPlot::applyStyle(const HistogramComparisonStyle& style) {
    QCPAxis* x = m_main->axis(QCPAxis::atBottom);
    QCPAxis* y = m_main->axis(QCPAxis::atLeft);
    for (QCPAxis* axis : {x, m_ratio->axis(QCPAxis::atBottom)}) {
        axis->setScaleType(style.logX ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (style.logX)
            axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        else
            axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    y->setScaleType(style.logY ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (style.logY)
        y->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        y->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_ratio->axis(QCPAxis::atBottom)->setLabel(style.xLabel);
    y->setLabel(style.yLabel);
    plot()->rescaleAxes();
    const QCPRange values = y->range(); // headroom above the highest bin for the legend
    y->setRange(values.lower, style.logY ? values.upper * 8.0 : values.upper * 1.3);
    m_ratio->axis(QCPAxis::atLeft)->setRange(style.ratioMin, style.ratioMax);
}

} // namespace lupa::widgets
