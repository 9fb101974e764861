// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// The work behind the Anomaly workspace's jobs, without Qt: demo samples, evaluation of every signal
// against the background, float-versus-fixed-point comparison. Each runs on a worker thread.

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/anomaly/Evaluation.hpp>
#include <lupa/core/anomaly/FeatureTable.hpp>
#include <lupa/core/anomaly/FixedPointComparison.hpp>
#include <lupa/core/ml/DenseModel.hpp>
#include <lupa/core/ml/FixedPoint.hpp>
#include <lupa/core/ml/Trainer.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lupa::app {

/// Tables already read, by path; the tables are shared read-only between the GUI thread and jobs.
using TableCache = std::map<std::filesystem::path, std::shared_ptr<const anomaly::FeatureTable>>;

/// The table of `path` from `cache`, read (and added to `cache`) when it is not there yet.
[[nodiscard]] Result<std::shared_ptr<const anomaly::FeatureTable>>
tableFor(TableCache& cache, const std::filesystem::path& path, ProgressSink& progress);

/// Which half of the background file a step uses: the workspace trains on the first half and
/// evaluates with the second, so that background efficiencies come from events the model has not seen.
enum class BackgroundHalf { Training, Evaluation };

/// The first row of the evaluation half of a background of `rows` events.
[[nodiscard]] constexpr std::int64_t evaluationHalfStart(std::int64_t rows) {
    return (rows + 1) / 2;
}

/// That half of `table`: rows [0, evaluationHalfStart) for training, the rest for evaluation.
[[nodiscard]] std::shared_ptr<const anomaly::FeatureTable> backgroundHalf(const anomaly::FeatureTable& table,
                                                                          BackgroundHalf half);

/// One input of an evaluation: a file of events and the name it is shown under.
struct SampleInput {
    std::string name;           ///< "background", "Ato4l", ... (the file's stem)
    std::filesystem::path path; ///< ADC2021 HDF5 file or feature table
};

/// The name a sample is shown under: the file name without its suffix.
[[nodiscard]] std::string sampleName(const std::filesystem::path& path);

/// Writes the demo samples into `folder` (created when missing): background.h5 with
/// `backgroundEvents` events and Ato4l.h5, leptoquark.h5, hToTauTau.h5, hChToTauNu.h5 with
/// `signalEvents` each, every process with its own fixed seed. Files already there are kept (the
/// generator is deterministic). Returns the paths, background first.
[[nodiscard]] Result<std::vector<std::filesystem::path>> writeDemoSamples(const std::filesystem::path& folder,
                                                                          std::uint64_t backgroundEvents,
                                                                          std::uint64_t signalEvents,
                                                                          ProgressSink& progress);

/// Scores and latent vectors of one sample.
struct ScoredSample {
    std::string name;
    std::vector<double> scores; ///< per event, the anomaly score (standardised squared error)
    ml::Tensor latent;          ///< [events shown, latent size]: a subsample's latent vectors
};

/// One of the highest-scoring events.
struct AnomalousEvent {
    std::size_t sample = 0; ///< index into AnomalyEvaluation::samples
    std::int64_t event = 0; ///< 0-based row in the sample's file
    double score = 0;       ///< its anomaly score
    std::string topFeature; ///< the feature contributing most to the score
    double topShare = 0;    ///< that feature's share of the score, in [0, 1]
};

/// How to evaluate.
struct EvaluationSettings {
    std::size_t topEvents = 20;       ///< the most anomalous events kept over all samples
    std::int64_t latentEvents = 1500; ///< latent vectors kept per sample (evenly spread)
    int bootstrapRounds = 100;        ///< for the AUC uncertainty
};

/// Every signal evaluated against the background.
struct AnomalyEvaluation {
    std::vector<ScoredSample> samples;              ///< the background first, then each signal
    std::vector<anomaly::SignalEvaluation> signals; ///< one per signal, in input order
    std::vector<AnomalousEvent> topEvents;          ///< highest score first
};

/// Scores every sample (inputs[0] is the background) with `model` and evaluates each signal: ROC,
/// AUC with its bootstrap uncertainty, TPR at FPR 1e-3, 1e-4, 1e-5; the most anomalous events
/// with their leading feature; latent vectors of a subsample.
[[nodiscard]] Result<AnomalyEvaluation> evaluateSamples(const ml::DenseModel& model,
                                                        const std::vector<SampleInput>& inputs,
                                                        TableCache& cache, const EvaluationSettings& settings,
                                                        ProgressSink& progress);

/// A float-versus-fixed-point comparison of a model on the inputs.
struct FixedPointReport {
    anomaly::FixedPointComparison comparison;            ///< per stage, on the background's first events
    std::vector<anomaly::SignalEvaluation> floatSignals; ///< float inference, one per signal
    std::vector<anomaly::SignalEvaluation> fixedSignals; ///< fixed-point inference, one per signal
};

/// Runs the model in float and in fixed point (`config`) on every sample (inputs[0] is the
/// background): the deviation of every stage on up to `stageEvents` background events, and the AUC
/// and TPR of every signal both ways.
[[nodiscard]] Result<FixedPointReport>
compareSamples(const ml::DenseModel& model, const std::vector<SampleInput>& inputs, TableCache& cache,
               const ml::FixedPointConfig& config, ProgressSink& progress, std::int64_t stageEvents = 10000);

/// The training history an anomaly model's metadata holds (extra["training"]["history"]), or
/// nothing when it has none.
[[nodiscard]] std::optional<ml::TrainHistory> trainingHistoryOf(const ml::ModelMetadata& metadata);

/// "57 → 32 → 8 → 32 → 57": the widths from the input through every layer.
[[nodiscard]] std::string layerWidthsOf(const ml::DenseModel& model);

} // namespace lupa::app
