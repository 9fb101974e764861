// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "HitTable.hpp"

#include "EventSelection.hpp"
#include "HitTableModel.hpp"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace lupa::app {

HitTable::HitTable(EventSelection* selection, QWidget* parent)
    : QTableView(parent)
    , m_model(new HitTableModel(this))
    , m_selection(selection) {
    setObjectName(QStringLiteral("hitTable"));
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("-0000.000")) +
                                              12);
    // Particle ids have up to 19 digits.
    setColumnWidth(HitTableModel::ParticleColumn,
                   fontMetrics().horizontalAdvance(QStringLiteral("00000000000000000000")) + 12);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &HitTable::onRowsSelected);
    connect(m_selection, &EventSelection::changed, this, &HitTable::followSelection);
    updateColumns();
}

int HitTable::selectedRow() const {
    const QModelIndexList rows = selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void HitTable::updateColumns() {
    setColumnHidden(HitTableModel::ParticleColumn, !m_model->hasParticles());
    setColumnHidden(HitTableModel::PtColumn, !m_model->hasMomentum());
}

void HitTable::onRowsSelected() {
    m_selection->select(selectedRow());
}

void HitTable::followSelection(int index) {
    if (index == selectedRow())
        return;
    if (index < 0) {
        clearSelection();
        return;
    }
    const QModelIndex cell = m_model->index(index, HitTableModel::IdColumn);
    selectionModel()->select(cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selectionModel()->setCurrentIndex(cell, QItemSelectionModel::NoUpdate);
    scrollTo(cell, QAbstractItemView::PositionAtCenter);
}

} // namespace lupa::app
