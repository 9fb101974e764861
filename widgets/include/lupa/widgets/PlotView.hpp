// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <QString>
#include <QWidget>

class QCustomPlot;

namespace lupa::widgets {

/// A 2D plot (QCustomPlot) that exports itself as PNG, PDF or SVG. Fill it through plot(); code that
/// does so includes <qcustomplot.h> and links QCustomPlotQt6::QCustomPlotQt6.
class PlotView : public QWidget {
    Q_OBJECT
public:
    /// An empty plot with interactive range dragging and zooming.
    explicit PlotView(QWidget* parent = nullptr);

    /// The plot itself (owned by this view).
    [[nodiscard]] QCustomPlot* plot() const;

    /// Writes the plot to `path` atomically, in the format its suffix names: .png, .pdf or .svg.
    /// @param widthPx,heightPx size of the picture [pixels; points for PDF]; 0 means the widget's size
    /// @return Usage error for another suffix, Io error when the file cannot be written
    lupa::Result<void> exportTo(const QString& path, int widthPx = 0, int heightPx = 0);

private:
    [[nodiscard]] bool writeSvg(const QString& path, int width, int height) const;

    QCustomPlot* m_plot;
};

} // namespace lupa::widgets
