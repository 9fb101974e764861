// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "AnomalyAnalysis.hpp"

#include <QWidget>

#include <vector>

class QCustomPlot;

namespace lupa::widgets {
class PlotView;
}

namespace lupa::app {

/// The distribution of the anomaly score of every sample (background and each signal), each
/// normalised to unit area, on logarithmic axes.
class ScoreHistogramPanel : public QWidget {
    Q_OBJECT
public:
    /// Bins of every histogram (log-spaced over the scores' range).
    static constexpr int kBins = 60;

    explicit ScoreHistogramPanel(QWidget* parent = nullptr);

    /// Draws one histogram per sample (samples[0] is the background).
    void showSamples(const std::vector<ScoredSample>& samples);

    [[nodiscard]] QCustomPlot* plot() const;

private:
    widgets::PlotView* m_view;
};

} // namespace lupa::app
