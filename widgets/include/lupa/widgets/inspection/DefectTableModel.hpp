// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/widgets/inspection/DefectRow.hpp>

#include <QAbstractTableModel>

#include <vector>

class QUndoStack;

namespace lupa::widgets {

/// The defects of one inspected image as a table: id, class, confidence, area (px and mm²), peak score,
/// region, status. Only the status is editable (open / confirmed / overruled), undoably when an undo stack
/// is set; an edit, its undo and its redo emit statusEdited.
/// Qt::UserRole gives the raw numbers for sorting (set it as a QSortFilterProxyModel's sortRole).
class DefectTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The columns, in order.
    enum Column {
        IdColumn,
        ClassColumn,
        ConfidenceColumn,
        AreaPxColumn,
        AreaMm2Column,
        PeakScoreColumn,
        RegionColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit DefectTableModel(QObject* parent = nullptr);

    /// Replaces all rows (a new generation: undo steps of the earlier rows become obsolete).
    void setRows(std::vector<DefectRow> rows);
    /// Status edits through setData become undoable steps on `stack` (nullptr: not undoable).
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    /// Counts setRows calls: which set of defects an undo step belongs to.
    [[nodiscard]] int generation() const { return m_generation; }
    /// Sets the status of `row` (a DefectStatus) without recording an undo step; emits statusEdited.
    void applyStatus(int row, int status);
    [[nodiscard]] const std::vector<DefectRow>& rows() const { return m_rows; }
    /// The defect in `row` (0 <= row < rowCount()).
    [[nodiscard]] const DefectRow& defect(int row) const;

    /// The translated name of a DefectStatus ("open", "confirmed", "overruled").
    [[nodiscard]] static QString statusName(int status);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Sets the status of a row from a DefectStatus number or its statusName(); other cells are read-only.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// The operator changed the status of the defect in `row` (id `defectId`) to `status` (a DefectStatus).
    void statusEdited(int row, int defectId, int status);

private:
    [[nodiscard]] QVariant displayText(const DefectRow& defect, int column) const;
    [[nodiscard]] static QVariant sortValue(const DefectRow& defect, int column);

    std::vector<DefectRow> m_rows;
    QUndoStack* m_undoStack = nullptr;
    int m_generation = 0;
};

} // namespace lupa::widgets
