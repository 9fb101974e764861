// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "LatentSpacePanel.hpp"

#include "AnomalyPlotStyle.hpp"
#include "QCustomPlotInclude.hpp"

#include <lupa/widgets/PlotView.hpp>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lupa::app {
namespace {

void addScatter(QCustomPlot* plot, const ScoredSample& sample, int x, int y, const QColor& colour) {
    QCPGraph* graph = plot->addGraph();
    graph->setName(QString::fromStdString(sample.name));
    graph->setLineStyle(QCPGraph::lsNone);
    QColor fill = colour;
    fill.setAlpha(110);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, fill, fill, 4));
    graph->setPen(QPen(colour));
    const auto& latent = sample.latent;
    if (latent.rowSize() <= std::max(x, y))
        return;
    QVector<double> xs;
    QVector<double> ys;
    for (std::int64_t r = 0; r < latent.rowCount(); ++r) {
        const auto row = latent.row(r);
        xs.append(row[static_cast<std::size_t>(x)]);
        ys.append(row[static_cast<std::size_t>(y)]);
    }
    graph->setData(xs, ys);
}

} // namespace

LatentSpacePanel::LatentSpacePanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new widgets::PlotView(this))
    , m_x(new QSpinBox(this))
    , m_y(new QSpinBox(this))
    , m_signal(new QComboBox(this)) {
    m_x->setRange(0, 0);
    m_y->setRange(0, 0);
    m_view->plot()->legend->setVisible(true);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Horizontal dimension:"), this));
    controls->addWidget(m_x);
    controls->addWidget(new QLabel(tr("Vertical dimension:"), this));
    controls->addWidget(m_y);
    controls->addWidget(new QLabel(tr("Signal:"), this));
    controls->addWidget(m_signal, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    connect(m_x, &QSpinBox::valueChanged, this, &LatentSpacePanel::redraw);
    connect(m_y, &QSpinBox::valueChanged, this, &LatentSpacePanel::redraw);
    connect(m_signal, &QComboBox::currentIndexChanged, this, &LatentSpacePanel::redraw);
}

QCustomPlot* LatentSpacePanel::plot() const {
    return m_view->plot();
}

void LatentSpacePanel::showEvaluation(std::shared_ptr<const AnomalyEvaluation> evaluation) {
    m_evaluation = std::move(evaluation);
    {
        const QSignalBlocker blockX(m_x), blockY(m_y), blockSignal(m_signal);
        const auto latentSize =
            m_evaluation->samples.empty() ? 1 : m_evaluation->samples.front().latent.rowSize();
        const int last = static_cast<int>(std::max<std::int64_t>(latentSize, 1)) - 1;
        m_x->setRange(0, last);
        m_y->setRange(0, last);
        if (m_x->value() == m_y->value())
            m_y->setValue(std::min(1, last));
        m_signal->clear();
        m_signal->addItem(tr("All signals"));
        for (std::size_t k = 1; k < m_evaluation->samples.size(); ++k)
            m_signal->addItem(QString::fromStdString(m_evaluation->samples[k].name));
        m_signal->setCurrentIndex(m_signal->count() > 1 ? 1 : 0); // one signal at a time reads best
    }
    redraw();
}

void LatentSpacePanel::setDimensions(int x, int y) {
    {
        const QSignalBlocker blockX(m_x), blockY(m_y);
        m_x->setValue(x);
        m_y->setValue(y);
    }
    redraw();
}

void LatentSpacePanel::redraw() {
    QCustomPlot* plot = m_view->plot();
    plot->clearGraphs();
    if (m_evaluation && !m_evaluation->samples.empty()) {
        const int x = m_x->value();
        const int y = m_y->value();
        addScatter(plot, m_evaluation->samples.front(), x, y, anomalyplots::backgroundColour());
        const int chosen = m_signal->currentIndex();
        for (std::size_t k = 1; k < m_evaluation->samples.size(); ++k)
            if (chosen <= 0 || static_cast<std::size_t>(chosen) == k)
                addScatter(plot, m_evaluation->samples[k], x, y,
                           anomalyplots::sampleColour(static_cast<int>(k)));
        plot->xAxis->setLabel(tr("latent dimension %1").arg(x));
        plot->yAxis->setLabel(tr("latent dimension %1").arg(y));
        plot->rescaleAxes();
    }
    plot->replot();
}

} // namespace lupa::app
