// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "RegionEditCommand.hpp"

#include <lupa/widgets/inspection/RegionListModel.hpp>

namespace lupa::widgets {
namespace {

constexpr int kMoveCommandId = 0x4c75; // any id unique among lupa's undo commands

} // namespace

RegionEditCommand::RegionEditCommand(RegionListModel* model, int row, std::optional<RegionShape> before,
                                     std::optional<RegionShape> after, const QString& text, int dragId)
    : QUndoCommand(text)
    , m_model(model)
    , m_row(row)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_dragId(dragId) {}

void RegionEditCommand::redo() {
    apply(m_before, m_after);
}

void RegionEditCommand::undo() {
    apply(m_after, m_before);
}

void RegionEditCommand::apply(const std::optional<RegionShape>& from, const std::optional<RegionShape>& to) {
    if (!from && to)
        m_model->insert(m_row, *to);
    else if (from && !to)
        m_model->remove(m_row);
    else if (to)
        m_model->replace(m_row, *to);
}

int RegionEditCommand::id() const {
    return m_dragId > 0 ? kMoveCommandId : -1;
}

bool RegionEditCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const RegionEditCommand*>(other);
    if (next == nullptr || next->m_dragId != m_dragId || next->m_row != m_row || next->m_model != m_model)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace lupa::widgets
