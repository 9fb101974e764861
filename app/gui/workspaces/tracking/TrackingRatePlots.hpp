// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "TrackingJobs.hpp"

#include <lupa/core/tracking/BinnedRate.hpp>

#include <QWidget>

class QCustomPlot;

namespace lupa::widgets {
class PlotView;
}

namespace lupa::app {

/// A rate (efficiency or fake rate) of each reconstruction, versus pT (log axis) beside versus eta:
/// points at the bin centres with binomial error bars, one colour per method.
class TrackingRatePlots : public QWidget {
    Q_OBJECT
public:
    /// @param rateLabel the y axis' title ("efficiency")
    TrackingRatePlots(const QString& rateLabel, QWidget* parent = nullptr);

    /// Shows the rates of `method` (replaces what it showed before).
    /// @param versusPt the rate in bins of pT [GeV]
    /// @param versusEta the rate in bins of eta
    void showRates(TrackingMethod method, const tracking::BinnedRate& versusPt,
                   const tracking::BinnedRate& versusEta);
    /// Empties both plots.
    void clearRates();

    [[nodiscard]] QCustomPlot* ptPlot() const;
    [[nodiscard]] QCustomPlot* etaPlot() const;

private:
    widgets::PlotView* m_pt;
    widgets::PlotView* m_eta;
};

} // namespace lupa::app
