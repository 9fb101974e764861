// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AnomalyJobs.hpp"

#include "AnomalyTrainerPlugin.hpp"
#include "LossCurvePanel.hpp"
#include "workspaces/FileKinds.hpp"

#include <lupa/core/ml/ModelFileFormat.hpp>

#include <QMetaObject>

namespace lupa::app {
namespace {

Result<std::shared_ptr<const ml::DenseModel>> modelOf(const std::string& bytes) {
    auto content = ml::parseModelFile(bytes, "trained model");
    if (!content)
        return std::move(content).error();
    auto model = ml::DenseModel::fromContent(*content, "trained model");
    if (!model)
        return std::move(model).error();
    return std::make_shared<const ml::DenseModel>(std::move(*model));
}

} // namespace

EpochRelay::EpochRelay(LossCurvePanel* target)
    : m_target(target) {}

void EpochRelay::post(int run, const ml::EpochReport& report) {
    const std::lock_guard lock(m_mutex);
    if (m_target.isNull())
        return;
    // The panel lives in the GUI thread: the call is queued there and dropped if the panel dies first.
    QMetaObject::invokeMethod(
        m_target.data(),
        [target = m_target, run, report] {
            if (target)
                target->addEpoch(run, report);
        },
        Qt::QueuedConnection);
}

void EpochRelay::detach() {
    const std::lock_guard lock(m_mutex);
    m_target = nullptr;
}

AnomalyJobs::Work AnomalyJobs::simulation(std::filesystem::path folder, std::uint64_t backgroundEvents,
                                          std::uint64_t signalEvents, Output out) {
    return [=](ProgressSink& progress) -> Result<QString> {
        auto files = writeDemoSamples(folder, backgroundEvents, signalEvents, progress);
        if (!files)
            return std::move(files).error();
        out->demoFiles = std::move(*files);
        return tr("demo samples in %1: %2 background events, %3 per signal")
            .arg(QString::fromStdString(folder.string()))
            .arg(backgroundEvents)
            .arg(signalEvents);
    };
}

AnomalyJobs::Work AnomalyJobs::training(std::filesystem::path background, TableCache tables,
                                        anomaly::AutoencoderOptions options, int threads,
                                        std::shared_ptr<EpochRelay> relay, int run, Output out) {
    return [=](ProgressSink& progress) mutable -> Result<QString> {
        SubProgress reading(progress, 0.0, 0.1);
        auto table = tableFor(tables, background, reading);
        if (!table)
            return std::move(table).error();
        SubProgress training(progress, 0.1, 1.0);
        const auto half = backgroundHalf(**table, BackgroundHalf::Training); // evaluation uses the rest
        cli::AnomalyTrainRequest request;
        request.background = half.get();
        request.options = options;
        request.threads = threads;
        request.progress = &training;
        request.onEpoch = [relay, run](const ml::EpochReport& report) {
            relay->post(run, report);
        };
        auto trained = cli::runAnomalyTrainerModule(request);
        if (!trained)
            return std::move(trained).error();
        auto model = modelOf(trained->modelFile);
        if (!model)
            return std::move(model).error();
        const auto epochs = trained->history.trainLoss.size();
        out->model = std::move(*model);
        out->trained = std::move(*trained);
        out->tables = std::move(tables);
        return tr("trained on %1 events (the first half) of %2 for %3 epoch(s)")
            .arg(half->rowCount())
            .arg(files::fileName(background))
            .arg(epochs);
    };
}

AnomalyJobs::Work AnomalyJobs::evaluation(std::shared_ptr<const ml::DenseModel> model,
                                          std::vector<SampleInput> inputs, TableCache tables, Output out) {
    return [=](ProgressSink& progress) mutable -> Result<QString> {
        auto evaluation = evaluateSamples(*model, inputs, tables, {}, progress);
        if (!evaluation)
            return std::move(evaluation).error();
        out->evaluation = std::make_shared<const AnomalyEvaluation>(std::move(*evaluation));
        out->tables = std::move(tables);
        return tr("evaluated %1 signal(s) against %2 background events")
            .arg(out->evaluation->signals.size())
            .arg(out->evaluation->samples.front().scores.size());
    };
}

AnomalyJobs::Work AnomalyJobs::comparison(std::shared_ptr<const ml::DenseModel> model,
                                          std::vector<SampleInput> inputs, TableCache tables,
                                          ml::FixedPointConfig config, Output out) {
    return [=](ProgressSink& progress) mutable -> Result<QString> {
        auto report = compareSamples(*model, inputs, tables, config, progress);
        if (!report)
            return std::move(report).error();
        out->fixedPoint = std::make_shared<const FixedPointReport>(std::move(*report));
        out->tables = std::move(tables);
        return tr("compared float with %1 inference: mean relative score difference %2")
            .arg(QString::fromStdString(config.data.toString()))
            .arg(out->fixedPoint->comparison.meanRelativeScoreDifference, 0, 'g', 3);
    };
}

} // namespace lupa::app
