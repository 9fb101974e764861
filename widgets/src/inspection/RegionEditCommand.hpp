// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/widgets/inspection/RegionShape.hpp>

#include <QUndoCommand>

#include <optional>

namespace lupa::widgets {

class RegionListModel;

/// One undoable edit of a RegionListModel row: an insertion (no `before`), a removal (no `after`) or a
/// replacement (a move or a rename). Successive moves of one drag merge into a single command.
class RegionEditCommand : public QUndoCommand {
public:
    /// `dragId` > 0 marks a move that merges with the previous command of the same row and drag.
    RegionEditCommand(RegionListModel* model, int row, std::optional<RegionShape> before,
                      std::optional<RegionShape> after, const QString& text, int dragId = 0);

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    /// Makes the model's `m_row` go from `from` to `to`.
    void apply(const std::optional<RegionShape>& from, const std::optional<RegionShape>& to);

    RegionListModel* m_model;
    int m_row;
    std::optional<RegionShape> m_before;
    std::optional<RegionShape> m_after;
    int m_dragId;
};

} // namespace lupa::widgets
