// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The Inspection workspace's file dialogs: each asks, then calls the workspace's public function.
#include "../InspectionWorkspace.hpp"
#include "InspectionWorkspaceSettings.hpp"
#include "TrainModelDialog.hpp"
#include "workspaces/FileKinds.hpp"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace lupa::app {
namespace {

QString imageFilter() {
    return InspectionWorkspace::tr("Module images (*.png *.tif *.tiff *.jpg *.jpeg *.bmp);;All files (*)");
}

} // namespace

QString InspectionWorkspace::lastFolder() const {
    const QString folder = Settings::value(InspectionWorkspaceSettings::kLastFolder);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

void InspectionWorkspace::chooseImage() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Module Image"), lastFolder(), imageFilter());
    if (path.isEmpty())
        return;
    if (auto opened = openImage(path); !opened)
        reportError(opened.error());
}

void InspectionWorkspace::chooseReference() {
    const QString start = m_referencePath.isEmpty() ? lastFolder() : m_referencePath;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Reference Image"), start, imageFilter());
    if (path.isEmpty())
        return;
    if (auto opened = openReference(path); !opened)
        reportError(opened.error());
}

void InspectionWorkspace::chooseModel() {
    const QString start = m_modelPath.isEmpty() ? lastFolder() : m_modelPath;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Inspection Model"), start,
                                                      tr("Inspection models (*.lupa);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto opened = openModel(path); !opened)
        reportError(opened.error());
}

void InspectionWorkspace::chooseDatabase() {
    const QString path = QFileDialog::getSaveFileName(this, tr("QC Database"), qcDatabasePath(),
                                                      tr("QC databases (*.sqlite *.db)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        setQcDatabasePath(path);
}

void InspectionWorkspace::chooseFolderToInspect() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Inspect Folder"), lastFolder());
    if (folder.isEmpty())
        return;
    Settings::setValue(InspectionWorkspaceSettings::kLastFolder, folder);
    inspectFolder(folder);
}

void InspectionWorkspace::chooseTraining() {
    TrainModelDialog dialog(this);
    dialog.setFolder(lastFolder());
    dialog.setEpochs(Settings::value(InspectionWorkspaceSettings::kTrainingEpochs));
    dialog.setPatches(Settings::value(InspectionWorkspaceSettings::kTrainingPatches));
    dialog.setModelFile(QDir(lastFolder()).filePath(QStringLiteral("inspection-model.lupa")));
    if (dialog.exec() != QDialog::Accepted)
        return;
    train(dialog.folder(), dialog.epochs(), dialog.modelFile(), dialog.patches());
}

void InspectionWorkspace::chooseExport() {
    const QString suggested = QDir(lastFolder()).filePath(QStringLiteral("visual-inspection.json"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export ITk JSON"), suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (auto written = exportItkJson(path); !written)
        reportError(written.error());
}

void InspectionWorkspace::chooseReport() {
    const QString suggested = QDir(lastFolder()).filePath(QStringLiteral("inspection-report.pdf"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Inspection Report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = exportReportPdf(path); !written)
        reportError(written.error());
}

} // namespace lupa::app
