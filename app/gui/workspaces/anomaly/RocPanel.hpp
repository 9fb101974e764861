// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/anomaly/Evaluation.hpp>

#include <QWidget>

#include <vector>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace lupa::widgets {
class PlotView;
}

namespace lupa::app {

/// ROC curves of every signal on one plot (false-positive rate on a log axis, the trigger rate at
/// 40 MHz on the top axis) above a table of each signal's AUC ± its bootstrap uncertainty and the
/// true-positive rate at FPR 1e-3, 1e-4 and 1e-5, working points the background sample is too
/// small to reach marked "limited by statistics".
class RocPanel : public QWidget {
    Q_OBJECT
public:
    /// Columns of table(): signal, events, AUC, ±, then one per working point.
    enum Column { SignalColumn, EventsColumn, AucColumn, AucErrorColumn, FirstTprColumn };

    explicit RocPanel(QWidget* parent = nullptr);

    /// Shows the evaluations (one graph and one table row per signal, in order).
    void showSignals(const std::vector<anomaly::SignalEvaluation>& signalEvaluations);

    [[nodiscard]] QCustomPlot* plot() const;
    [[nodiscard]] widgets::PlotView* plotView() const { return m_view; }
    /// The summary table; cells hold their number under Qt::UserRole.
    [[nodiscard]] QTableWidget* table() const { return m_table; }

private:
    void drawCurves(const std::vector<anomaly::SignalEvaluation>& signalEvaluations);
    void drawWorkingPoints(const std::vector<double>& fprs);
    void fillTable(const std::vector<anomaly::SignalEvaluation>& signalEvaluations);

    widgets::PlotView* m_view;
    QTableWidget* m_table;
    QLabel* m_note;
};

} // namespace lupa::app
