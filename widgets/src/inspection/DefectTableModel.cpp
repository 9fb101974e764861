// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "DefectStatusCommand.hpp"

#include <lupa/widgets/inspection/DefectTableModel.hpp>

#include <QBrush>
#include <QColor>
#include <QUndoStack>

namespace lupa::widgets {
namespace {

bool isStatus(int status) {
    return status >= kDefectOpen && status <= kDefectOverruled;
}

} // namespace

DefectTableModel::DefectTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DefectTableModel::setRows(std::vector<DefectRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    ++m_generation;
    endResetModel();
}

const DefectRow& DefectTableModel::defect(int row) const {
    return m_rows.at(static_cast<std::size_t>(row));
}

QString DefectTableModel::statusName(int status) {
    switch (status) {
    case kDefectOpen:
        return tr("open");
    case kDefectConfirmed:
        return tr("confirmed");
    case kDefectOverruled:
        return tr("overruled");
    default:
        return tr("unknown");
    }
}

int DefectTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DefectTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DefectTableModel::displayText(const DefectRow& defect, int column) const {
    switch (column) {
    case IdColumn:
        return defect.id;
    case ClassColumn:
        return defect.className.isEmpty() ? tr("unclassified") : defect.className;
    case ConfidenceColumn:
        return QString::number(defect.confidence, 'f', 2);
    case AreaPxColumn:
        return QString::number(defect.areaPx, 'f', 0);
    case AreaMm2Column: // 0 means the pixel scale is unknown
        return defect.areaMm2 > 0 ? QString::number(defect.areaMm2, 'g', 3) : QStringLiteral("–");
    case PeakScoreColumn:
        return QString::number(defect.peakScore, 'f', 2);
    case RegionColumn:
        return defect.region.isEmpty() ? tr("(none)") : defect.region;
    case StatusColumn:
        return statusName(defect.status);
    default:
        return {};
    }
}

QVariant DefectTableModel::sortValue(const DefectRow& defect, int column) {
    switch (column) {
    case IdColumn:
        return defect.id;
    case ClassColumn:
        return defect.className;
    case ConfidenceColumn:
        return defect.confidence;
    case AreaPxColumn:
        return defect.areaPx;
    case AreaMm2Column:
        return defect.areaMm2;
    case PeakScoreColumn:
        return defect.peakScore;
    case RegionColumn:
        return defect.region;
    case StatusColumn:
        return defect.status;
    default:
        return {};
    }
}

QVariant DefectTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const DefectRow& row = defect(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::EditRole:
        return index.column() == StatusColumn ? QVariant(row.status) : displayText(row, index.column());
    case Qt::UserRole:
        return sortValue(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == ClassColumn || index.column() == RegionColumn ||
                       index.column() == StatusColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return row.status == kDefectOverruled ? QVariant(QBrush(Qt::gray)) : QVariant();
    default:
        return {};
    }
}

QVariant DefectTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case ClassColumn:
        return tr("Class");
    case ConfidenceColumn:
        return tr("Confidence");
    case AreaPxColumn:
        return tr("Area (px)");
    case AreaMm2Column:
        return tr("Area (mm²)");
    case PeakScoreColumn:
        return tr("Peak score");
    case RegionColumn:
        return tr("Region");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags DefectTableModel::flags(const QModelIndex& index) const {
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() && index.column() == StatusColumn ? base | Qt::ItemIsEditable : base;
}

bool DefectTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.column() != StatusColumn ||
        index.row() >= rowCount())
        return false;
    int status = -1;
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    if (isNumber)
        status = number;
    for (int candidate = kDefectOpen; !isNumber && candidate <= kDefectOverruled; ++candidate)
        if (value.toString() == statusName(candidate))
            status = candidate;
    if (!isStatus(status))
        return false;
    const int before = m_rows[static_cast<std::size_t>(index.row())].status;
    if (before == status)
        return true;
    if (m_undoStack != nullptr)
        m_undoStack->push(new DefectStatusCommand(this, index.row(), before, status)); // applies it
    else
        applyStatus(index.row(), status);
    return true;
}

void DefectTableModel::applyStatus(int row, int status) {
    if (row < 0 || row >= rowCount() || !isStatus(status))
        return;
    DefectRow& defect = m_rows[static_cast<std::size_t>(row)];
    defect.status = status;
    const QModelIndex cell = index(row, StatusColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::EditRole, Qt::UserRole});
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::ForegroundRole});
    Q_EMIT statusEdited(row, defect.id, status);
}

} // namespace lupa::widgets
