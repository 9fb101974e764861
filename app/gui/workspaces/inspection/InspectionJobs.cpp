// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "InspectionJobs.hpp"

#include "ImageConversion.hpp"
#include "InspectionLossPlot.hpp"
#include "InspectionTraining.hpp"
#include "workspaces/FileKinds.hpp"

#include <lupa/core/Parallel.hpp>
#include <lupa/core/inspection/InspectionModelFile.hpp>
#include <lupa/vision/qc/Sha256.hpp>

#include <QMetaObject>

namespace lupa::app {
namespace {

Result<vision::Image> readOptional(const std::filesystem::path& path) {
    if (path.empty())
        return vision::Image();
    return vision::readImage(path);
}

/// Inspects one image whose reference is read already.
Result<InspectionOutcome> inspectOne(const vision::ModulePipeline& pipeline,
                                     const std::filesystem::path& tested,
                                     const std::filesystem::path& referencePath,
                                     const vision::Image& reference, double thresholdScale) {
    auto image = vision::readImage(tested);
    if (!image)
        return std::move(image).error();
    auto inspected = pipeline.inspect(*image, reference.empty() ? nullptr : &reference);
    if (!inspected)
        return std::move(inspected).error();
    InspectionOutcome outcome;
    outcome.testedPath = tested.string();
    outcome.referencePath = reference.empty() ? std::string() : referencePath.string();
    outcome.testedWidth = image->width();
    outcome.testedHeight = image->height();
    outcome.inspection = std::move(*inspected);
    outcome.settings = pipeline.settings();
    applyThresholdScale(outcome, thresholdScale);
    return outcome;
}

} // namespace

TrainingLossRelay::TrainingLossRelay(InspectionLossPlot* target)
    : m_target(target) {}

void TrainingLossRelay::post(int run, const ml::EpochReport& report) {
    const std::lock_guard lock(m_mutex);
    if (m_target.isNull())
        return;
    QMetaObject::invokeMethod(
        m_target.data(),
        [target = m_target, run, report] {
            if (target)
                target->addEpoch(run, report);
        },
        Qt::QueuedConnection);
}

void TrainingLossRelay::detach() {
    const std::lock_guard lock(m_mutex);
    m_target = nullptr;
}

InspectionJobs::Work InspectionJobs::inspection(Pipeline pipeline, std::string modelPath,
                                                std::filesystem::path tested, std::filesystem::path reference,
                                                double thresholdScale, Output out) {
    return [=](ProgressSink& progress) -> Result<QString> {
        progress.report(0.05, "reading the reference");
        auto referenceImage = readOptional(reference);
        if (!referenceImage)
            return std::move(referenceImage).error();
        if (progress.isCancelled())
            return Error::cancelled();
        progress.report(0.2, "registering and scoring");
        auto outcome = inspectOne(*pipeline, tested, reference, *referenceImage, thresholdScale);
        if (!outcome)
            return std::move(outcome).error();
        if (progress.isCancelled())
            return Error::cancelled();
        progress.report(0.8, "hashing the image file");
        auto sha = vision::qc::sha256OfFile(tested);
        if (!sha)
            return std::move(sha).error();
        outcome->imageSha256 = std::move(*sha);
        outcome->modelPath = modelPath;
        progress.report(0.9, "preparing the display");
        out->registered = toQImage(outcome->inspection.registered);
        out->reference = toQImage(*referenceImage);
        out->outcome = std::make_shared<InspectionOutcome>(std::move(*outcome));
        progress.report(1.0, "done");
        return tr("%1: %2, %3 defect(s)")
            .arg(files::fileName(tested), QString::fromUtf8(vision::toString(out->outcome->verdict.verdict)))
            .arg(out->outcome->detections.size());
    };
}

InspectionJobs::Work InspectionJobs::batch(Pipeline pipeline, std::vector<std::filesystem::path> images,
                                           std::filesystem::path reference, double thresholdScale,
                                           Output out) {
    return [=](ProgressSink& progress) -> Result<QString> {
        auto referenceImage = readOptional(reference);
        if (!referenceImage)
            return std::move(referenceImage).error();
        int failed = 0;
        for (std::size_t i = 0; i < images.size(); ++i) {
            if (progress.isCancelled())
                return Error::cancelled();
            progress.report(static_cast<double>(i) / static_cast<double>(images.size()),
                            images[i].filename().string());
            BatchEntry entry;
            entry.imagePath = QString::fromStdString(images[i].string());
            auto outcome = inspectOne(*pipeline, images[i], reference, *referenceImage, thresholdScale);
            if (outcome) {
                entry.verdict = QString::fromUtf8(vision::toString(outcome->verdict.verdict));
                entry.defects = static_cast<int>(outcome->detections.size());
            } else {
                entry.error = QString::fromStdString(outcome.error().message);
                ++failed;
            }
            out->batch.push_back(std::move(entry));
        }
        progress.report(1.0, "done");
        return tr("inspected %1 image(s), %2 could not be inspected").arg(images.size()).arg(failed);
    };
}

InspectionJobs::Work InspectionJobs::training(std::vector<std::filesystem::path> goodImages, int epochs,
                                              int patches, std::filesystem::path modelFile,
                                              std::shared_ptr<TrainingLossRelay> relay, int run, Output out) {
    return [=](ProgressSink& progress) -> Result<QString> {
        SubProgress training(progress, 0.0, 0.95);
        cli::InspectionTrainingRequest request;
        request.goodImages = goodImages;
        request.epochs = epochs;
        if (patches > 0)
            request.patches = patches;
        request.threads = threadCount();
        request.progress = &training;
        request.onEpoch = [relay, run](const ml::EpochReport& report) {
            relay->post(run, report);
        };
        auto trained = cli::trainInspectionModel(request);
        if (!trained)
            return std::move(trained).error();
        progress.report(0.96, "writing the model");
        LUPA_TRY(inspection::writeInspectionModel(modelFile, trained->model));
        auto pipeline = vision::ModulePipeline::load(modelFile);
        if (!pipeline)
            return std::move(pipeline).error();
        out->pipeline = std::make_shared<const vision::ModulePipeline>(std::move(*pipeline));
        out->modelPath = QString::fromStdString(modelFile.string());
        progress.report(1.0, "done");
        return tr("trained on %1 good image(s), model written to %2")
            .arg(goodImages.size())
            .arg(out->modelPath);
    };
}

InspectionJobs::Work InspectionJobs::earlierStage(EarlierInspection earlier, vision::Image frame,
                                                  std::filesystem::path framePath,
                                                  vision::RegistrationConfig registration, Output out) {
    return [=](ProgressSink& progress) -> Result<QString> {
        progress.report(0.05, "checking the recorded image");
        auto image = EarlierStages::readRecordedImage(earlier);
        if (!image)
            return std::move(image).error();
        auto current = frame.empty() ? vision::readImage(framePath) : Result<vision::Image>(frame);
        if (!current)
            return std::move(current).error();
        if (progress.isCancelled())
            return Error::cancelled();
        progress.report(0.4, "aligning it with the current image");
        const AlignedEarlierImage aligned = EarlierStages::alignTo(*image, *current, registration);
        out->earlier = toQImage(aligned.image);
        out->earlierStage = QString::fromStdString(earlier.stage);
        progress.report(1.0, "done");
        if (aligned.aligned)
            return tr("Comparing with stage \"%1\" (%2), aligned with the current image")
                .arg(out->earlierStage, files::fileName(std::filesystem::path(earlier.imagePath)));
        return tr("Comparing with stage \"%1\" (%2) as recorded: it could not be aligned (%3)")
            .arg(out->earlierStage, files::fileName(std::filesystem::path(earlier.imagePath)),
                 QString::fromStdString(aligned.whyNotAligned));
    };
}

} // namespace lupa::app
