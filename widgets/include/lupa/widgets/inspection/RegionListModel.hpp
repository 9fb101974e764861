// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/widgets/inspection/RegionShape.hpp>

#include <QAbstractListModel>

#include <vector>

namespace lupa::widgets {

/// The regions of interest of an InspectionImageView as a read-only list model (one row per region,
/// the name as display text). Edits go through the view's undo stack, which calls insert/remove/replace.
class RegionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    /// Extra data roles beside Qt::DisplayRole (the name).
    enum Role {
        KindRole = Qt::UserRole + 1, ///< RegionShape::kind (QString)
        PolygonRole,                 ///< RegionShape::polygon (QPolygonF, image px)
    };

    explicit RegionListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(m_shapes.size()); }
    /// The region in `row` (0 <= row < count()).
    [[nodiscard]] const RegionShape& shape(int row) const;
    [[nodiscard]] const std::vector<RegionShape>& shapes() const { return m_shapes; }

    /// Puts `shape` at `row` (clamped to [0, count()]).
    void insert(int row, const RegionShape& shape);
    /// Removes `row`; nothing happens for a row out of range.
    void remove(int row);
    /// Replaces the region in `row` (a move or a rename); nothing happens for a row out of range.
    void replace(int row, const RegionShape& shape);
    /// Replaces every region.
    void reset(std::vector<RegionShape> shapes);

private:
    [[nodiscard]] bool contains(int row) const { return row >= 0 && row < count(); }

    std::vector<RegionShape> m_shapes;
};

} // namespace lupa::widgets
