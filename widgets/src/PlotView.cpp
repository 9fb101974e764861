// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AtomicSave.hpp"
#include "QCustomPlotInclude.hpp"

#include <lupa/widgets/PlotView.hpp>

#include <QFileInfo>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace lupa::widgets {

PlotView::PlotView(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

QCustomPlot* PlotView::plot() const {
    return m_plot;
}

bool PlotView::writeSvg(const QString& path, int width, int height) const {
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(tr("lupa plot"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_plot->toPainter(&painter, width, height);
    return painter.end();
}

lupa::Result<void> PlotView::exportTo(const QString& path, int widthPx, int heightPx) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int width = widthPx > 0 ? widthPx : std::max(m_plot->width(), 1);
    const int height = heightPx > 0 ? heightPx : std::max(m_plot->height(), 1);
    if (suffix == QLatin1String("png"))
        return writeAtomically(path, tr("PNG picture"), [&](const QString& temporary) {
            return m_plot->saveRastered(temporary, width, height, 1.0, "PNG");
        });
    if (suffix == QLatin1String("pdf"))
        return writeAtomically(path, tr("PDF document"), [&](const QString& temporary) {
            return m_plot->savePdf(temporary, width, height);
        });
    if (suffix == QLatin1String("svg"))
        return writeAtomically(path, tr("SVG picture"),
                               [&](const QString& temporary) { return writeSvg(temporary, width, height); });
    return lupa::Error::usage(
        tr("cannot export a plot as '.%1': use .png, .pdf or .svg").arg(suffix).toStdString());
}

} // namespace lupa::widgets
