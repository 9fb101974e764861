// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/calo/BinaryClassification.hpp>
#include <lupa/core/calo/ShowerFile.hpp>
#include <lupa/core/calo/ShowerSample.hpp>
#include <lupa/core/ml/Tensor.hpp>

#include <cstdint>
#include <string>

/// The CaloChallenge classifier test (its evaluate.py, modes cls-low and cls-high): a DNN learns to
/// tell reference showers from candidate showers; an AUC near 0.5 means it cannot. Part of
/// lupa::core_ml (it trains a network); everything else of the validation is in lupa::core.
namespace lupa::calo {

/// What the classifier sees.
enum class ClassifierFeatures {
    LowLevel,  ///< log10 E_inc and every voxel as 100 E_voxel / E_inc ("cls-low")
    HighLevel, ///< log10 E_inc, log10(E_layer + 1e-8), centres and widths in eta and phi / 100 ("cls-high")
};

/// "low" or "high".
[[nodiscard]] inline std::string toString(ClassifierFeatures features) {
    return features == ClassifierFeatures::LowLevel ? "low" : "high";
}

/// The classifier and its training, by default as evaluate.py configures them.
struct ClassifierOptions {
    ClassifierFeatures features = ClassifierFeatures::LowLevel;
    int hiddenLayers = 3; ///< Linear layers of hiddenUnits with LeakyReLU (the reference: 1 + 2)
    int hiddenUnits = 512;
    int epochs = 50;
    int batchSize = 1000;
    double learningRate = 2e-4;  ///< Adam
    int patience = 0;            ///< stop after this many epochs without a better validation loss; 0 = never
    std::uint64_t seed = 42;     ///< split, weights, shuffling and bootstrap
    int bootstrapReplicas = 100; ///< of the evaluation set, for the uncertainties
};

/// The result on the held-out evaluation set.
struct ClassifierResult {
    ClassifierFeatures features = ClassifierFeatures::LowLevel;
    BinaryScores raw;          ///< from the network's probabilities
    BinaryScores calibrated;   ///< after isotonic calibration (what the challenge reports)
    RocCurve roc;              ///< of the calibrated probabilities on the evaluation set
    double aucUncertainty = 0; ///< standard deviation over bootstrap replicas (calibrated)
    double jsdUncertainty = 0;
    double accuracyUncertainty = 0;
    std::size_t trainRows = 0, calibrationRows = 0, evaluationRows = 0;
    int epochsRun = 0;
    int bestEpoch = 0; ///< 1-based
    std::int64_t parameters = 0;
};

/// The classifier's inputs of showers [first row: reference order], at most `maxShowers` (0 = all),
/// read in blocks. Low level: [N, 1 + voxels]; high level: from a sample's feature table.
[[nodiscard]] Result<ml::Tensor> lowLevelInputs(const ShowerReader& reader, std::size_t maxShowers,
                                                ProgressSink& progress = NullProgress::instance());
[[nodiscard]] Result<ml::Tensor> highLevelInputs(const ShowerSample& sample, std::size_t maxShowers);

/// How many showers per sample the low-level test uses by default: all of them up to about 1 GB
/// of inputs for both samples together.
[[nodiscard]] std::size_t defaultLowLevelShowers(std::size_t voxels);

/// Trains and evaluates the classifier. Each sample is shuffled and split 60 / 20 / 20 (seeded);
/// the network trains on the first 60 % (a quarter of it held out to pick the epoch with the lowest
/// validation loss), is calibrated (isotonic regression) on the next 20 % and scored on the last 20 %.
/// (evaluate.py picks the epoch by accuracy on the calibration part and trains on all 60 %.)
/// Reference rows are labelled 1, candidate rows 0.
[[nodiscard]] Result<ClassifierResult> runClassifierTest(const ml::Tensor& reference,
                                                         const ml::Tensor& candidate,
                                                         const ClassifierOptions& options,
                                                         ProgressSink& progress = NullProgress::instance());

} // namespace lupa::calo
