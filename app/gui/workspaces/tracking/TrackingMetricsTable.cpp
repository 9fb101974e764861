// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TrackingMetricsTable.hpp"

#include <QHeaderView>

#include <cmath>
#include <limits>

namespace lupa::app {
namespace {

QString trackingPercent(double fraction) {
    return QStringLiteral("%1 %").arg(100.0 * fraction, 0, 'f', 1);
}

} // namespace

TrackingMetricsTable::TrackingMetricsTable(QWidget* parent)
    : QTableWidget(RowCount, 2, parent) {
    setObjectName(QStringLiteral("trackingMetrics"));
    setHorizontalHeaderLabels({methodName(TrackingMethod::Baseline), methodName(TrackingMethod::Gnn)});
    setVerticalHeaderLabels({tr("TrackML score"), tr("Efficiency (pT > 1 GeV)"), tr("Fake rate"),
                             tr("Duplicate rate"), tr("Tracks"), tr("Reconstruction time")});
    verticalHeaderItem(ScoreRow)->setToolTip(
        tr("Weighted share of the hits on good tracks (more than half of a track's hits from one particle, "
           "which has more than half of its hits on the track)"));
    verticalHeaderItem(EfficiencyRow)
        ->setToolTip(tr("Particles with pT > 1 GeV, |η| < 4 and at least 4 hits that a track matches "
                        "(more than half of its hits are theirs)"));
    verticalHeaderItem(FakeRateRow)->setToolTip(tr("Tracks of at least 3 hits matched to no particle"));
    verticalHeaderItem(DuplicateRateRow)
        ->setToolTip(tr("Matched tracks beyond the first of their particle, per matched track"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    clearOutcomes();
}

void TrackingMetricsTable::showOutcome(const TrackingOutcome& outcome) {
    const int column = static_cast<int>(outcome.method);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QString none = outcome.scoreNote.isEmpty() ? QStringLiteral("–") : outcome.scoreNote;
    if (outcome.score)
        setNumber(ScoreRow, column, outcome.score->score, QString::number(outcome.score->score, 'f', 4));
    else
        setNumber(ScoreRow, column, nan, none);
    if (outcome.metrics) {
        const auto& m = *outcome.metrics;
        setNumber(EfficiencyRow, column, m.efficiency,
                  tr("%1 (%2 of %3)")
                      .arg(trackingPercent(m.efficiency))
                      .arg(m.matchedParticles)
                      .arg(m.selectedParticles));
        setNumber(FakeRateRow, column, m.fakeRate,
                  tr("%1 (%2 of %3)").arg(trackingPercent(m.fakeRate)).arg(m.fakeTracks).arg(m.tracks));
        setNumber(DuplicateRateRow, column, m.duplicateRate,
                  tr("%1 (%2 of %3)")
                      .arg(trackingPercent(m.duplicateRate))
                      .arg(m.duplicateTracks)
                      .arg(m.matchedTracks));
    } else {
        for (const int row : {EfficiencyRow, FakeRateRow, DuplicateRateRow})
            setNumber(row, column, nan, none);
    }
    setNumber(TracksRow, column, static_cast<double>(outcome.tracks),
              tr("%1 (from %2 hits)").arg(outcome.tracks).arg(outcome.hits));
    setNumber(SecondsRow, column, outcome.seconds, tr("%1 s").arg(outcome.seconds, 0, 'f', 3));
    setColumnHidden(column, false);
}

void TrackingMetricsTable::clearOutcomes() {
    for (int column = 0; column < columnCount(); ++column) {
        for (int row = 0; row < RowCount; ++row)
            delete takeItem(row, column);
        setColumnHidden(column, true);
    }
}

double TrackingMetricsTable::value(Row row, TrackingMethod method) const {
    const QTableWidgetItem* cell = item(row, static_cast<int>(method));
    return cell ? cell->data(Qt::UserRole).toDouble() : std::numeric_limits<double>::quiet_NaN();
}

void TrackingMetricsTable::setNumber(int row, int column, double value, const QString& text) {
    auto* cell = new QTableWidgetItem(text);
    cell->setData(Qt::UserRole, value);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setItem(row, column, cell);
}

} // namespace lupa::app
