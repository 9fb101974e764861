// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// `lupa-cli inspect train` and the Inspection workspace's training: images to patches and crops, the two
// networks through lupa_inspection_trainer.so, thresholds calibrated, all in one inspection model.

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/inspection/DeepPcb.hpp>
#include <lupa/core/inspection/InspectionModelFile.hpp>
#include <lupa/core/ml/Trainer.hpp>
#include <lupa/vision/InspectionSettings.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace lupa::cli {

/// What to train an inspection model on, and how.
struct InspectionTrainingRequest {
    std::vector<std::filesystem::path> goodImages; ///< defect-free images (autoencoder only)
    std::vector<inspection::PairEntry> pairs;      ///< or template/tested pairs with their boxes
    std::vector<std::string> classNames;           ///< the pairs' classes, index + 1 = class id
    vision::InspectionSettings settings;           ///< starting settings; thresholds get calibrated
    int patchSize = 32;          ///< autoencoder patch side (px), a multiple of 8
    int patches = 4000;          ///< autoencoder training patches
    int epochs = 0;              ///< autoencoder epochs (0 = the default)
    int classifierEpochs = 0;    ///< classifier epochs (0 = the default)
    bool trainClassifier = true; ///< train the defect classifier (pairs only)
    int cropSize = 48;           ///< classifier crop side (px)
    /// Teach the classifier a "no defect" class from the template channel's false alarms on the first
    /// falseAlarmPairs pairs, so that it can drop them.
    bool rejectFalseAlarms = true;
    int falseAlarmPairs = 400;
    double falseAlarmRate = 0.01; ///< target fraction of good images flagged by the thresholds
    /// With pairs: > 0 calibrates the template threshold so that this fraction of the labelled defects
    /// reach it (calibrateTemplateForRecall) instead of at falseAlarmRate outside them.
    double templateRecall = 0.0;
    int calibrationImages = 200; ///< at most this many images or pairs calibrate the thresholds
    std::uint64_t seed = 1;
    int threads = 0; ///< 0 = one per core
    ProgressSink* progress = nullptr;
    ml::EpochCallback onEpoch; ///< after every epoch of either network (live loss curves); may be empty
};

/// A trained inspection model and what happened while training it.
struct InspectionTrainingResult {
    inspection::InspectionModelContent model;
    nlohmann::json summary; ///< samples, epochs, losses, calibrations
};

/// Trains the autoencoder on patches of the good images (or of the pairs' templates), calibrates its
/// threshold on held-out images (every fifth), and with pairs also calibrates the template threshold and
/// trains the classifier on crops of the labelled defects. Usage errors for an empty request.
[[nodiscard]] Result<InspectionTrainingResult> trainInspectionModel(const InspectionTrainingRequest& request);

} // namespace lupa::cli
