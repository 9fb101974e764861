// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "HitHistogram.hpp"

#include "QCustomPlotInclude.hpp"

#include <lupa/widgets/PlotView.hpp>

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lupa::app {

HitHistogram::HitHistogram(QWidget* parent)
    : QWidget(parent)
    , m_view(new widgets::PlotView(this)) {
    QCustomPlot* plot = m_view->plot();
    m_bars = new QCPBars(plot->xAxis, plot->yAxis);
    m_bars->setName(tr("Hits"));
    m_bars->setPen(QPen(QColor(0x2f, 0x6d, 0xc4)));
    m_bars->setBrush(QColor(0x3d, 0x7b, 0xd9, 170));
    plot->xAxis->setLabel(tr("Transverse radius r [mm]"));
    plot->yAxis->setLabel(tr("Hits"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(260, 200);
}

void HitHistogram::setHits(const std::vector<DemoHit>& hits) {
    double maximum = 0;
    for (const DemoHit& hit : hits)
        maximum = std::max(maximum, std::hypot(hit.x, hit.y));
    const double width = std::max(maximum * 1.02, 1.0) / kBins;
    QVector<double> centres(kBins);
    QVector<double> counts(kBins, 0.0);
    for (int i = 0; i < kBins; ++i)
        centres[i] = (i + 0.5) * width;
    for (const DemoHit& hit : hits)
        counts[std::min(kBins - 1, static_cast<int>(std::hypot(hit.x, hit.y) / width))] += 1;
    m_entries = static_cast<double>(hits.size());
    m_bars->setWidth(width);
    m_bars->setData(centres, counts, true);
    QCustomPlot* plot = m_view->plot();
    plot->xAxis->setRange(0, kBins * width);
    plot->yAxis->setRange(0, std::max(1.0, *std::max_element(counts.begin(), counts.end()) * 1.1));
    plot->replot();
}

} // namespace lupa::app
