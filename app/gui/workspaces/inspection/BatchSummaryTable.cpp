// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "BatchSummaryTable.hpp"

#include "DefectPresentation.hpp"

#include <QFileInfo>
#include <QHeaderView>

namespace lupa::app {
namespace {

vision::Verdict verdictOf(const QString& text) {
    if (text == QLatin1String("PASS"))
        return vision::Verdict::Pass;
    if (text == QLatin1String("FAIL"))
        return vision::Verdict::Fail;
    return vision::Verdict::Review;
}

QTableWidgetItem* readOnlyItem(const QString& text) {
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

} // namespace

BatchSummaryTable::BatchSummaryTable(QWidget* parent)
    : QTableWidget(0, 3, parent) {
    setHorizontalHeaderLabels({tr("Image"), tr("Verdict"), tr("Defects")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    verticalHeader()->setVisible(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QTableWidget::cellClicked, this,
            [this](int row, int) { Q_EMIT resultRequested(imageAt(row)); });
    connect(this, &QTableWidget::cellActivated, this,
            [this](int row, int) { Q_EMIT resultRequested(imageAt(row)); });
}

void BatchSummaryTable::showSession(const std::vector<BatchEntry>& entries) {
    setRowCount(0);
    setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const BatchEntry& entry = entries[static_cast<std::size_t>(row)];
        auto* image = readOnlyItem(QFileInfo(entry.imagePath).fileName());
        image->setData(Qt::UserRole, entry.imagePath);
        image->setToolTip(entry.imagePath);
        setItem(row, 0, image);
        if (entry.error.isEmpty()) {
            auto* verdict = readOnlyItem(entry.verdict);
            verdict->setForeground(verdictColour(verdictOf(entry.verdict)));
            setItem(row, 1, verdict);
            setItem(row, 2, readOnlyItem(QString::number(entry.defects)));
        } else {
            auto* failure = readOnlyItem(tr("not inspected"));
            failure->setToolTip(entry.error);
            setItem(row, 1, failure);
            setItem(row, 2, readOnlyItem(entry.error));
        }
    }
}

QString BatchSummaryTable::imageAt(int row) const {
    const QTableWidgetItem* image = item(row, 0);
    return image ? image->data(Qt::UserRole).toString() : QString();
}

} // namespace lupa::app
