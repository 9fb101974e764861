// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "TrackingJobs.hpp"

#include <QTableWidget>

class QLabel;

namespace lupa::app {

/// The scores of the chosen event, one column per reconstruction (Baseline, GNN), side by side once
/// both ran: TrackML score, efficiency, fake and duplicate rate, tracks and reconstruction time. Each
/// number is also kept as Qt::UserRole data (a double).
class TrackingMetricsTable : public QTableWidget {
    Q_OBJECT
public:
    /// The rows.
    enum Row { ScoreRow, EfficiencyRow, FakeRateRow, DuplicateRateRow, TracksRow, SecondsRow, RowCount };

    explicit TrackingMetricsTable(QWidget* parent = nullptr);

    /// Fills the column of `outcome.method` and shows it.
    void showOutcome(const TrackingOutcome& outcome);
    /// Empties and hides both columns (another event was chosen).
    void clearOutcomes();
    /// The number in `row` for `method`, NaN when there is none.
    [[nodiscard]] double value(Row row, TrackingMethod method) const;

private:
    void setNumber(int row, int column, double value, const QString& text);
};

} // namespace lupa::app
