// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The Inspection workspace's comparison with the same module at an earlier production stage: the stages
// the QC database holds for the module in the form, and the photograph of one of them, checked against
// its SHA-256 and aligned with the image on screen, in place of the reference.
#include "../InspectionWorkspace.hpp"
#include "EarlierStageBar.hpp"
#include "InspectionControlPanel.hpp"
#include "InspectionJobs.hpp"
#include "InspectionViewPanel.hpp"
#include "ModuleForm.hpp"
#include "workspaces/FileKinds.hpp"

#include <lupa/vision/ModulePipeline.hpp>

#include <QFileInfo>
#include <QTabWidget>

namespace lupa::app {

void InspectionWorkspace::connectEarlierStages() {
    EarlierStageBar* bar = m_viewPanel->earlierStages();
    connect(bar, &EarlierStageBar::compareRequested, this,
            [this](const QString& stage) { compareWithEarlierStage(stage); });
    connect(bar, &EarlierStageBar::referenceRequested, this, &InspectionWorkspace::compareWithReference);
    connect(m_controls->moduleForm(), &ModuleForm::moduleOrStageChanged, this,
            &InspectionWorkspace::refreshEarlierStages);
}

void InspectionWorkspace::refreshStageList() {
    auto stages = EarlierStages::stages(files::toPath(qcDatabasePath()));
    if (!stages)
        return; // refreshEarlierStages() says what is wrong with the database
    QStringList names;
    for (const auto& stage : *stages)
        names.append(QString::fromStdString(stage));
    m_controls->moduleForm()->setStages(names);
}

void InspectionWorkspace::refreshEarlierStages() {
    const ModuleContext module = m_controls->moduleForm()->context();
    auto found = EarlierStages::find(files::toPath(qcDatabasePath()), module.moduleSerial, module.stage);
    m_earlier = found ? std::move(*found) : std::vector<EarlierInspection>();
    m_viewPanel->earlierStages()->setInspections(m_earlier, found ? whyNoEarlierStage()
                                                                  : files::describe(found.error()));
    if (m_viewPanel->comparesEarlierStage()) // what it shows may belong to another module or stage
        compareWithReference();
}

QString InspectionWorkspace::whyNoEarlierStage() const {
    const ModuleContext module = m_controls->moduleForm()->context();
    if (module.moduleSerial.empty())
        return tr("Enter the module's serial number to compare it with its earlier stages");
    return tr("The QC database %1 holds no inspection of %2 at a stage before \"%3\"")
        .arg(QFileInfo(qcDatabasePath()).fileName(), QString::fromStdString(module.moduleSerial),
             QString::fromStdString(module.stage));
}

const EarlierInspection* InspectionWorkspace::earlierInspectionAt(const QString& stage) const {
    for (const auto& inspection : m_earlier)
        if (QString::fromStdString(inspection.stage) == stage)
            return &inspection;
    return nullptr;
}

bool InspectionWorkspace::compareWithEarlierStage(const QString& stage) {
    EarlierStageBar* bar = m_viewPanel->earlierStages();
    const QString wanted = stage.isEmpty() ? bar->currentStage() : stage;
    const EarlierInspection* earlier = earlierInspectionAt(wanted);
    const auto refuse = [this, bar](const QString& why) {
        bar->setComparing(m_viewPanel->comparesEarlierStage()); // the switch shows what the view shows
        if (!why.isEmpty())
            report(why, true);
        return false;
    };
    if (m_imagePath.isEmpty())
        return refuse(tr("Open a module image first"));
    if (earlier == nullptr)
        return refuse(m_earlier.empty() ? whyNoEarlierStage()
                                        : tr("The QC database holds no inspection of this module at stage "
                                             "\"%1\"")
                                              .arg(wanted));
    if (!canStartJob())
        return refuse(QString());
    bar->setCurrentStage(wanted);
    bar->setComparing(true);
    const vision::Image frame = m_outcome ? m_outcome->inspection.registered : vision::Image();
    auto out = std::make_shared<InspectionJobOutput>();
    return startJob(Job::EarlierStage, tr("Compare with stage %1").arg(wanted),
                    InspectionJobs::earlierStage(*earlier, frame, files::toPath(m_imagePath),
                                                 m_pipeline->settings().reference.registration, out),
                    out);
}

void InspectionWorkspace::compareWithReference() {
    m_viewPanel->showReference();
    report(tr("Comparing with the reference"));
}

void InspectionWorkspace::showEarlierStage(const InspectionJobOutput& output) {
    if (!m_viewPanel->earlierStages()->isComparing()) // switched back to the reference while it ran
        return;
    m_viewPanel->showEarlierImage(output.earlier, output.earlierStage);
    m_tabs->setCurrentWidget(m_viewPanel);
}

} // namespace lupa::app
