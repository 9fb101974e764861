// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QUndoCommand>

namespace lupa::widgets {

class DefectTableModel;

/// One undoable decision of the operator on a defect: its status went from `before` to `after`. Once
/// the model shows another inspection's defects the command is obsolete and the stack drops it.
class DefectStatusCommand : public QUndoCommand {
public:
    DefectStatusCommand(DefectTableModel* model, int row, int before, int after);

    void redo() override;
    void undo() override;

private:
    /// Sets the status to `status` when the model still shows the same defects; else marks this obsolete.
    void apply(int status);

    DefectTableModel* m_model;
    int m_row;
    int m_before;
    int m_after;
    int m_generation; ///< the model's generation (set of rows) the decision was made on
};

} // namespace lupa::widgets
