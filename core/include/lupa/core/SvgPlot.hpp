// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <string>
#include <vector>

/// Plots as SVG text, for the headless `lupa-cli` (the GUI draws with QCustomPlot, which needs a Qt
/// application). SVG goes into slides and papers as it is and converts to PDF/PNG losslessly
/// (e.g. rsvg-convert, Inkscape). Colours are the Okabe-Ito palette, safe for colour-blind readers.
namespace lupa::svg {

/// One histogram of a plot over the plot's bin edges.
struct HistogramSeries {
    std::string label;
    std::vector<double> values; ///< one per bin
    std::vector<double> errors; ///< one per bin, or empty for none
    bool filled = false;        ///< drawn as a filled area (the reference) instead of a step line
};

/// Histograms over the same bins with an optional ratio panel (each series / the first).
struct HistogramPlot {
    std::string title;
    std::string xTitle;
    std::string yTitle = "normalised entries";
    std::vector<double> edges; ///< bin edges, ascending
    std::vector<HistogramSeries> series;
    bool logX = false;
    bool logY = false;
    bool ratioPanel = true;
    std::vector<std::string> notes; ///< lines printed under the legend (e.g. metrics)
};

/// The plot as a standalone SVG document of `width` x `height` pixels.
[[nodiscard]] std::string renderHistogramPlot(const HistogramPlot& plot, int width = 640, int height = 600);

/// One curve of a line plot.
struct LineSeries {
    std::string label;
    std::vector<double> x, y;
};

/// Curves over linear axes from 0 to 1 (e.g. ROC curves), with the diagonal y = x when `diagonal`.
struct LinePlot {
    std::string title, xTitle, yTitle;
    std::vector<LineSeries> series;
    bool diagonal = true;
    std::vector<std::string> notes;
};

/// The plot as a standalone SVG document.
[[nodiscard]] std::string renderLinePlot(const LinePlot& plot, int width = 560, int height = 560);

/// One calorimeter layer drawn as a polar map: radial x angular bins.
struct PolarLayer {
    std::string title;
    std::vector<double> radialEdges; ///< [mm], ascending
    int angularBins = 1;
    std::vector<double> values; ///< angular bin slow, radial bin fast
};

/// Layers side by side in a grid of `columns`, one shared logarithmic colour scale (viridis) from
/// `minimum` to the largest value; radii drawn on a log scale when `logRadius` (as the CaloChallenge
/// images of dataset 1 do).
[[nodiscard]] std::string renderPolarLayers(const std::string& title, const std::vector<PolarLayer>& layers,
                                            double minimum, bool logRadius, int columns = 5);

/// The i-th colour of the palette as "#rrggbb".
[[nodiscard]] std::string paletteColour(std::size_t index);

} // namespace lupa::svg
