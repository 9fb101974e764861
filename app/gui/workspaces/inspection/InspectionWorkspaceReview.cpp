// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The Inspection workspace's review of a result: threshold, defect table and boxes in step, the
// operator's decisions, the QC record and its ITk export.
#include "../InspectionWorkspace.hpp"
#include "DefectPresentation.hpp"
#include "ImageConversion.hpp"
#include "InspectionControlPanel.hpp"
#include "InspectionOutcome.hpp"
#include "InspectionReport.hpp"
#include "InspectionViewPanel.hpp"
#include "ModuleForm.hpp"
#include "VerdictPanel.hpp"
#include "workspaces/FileKinds.hpp"

#include <lupa/vision/qc/ItkExport.hpp>
#include <lupa/widgets/inspection/DefectTableModel.hpp>
#include <lupa/widgets/inspection/InspectionImageView.hpp>

#include <QAction>
#include <QFileInfo>
#include <QSysInfo>
#include <QTableView>
#include <QUndoStack>

namespace lupa::app {

widgets::InspectionImageView* InspectionWorkspace::view() const {
    return m_viewPanel->view();
}

void InspectionWorkspace::applyThreshold(double scale) {
    if (!m_outcome)
        return;
    applyThresholdScale(*m_outcome, scale);
    m_record.reset(); // other defects: a save now is a new record
    refreshDefects();
    report(tr("Threshold × %1: %n defect(s), %2", nullptr, static_cast<int>(m_outcome->detections.size()))
               .arg(scale, 0, 'f', 2)
               .arg(QString::fromLatin1(vision::toString(m_outcome->verdict.verdict))));
}

void InspectionWorkspace::refreshDefects() {
    if (!m_outcome)
        return;
    const std::vector<int> open(m_outcome->detections.size(), widgets::kDefectOpen);
    m_defects->setRows(defectRows(*m_outcome, open));
    bool anyMm2 = false;
    bool anyRegion = false;
    for (const auto& detection : m_outcome->detections) {
        anyMm2 = anyMm2 || detection.areaMm2 > 0.0;
        anyRegion = anyRegion || !detection.region.empty();
    }
    m_table->setColumnHidden(widgets::DefectTableModel::AreaMm2Column, !anyMm2); // no pixel pitch known
    m_table->setColumnHidden(widgets::DefectTableModel::RegionColumn, !anyRegion);
    view()->setDefects(defectMarkers(*m_outcome, open));
    m_verdict->showVerdict(m_outcome->verdict);
    updateState();
}

std::vector<int> InspectionWorkspace::statuses() const {
    std::vector<int> status;
    for (const auto& row : m_defects->rows())
        status.push_back(row.status);
    return status;
}

/// The operator's decisions on defects and the region edits share the view's undo stack: Ctrl+Z and
/// Ctrl+Shift+Z (Ctrl+Y) anywhere in the workspace undo and redo the last of either.
void InspectionWorkspace::addUndoActions() {
    m_defects->setUndoStack(view()->undoStack());
    QAction* undo = view()->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = view()->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    for (QAction* action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

void InspectionWorkspace::onStatusEdited(int row, int status) {
    if (!m_outcome)
        return;
    view()->setDefects(defectMarkers(*m_outcome, statuses()));
    m_selecting = true;
    view()->selectDefect(row);
    m_selecting = false;
    report(tr("Defect %1 %2").arg(row + 1).arg(widgets::DefectTableModel::statusName(status)));
}

void InspectionWorkspace::onTableRowChanged(int row) {
    if (m_selecting)
        return;
    m_selecting = true;
    view()->selectDefect(row);
    m_selecting = false;
}

int InspectionWorkspace::selectedDefect() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}) ? current.row()
                                                                                            : -1;
}

bool InspectionWorkspace::setSelectedStatus(int status) {
    const int row = selectedDefect();
    if (row < 0)
        return false;
    return m_defects->setData(m_defects->index(row, widgets::DefectTableModel::StatusColumn), status);
}

bool InspectionWorkspace::confirmSelectedDefect() {
    return setSelectedStatus(widgets::kDefectConfirmed);
}

bool InspectionWorkspace::overruleSelectedDefect() {
    return setSelectedStatus(widgets::kDefectOverruled);
}

bool InspectionWorkspace::selectNextDefect() {
    const int rows = m_defects->rowCount();
    if (rows == 0)
        return false;
    m_table->selectRow((selectedDefect() + 1) % rows);
    m_table->setFocus();
    return true;
}

ModuleContext InspectionWorkspace::moduleContext() const {
    ModuleContext module = m_controls->moduleForm()->context();
    module.station = QSysInfo::machineHostName().toStdString();
    return module;
}

OperatorReview InspectionWorkspace::operatorReview() const {
    return {statuses(), m_verdict->verdictOverride().toStdString(), m_verdict->comment().toStdString()};
}

Result<std::int64_t> InspectionWorkspace::saveRecord() {
    if (!m_outcome)
        return Error::usage(tr("run an inspection before saving its record").toStdString());
    auto id = m_record.save(files::toPath(qcDatabasePath()), *m_outcome, moduleContext(), operatorReview());
    if (!id)
        return std::move(id).error();
    report(tr("Saved QC record %1 to %2").arg(*id).arg(QFileInfo(qcDatabasePath()).fileName()));
    return *id;
}

Result<void> InspectionWorkspace::exportItkJson(const QString& path) {
    if (!m_outcome)
        return Error::usage(tr("run an inspection before exporting its record").toStdString());
    auto record = m_record.record(*m_outcome, moduleContext(), operatorReview());
    if (!record)
        return std::move(record).error();
    LUPA_TRY(vision::qc::writeItkVisualInspectionJson(files::toPath(path), *record));
    report(tr("Wrote the ITk record to %1").arg(path));
    return success();
}

Result<void> InspectionWorkspace::exportReportPdf(const QString& path) {
    if (!m_outcome)
        return Error::usage(tr("run an inspection before writing its report").toStdString());
    auto record = m_record.record(*m_outcome, moduleContext(), operatorReview());
    if (!record)
        return std::move(record).error();
    ReportImage image{toQImage(m_outcome->inspection.registered), {}};
    for (const auto& detection : m_outcome->detections)
        image.boxes.push_back(detection.box); // the registered image's frame, as shown
    LUPA_TRY(writeInspectionReportPdf(path, *record, image));
    report(tr("Wrote the report to %1").arg(path));
    return success();
}

} // namespace lupa::app
