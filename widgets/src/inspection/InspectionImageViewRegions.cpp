// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// InspectionImageView: regions of interest and their undoable edits.
#include "RegionEditCommand.hpp"

#include <lupa/widgets/inspection/InspectionImageView.hpp>
#include <lupa/widgets/inspection/RegionListModel.hpp>

#include <QUndoStack>

namespace lupa::widgets {

void InspectionImageView::setEditMode(EditMode mode) {
    m_editMode = mode;
    m_draft.clear();
    setMouseTracking(mode == EditMode::DrawRegion); // the rubber-band line follows the cursor
    setCursor(mode == EditMode::DrawRegion ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

const std::vector<RegionShape>& InspectionImageView::regions() const {
    return m_regions->shapes();
}

void InspectionImageView::setRegions(std::vector<RegionShape> regions) {
    m_undoStack->clear();
    m_selectedRegion = -1;
    m_regions->reset(std::move(regions));
}

void InspectionImageView::addRegion(const RegionShape& region) {
    m_undoStack->push(new RegionEditCommand(m_regions, m_regions->count(), std::nullopt, region,
                                            tr("Add region %1").arg(region.name)));
}

void InspectionImageView::removeRegion(int index) {
    if (index < 0 || index >= m_regions->count())
        return;
    const RegionShape& region = m_regions->shape(index);
    if (index == m_selectedRegion)
        m_selectedRegion = -1;
    m_undoStack->push(new RegionEditCommand(m_regions, index, region, std::nullopt,
                                            tr("Delete region %1").arg(region.name)));
}

void InspectionImageView::moveRegion(int index, const QPointF& offset) {
    if (index < 0 || index >= m_regions->count())
        return;
    RegionShape moved = m_regions->shape(index);
    moved.polygon.translate(offset);
    m_undoStack->push(new RegionEditCommand(m_regions, index, m_regions->shape(index), moved,
                                            tr("Move region %1").arg(moved.name)));
}

void InspectionImageView::renameRegion(int index, const QString& name) {
    if (index < 0 || index >= m_regions->count() || m_regions->shape(index).name == name)
        return;
    RegionShape renamed = m_regions->shape(index);
    renamed.name = name;
    m_undoStack->push(new RegionEditCommand(m_regions, index, m_regions->shape(index), renamed,
                                            tr("Rename region to %1").arg(name)));
}

void InspectionImageView::selectRegion(int index) {
    m_selectedRegion = index >= 0 && index < m_regions->count() ? index : -1;
    update();
}

bool InspectionImageView::finishDraft() {
    if (m_draft.size() < 3)
        return false;
    RegionShape region{tr("Region %1").arg(m_regions->count() + 1), m_newRegionKind, m_draft};
    m_draft.clear();
    addRegion(region);
    return true;
}

} // namespace lupa::widgets
