// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/widgets/PlotView.hpp>

#include <QColor>
#include <QString>

#include <vector>

class QCPAxisRect;

namespace lupa::widgets {

/// One histogram of a comparison: contents per bin with their uncertainties, already normalised as
/// the caller wants them shown (e.g. to unit area).
struct HistogramSeries {
    QString label;              ///< legend text, e.g. "GEANT4" or a file name
    std::vector<double> values; ///< one per bin
    std::vector<double> errors; ///< one per bin (statistical uncertainty); empty = none drawn
};

/// How a comparison is drawn.
struct HistogramComparisonStyle {
    QString xLabel;        ///< with units, e.g. "E_tot / E_inc"
    QString yLabel;        ///< e.g. "normalised entries"
    bool logX = false;     ///< logarithmic x axis (all edges must be > 0)
    bool logY = false;     ///< logarithmic y axis (empty bins are left out)
    double ratioMin = 0.5; ///< range of the ratio panel
    double ratioMax = 1.5;
};

/// Histograms of a reference and several candidates over the same bins, drawn as steps with error
/// bars, with a ratio panel (candidate / reference) below that shares the x axis: the plot a
/// physicist shows to compare generated showers with GEANT4. Exports like PlotView (PNG, PDF, SVG).
class HistogramComparisonPlot : public PlotView {
    Q_OBJECT
public:
    explicit HistogramComparisonPlot(QWidget* parent = nullptr);

    /// Replaces what is shown. `edges` are the bin edges (bins + 1, ascending); every series must have
    /// one value per bin. A Usage error (and nothing changes) when sizes or edges are inconsistent.
    lupa::Result<void> setHistograms(const std::vector<double>& edges, const HistogramSeries& reference,
                                     const std::vector<HistogramSeries>& candidates,
                                     const HistogramComparisonStyle& style);

    /// The ratios candidate / reference drawn for candidate `index` (NaN where the reference is empty).
    [[nodiscard]] const std::vector<double>& ratios(std::size_t index) const { return m_ratios.at(index); }
    /// The colour used for candidate `index` (the reference is black).
    [[nodiscard]] static QColor candidateColour(std::size_t index);

private:
    void setUpLayout();
    void drawSeries(const std::vector<double>& edges, const HistogramSeries& series, const QColor& colour,
                    bool inLegend);
    void drawUnitRatioLine();
    void drawRatio(const std::vector<double>& edges, const std::vector<double>& ratio,
                   const std::vector<double>& errors, const QColor& colour);
    void applyStyle(const HistogramComparisonStyle& style);

    QCPAxisRect* m_main = nullptr;
    QCPAxisRect* m_ratio = nullptr;
    std::vector<std::vector<double>> m_ratios;
    HistogramComparisonStyle m_style;
};

} // namespace lupa::widgets
