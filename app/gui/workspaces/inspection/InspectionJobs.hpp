// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "EarlierStages.hpp"
#include "InspectionOutcome.hpp"

#include <lupa/core/ml/Trainer.hpp>
#include <lupa/vision/ModulePipeline.hpp>
#include <lupa/widgets/JobManager.hpp>

#include <QCoreApplication>
#include <QImage>
#include <QPointer>
#include <QString>

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

namespace lupa::app {

class InspectionLossPlot;

/// One image of an "Inspect Folder…" session.
struct BatchEntry {
    QString imagePath; ///< the inspected image
    QString verdict;   ///< "PASS", "FAIL", "REVIEW", or empty when it failed
    int defects = 0;   ///< defects at the session's threshold
    QString error;     ///< why it could not be inspected ("" when it was)
};

/// What a job of the Inspection workspace leaves for the GUI thread, read once it finished successfully.
struct InspectionJobOutput {
    std::shared_ptr<InspectionOutcome> outcome; ///< a single inspection
    QImage registered;                          ///< its tested image in the map's frame, for display
    QImage reference;                           ///< its reference (null when none)
    std::vector<BatchEntry> batch;              ///< a folder session, in file-name order
    std::shared_ptr<const vision::ModulePipeline> pipeline; ///< a trained model, loaded
    QString modelPath;                                      ///< where the trained model was written
    QImage earlier;       ///< the module at an earlier stage, in the frame of the image it is compared with
    QString earlierStage; ///< that stage
};

/// Hands epoch reports from the training thread to the loss plot in the GUI thread (queued), until the
/// plot's owner detaches it.
class TrainingLossRelay {
public:
    explicit TrainingLossRelay(InspectionLossPlot* target);
    /// Any thread: queues the report of training `run` for the plot if it is still attached.
    void post(int run, const ml::EpochReport& report);
    /// GUI thread: stops forwarding (call before the plot is destroyed).
    void detach();

private:
    std::mutex m_mutex;
    QPointer<InspectionLossPlot> m_target;
};

/// The job bodies of the Inspection workspace, for widgets::JobManager. Each copies what it needs, writes
/// its result into `out` and returns a summary for the Jobs panel.
class InspectionJobs {
    Q_DECLARE_TR_FUNCTIONS(lupa::app::InspectionJobs)
public:
    using Work = widgets::JobManager::Work;
    using Output = std::shared_ptr<InspectionJobOutput>;
    using Pipeline = std::shared_ptr<const vision::ModulePipeline>;

    /// Inspects `tested` against `reference` ("" = none) with `pipeline`, at `thresholdScale`.
    static Work inspection(Pipeline pipeline, std::string modelPath, std::filesystem::path tested,
                           std::filesystem::path reference, double thresholdScale, Output out);
    /// Inspects every image of `images` against `reference` ("" = none); an image that fails is listed
    /// with its error and the session goes on.
    static Work batch(Pipeline pipeline, std::vector<std::filesystem::path> images,
                      std::filesystem::path reference, double thresholdScale, Output out);
    /// Trains an inspection model on `goodImages` for `epochs` autoencoder epochs on `patches` patches
    /// (0 = the trainer's default) through the trainer module, reports every epoch to `relay` as training
    /// `run`, writes it to `modelFile` and loads it. Nothing is written when it fails or is cancelled.
    static Work training(std::vector<std::filesystem::path> goodImages, int epochs, int patches,
                         std::filesystem::path modelFile, std::shared_ptr<TrainingLossRelay> relay, int run,
                         Output out);
    /// Reads the image `earlier` recorded (checked against its SHA-256) and aligns it with `frame`, the
    /// image on screen (read from `framePath` when empty), using `registration`.
    static Work earlierStage(EarlierInspection earlier, vision::Image frame, std::filesystem::path framePath,
                             vision::RegistrationConfig registration, Output out);
};

} // namespace lupa::app
