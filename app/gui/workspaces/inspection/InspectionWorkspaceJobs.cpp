// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The Inspection workspace's jobs: inspect one image, a demo pair, a folder session, train a model.
#include "../InspectionWorkspace.hpp"
#include "BatchSummaryTable.hpp"
#include "ImageConversion.hpp"
#include "ImageFolder.hpp"
#include "InspectionControlPanel.hpp"
#include "InspectionJobs.hpp"
#include "InspectionLossPlot.hpp"
#include "InspectionViewPanel.hpp"
#include "InspectionWorkspaceSettings.hpp"
#include "VerdictPanel.hpp"
#include "workspaces/FileKinds.hpp"

#include <lupa/vision/ModulePipeline.hpp>
#include <lupa/vision/SyntheticSample.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTabWidget>

namespace lupa::app {
namespace {

std::filesystem::path pathOrEmpty(const QString& path) {
    return path.isEmpty() ? std::filesystem::path() : files::toPath(path);
}

} // namespace

bool InspectionWorkspace::run() {
    if (!canStartJob())
        return false;
    if (m_imagePath.isEmpty()) {
        report(tr("Open a module image first"), true);
        return false;
    }
    const bool needsReference = m_pipeline->settings().channel != vision::AnomalyChannel::Autoencoder;
    if (needsReference && m_referencePath.isEmpty()) {
        report(tr("Open the golden reference image first (or a model that needs none)"), true);
        return false;
    }
    auto out = std::make_shared<InspectionJobOutput>();
    return startJob(Job::Inspect, tr("Inspect %1").arg(files::fileName(m_imagePath)),
                    InspectionJobs::inspection(inspectionPipeline(), m_modelPath.toStdString(),
                                               files::toPath(m_imagePath), pathOrEmpty(m_referencePath),
                                               m_viewPanel->thresholdScale(), out),
                    out);
}

bool InspectionWorkspace::runDemo(const QString& folder, std::uint64_t seed) {
    if (!canStartJob())
        return false;
    vision::SampleConfig config;
    config.board.seed = seed;
    config.seed = seed;
    config.perturbation = {0.04, 1.0, 0.2, 2.0}; // a little lighting, noise, rotation and shift to register
    const vision::SyntheticSample sample = vision::generateSample(config);
    QDir().mkpath(folder);
    const QString tested = QDir(folder).filePath(QStringLiteral("demo-module.png"));
    const QString reference = QDir(folder).filePath(QStringLiteral("demo-reference.png"));
    for (const auto& [image, path] :
         {std::pair{&sample.tested, tested}, std::pair{&sample.reference, reference}})
        if (auto written = vision::writeImage(*image, files::toPath(path)); !written) {
            reportError(written.error());
            return false;
        }
    if (auto opened = openReference(reference); !opened) {
        reportError(opened.error());
        return false;
    }
    if (auto opened = openImage(tested); !opened) {
        reportError(opened.error());
        return false;
    }
    return run();
}

bool InspectionWorkspace::inspectFolder(const QString& folder) {
    if (!canStartJob())
        return false;
    QStringList images = imagesInFolder(folder);
    images.removeAll(QFileInfo(m_referencePath).absoluteFilePath());
    if (images.isEmpty()) {
        report(tr("%1 holds no module images").arg(folder), true);
        return false;
    }
    if (m_pipeline->settings().channel != vision::AnomalyChannel::Autoencoder && m_referencePath.isEmpty()) {
        report(tr("Open the golden reference image first (or a model that needs none)"), true);
        return false;
    }
    std::vector<std::filesystem::path> paths;
    for (const QString& image : images)
        paths.push_back(files::toPath(image));
    auto out = std::make_shared<InspectionJobOutput>();
    return startJob(Job::Batch,
                    tr("Inspect %n image(s) of %1", nullptr, static_cast<int>(images.size())).arg(folder),
                    InspectionJobs::batch(inspectionPipeline(), std::move(paths),
                                          pathOrEmpty(m_referencePath), m_viewPanel->thresholdScale(), out),
                    out);
}

bool InspectionWorkspace::train(const QString& folder, int epochs, const QString& modelFile, int patches) {
    if (!canStartJob())
        return false;
    const QStringList images = imagesInFolder(folder);
    if (images.isEmpty() || modelFile.isEmpty()) {
        report(images.isEmpty() ? tr("%1 holds no module images").arg(folder)
                                : tr("Choose where to save the model"),
               true);
        return false;
    }
    std::vector<std::filesystem::path> paths;
    for (const QString& image : images)
        paths.push_back(files::toPath(image));
    Settings::setValue(InspectionWorkspaceSettings::kTrainingEpochs, epochs);
    if (patches > 0)
        Settings::setValue(InspectionWorkspaceSettings::kTrainingPatches, patches);
    const int run = m_loss->start(epochs);
    m_tabs->setCurrentWidget(m_loss);
    auto out = std::make_shared<InspectionJobOutput>();
    return startJob(Job::Train, tr("Train inspection model"),
                    InspectionJobs::training(std::move(paths), epochs, patches, files::toPath(modelFile),
                                             m_lossRelay, run, out),
                    out);
}

void InspectionWorkspace::cancel() {
    if (m_job != 0 && m_jobs)
        m_jobs->cancel(m_job);
}

bool InspectionWorkspace::startJob(Job kind, const QString& title, widgets::JobManager::Work work,
                                   std::shared_ptr<InspectionJobOutput> output) {
    if (!canStartJob())
        return false;
    m_pending = std::move(output);
    m_job = m_jobs->start(title, std::move(work));
    m_jobKind = kind;
    m_controls->setProgress(0, QString());
    report(tr("%1…").arg(title));
    updateState();
    return true;
}

bool InspectionWorkspace::canStartJob() {
    if (m_jobs && m_job == 0)
        return true;
    report(m_jobs ? tr("Wait for the running job to finish, or cancel it") : tr("No job runner"), true);
    return false;
}

void InspectionWorkspace::onJobProgressed(int id, double fraction, const QString& stage) {
    if (id == m_job)
        m_controls->setProgress(fraction, stage);
}

void InspectionWorkspace::onJobFinished(int id, bool succeeded, const QString& message) {
    if (id != m_job)
        return;
    const Job kind = m_jobKind;
    const auto output = std::move(m_pending);
    m_job = 0;
    m_jobKind = Job::None;
    m_controls->setProgress(succeeded ? 1.0 : 0.0, QString());
    if (succeeded && output) {
        finishJob(kind, *output);
        report(message);
    } else {
        if (kind == Job::Train)
            m_loss->finish(tr("Training stopped: %1").arg(message));
        if (kind == Job::EarlierStage)
            m_viewPanel->showReference(); // the switch and the view agree again
        report(message, true);
    }
    updateState();
}

void InspectionWorkspace::finishJob(Job kind, InspectionJobOutput& output) {
    switch (kind) {
    case Job::Inspect:
        showOutcome(output);
        break;
    case Job::Batch:
        m_session->showSession(output.batch);
        m_tabs->setCurrentWidget(m_session);
        break;
    case Job::Train:
        if (output.pipeline) {
            m_pipeline = output.pipeline;
            m_modelPath = output.modelPath;
            Settings::setValue(InspectionWorkspaceSettings::kModel, m_modelPath);
            m_loss->finish(tr("The model was saved to %1 and is in use.").arg(m_modelPath));
            updateInputs();
        }
        break;
    case Job::EarlierStage:
        showEarlierStage(output);
        break;
    case Job::None:
        break;
    }
}

void InspectionWorkspace::showOutcome(InspectionJobOutput& output) {
    m_outcome = output.outcome;
    if (!m_outcome)
        return;
    m_record.reset();
    const auto& map = m_outcome->inspection.result.anomalyMap;
    const std::vector<float> values = floatValues(map);
    m_viewPanel->showImages(output.registered, output.reference, values, map.width(), map.height());
    if (m_outcome->thresholdScale != m_viewPanel->thresholdScale()) // the slider moved while the job ran
        applyThresholdScale(*m_outcome, m_viewPanel->thresholdScale());
    m_verdict->clear();
    refreshDefects();
    m_tabs->setCurrentWidget(m_viewPanel);
}

} // namespace lupa::app
