// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "AnomalyAnalysis.hpp"

#include <lupa/core/anomaly/Training.hpp>
#include <lupa/widgets/JobManager.hpp>

#include <QCoreApplication>
#include <QPointer>

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace lupa::app {

class LossCurvePanel;

/// What a job of the Anomaly workspace leaves behind for the GUI thread, read once the job finished
/// successfully. Each job fills its own part, and `tables` with every table it read.
struct AnomalyJobOutput {
    TableCache tables;
    std::vector<std::filesystem::path> demoFiles;        ///< the demo samples, background first
    std::optional<anomaly::TrainedAnomalyModel> trained; ///< the model file's bytes and the history
    std::shared_ptr<const ml::DenseModel> model;         ///< the trained model, ready for inference
    std::shared_ptr<const AnomalyEvaluation> evaluation;
    std::shared_ptr<const FixedPointReport> fixedPoint;
};

/// Hands epoch reports from the training thread to a loss curve in the GUI thread (queued), until
/// the curve's owner detaches it.
class EpochRelay {
public:
    explicit EpochRelay(LossCurvePanel* target);
    /// Any thread: queues the report of training `run` (LossCurvePanel::start()) for the curve, if
    /// it is still attached.
    void post(int run, const ml::EpochReport& report);
    /// GUI thread: stops forwarding (call before the curve is destroyed).
    void detach();

private:
    std::mutex m_mutex;
    QPointer<LossCurvePanel> m_target;
};

/// The job bodies of the Anomaly workspace, for widgets::JobManager. Each copies what it needs,
/// writes its result into `out` and returns a summary for the Jobs panel.
class AnomalyJobs {
    Q_DECLARE_TR_FUNCTIONS(lupa::app::AnomalyJobs)
public:
    using Work = widgets::JobManager::Work;
    using Output = std::shared_ptr<AnomalyJobOutput>;

    /// Writes the demo samples (writeDemoSamples) into `folder`.
    static Work simulation(std::filesystem::path folder, std::uint64_t backgroundEvents,
                           std::uint64_t signalEvents, Output out);
    /// Trains an autoencoder on `background` in the trainer module, reporting every epoch to `relay`
    /// as training `run`.
    static Work training(std::filesystem::path background, TableCache tables,
                         anomaly::AutoencoderOptions options, int threads, std::shared_ptr<EpochRelay> relay,
                         int run, Output out);
    /// Evaluates every signal of `inputs` (background first) with `model`.
    static Work evaluation(std::shared_ptr<const ml::DenseModel> model, std::vector<SampleInput> inputs,
                           TableCache tables, Output out);
    /// Compares float and fixed-point inference of `model` on `inputs` (background first).
    static Work comparison(std::shared_ptr<const ml::DenseModel> model, std::vector<SampleInput> inputs,
                           TableCache tables, ml::FixedPointConfig config, Output out);
};

} // namespace lupa::app
