// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "DefectStatusCommand.hpp"

#include <lupa/widgets/inspection/DefectTableModel.hpp>

namespace lupa::widgets {

DefectStatusCommand::DefectStatusCommand(DefectTableModel* model, int row, int before, int after)
    : QUndoCommand(DefectTableModel::tr("Mark defect %1 %2")
                       .arg(model->defect(row).id)
                       .arg(DefectTableModel::statusName(after)))
    , m_model(model)
    , m_row(row)
    , m_before(before)
    , m_after(after)
    , m_generation(model->generation()) {}

void DefectStatusCommand::redo() {
    apply(m_after);
}

void DefectStatusCommand::undo() {
    apply(m_before);
}

void DefectStatusCommand::apply(int status) {
    if (m_model->generation() != m_generation || m_row >= m_model->rowCount()) {
        setObsolete(true);
        return;
    }
    m_model->applyStatus(m_row, status);
}

} // namespace lupa::widgets
