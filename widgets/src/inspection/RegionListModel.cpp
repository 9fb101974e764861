// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/widgets/inspection/RegionListModel.hpp>

#include <algorithm>

namespace lupa::widgets {

RegionListModel::RegionListModel(QObject* parent)
    : QAbstractListModel(parent) {}

int RegionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant RegionListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !contains(index.row()))
        return {};
    const RegionShape& region = shape(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return region.name;
    case Qt::ToolTipRole:
        return tr("%1 (%2, %n vertices)", nullptr, static_cast<int>(region.polygon.size()))
            .arg(region.name, region.kind);
    case KindRole:
        return region.kind;
    case PolygonRole:
        return QVariant::fromValue(region.polygon);
    default:
        return {};
    }
}

QHash<int, QByteArray> RegionListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(PolygonRole, "polygon");
    return names;
}

const RegionShape& RegionListModel::shape(int row) const {
    return m_shapes.at(static_cast<std::size_t>(row));
}

void RegionListModel::insert(int row, const RegionShape& shape) {
    row = std::clamp(row, 0, count());
    beginInsertRows({}, row, row);
    m_shapes.insert(m_shapes.begin() + row, shape);
    endInsertRows();
}

void RegionListModel::remove(int row) {
    if (!contains(row))
        return;
    beginRemoveRows({}, row, row);
    m_shapes.erase(m_shapes.begin() + row);
    endRemoveRows();
}

void RegionListModel::replace(int row, const RegionShape& shape) {
    if (!contains(row))
        return;
    m_shapes[static_cast<std::size_t>(row)] = shape;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void RegionListModel::reset(std::vector<RegionShape> shapes) {
    beginResetModel();
    m_shapes = std::move(shapes);
    endResetModel();
}

} // namespace lupa::widgets
