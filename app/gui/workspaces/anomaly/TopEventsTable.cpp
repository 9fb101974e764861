// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TopEventsTable.hpp"

#include "AnomalyPlotStyle.hpp"

#include <QHeaderView>

#include <cmath>

namespace lupa::app {
namespace {

QTableWidgetItem* topEventNumberItem(double value) {
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value); // sorts as a number
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

TopEventsTable::TopEventsTable(QWidget* parent)
    : QTableWidget(parent) {
    setObjectName(QStringLiteral("topEventsTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->setVisible(false);
    setToolTip(tr("The highest-scoring events of all samples; the feature column names the input the "
                  "autoencoder reconstructs worst"));
}

void TopEventsTable::showEvaluation(const AnomalyEvaluation& evaluation) {
    setSortingEnabled(false);
    clear();
    const QStringList headers{tr("Rank"),  tr("Sample"),          tr("Event"),
                              tr("Score"), tr("Leading feature"), tr("Share of score [%]")};
    setColumnCount(static_cast<int>(headers.size()));
    setHorizontalHeaderLabels(headers);
    setRowCount(static_cast<int>(evaluation.topEvents.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const auto& e = evaluation.topEvents[static_cast<std::size_t>(row)];
        setItem(row, RankColumn, topEventNumberItem(row + 1));
        auto* sample = new QTableWidgetItem(QString::fromStdString(evaluation.samples[e.sample].name));
        sample->setForeground(anomalyplots::sampleColour(static_cast<int>(e.sample)));
        setItem(row, SampleColumn, sample);
        setItem(row, EventColumn, topEventNumberItem(static_cast<double>(e.event)));
        setItem(row, ScoreColumn, topEventNumberItem(QString::number(e.score, 'g', 5).toDouble()));
        setItem(row, FeatureColumn, new QTableWidgetItem(QString::fromStdString(e.topFeature)));
        setItem(row, ShareColumn, topEventNumberItem(std::round(e.topShare * 1000) / 10));
    }
    setSortingEnabled(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace lupa::app
