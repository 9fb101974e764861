// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/DemoEvent.hpp>

#include <QWidget>

#include <vector>

class QCPBars;

namespace lupa::widgets {
class PlotView;
}

namespace lupa::app {

/// A histogram of the hits' transverse radius r = sqrt(x² + y²) [mm]: barrel layers show as peaks.
class HitHistogram : public QWidget {
    Q_OBJECT

public:
    /// Number of bins between 0 and the largest radius.
    static constexpr int kBins = 80;

    explicit HitHistogram(QWidget* parent = nullptr);

    /// Fills the histogram with these hits (replacing the previous ones).
    void setHits(const std::vector<DemoHit>& hits);

    /// Number of hits counted in the histogram.
    [[nodiscard]] double entries() const { return m_entries; }
    [[nodiscard]] widgets::PlotView* view() const { return m_view; }

private:
    widgets::PlotView* m_view;
    QCPBars* m_bars;
    double m_entries = 0;
};

} // namespace lupa::app
