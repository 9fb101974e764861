// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/anomaly/Evaluation.hpp>
#include <lupa/core/anomaly/Scoring.hpp>
#include <lupa/core/anomaly/Training.hpp>
#include <lupa/core/ml/DatasetHash.hpp>
#include <lupa/core/ml/DenseAutoencoder.hpp>
#include <lupa/core/ml/ModelFile.hpp>
#include <lupa/core/ml/Network.hpp>

#include <fmt/format.h>

#include <cmath>
#include <limits>

namespace lupa::anomaly {
namespace {

constexpr double kThresholdFprs[] = {1e-2, 1e-3, 1e-4, 1e-5};
constexpr const char* kThresholdNames[] = {"fpr_1e-2", "fpr_1e-3", "fpr_1e-4", "fpr_1e-5"};

// The training targets: the network's inputs, NaN where a feature is padding (masked_mse skips it).
ml::Tensor maskedTargets(const PreparedEvents& prepared) {
    ml::Tensor targets = prepared.inputs;
    for (std::size_t i = 0; i < prepared.mask.size(); ++i)
        if (prepared.mask[i] == 0)
            targets.values[i] = std::numeric_limits<float>::quiet_NaN();
    return targets;
}

nlohmann::json historyJson(const ml::TrainHistory& history) {
    return {{"train_loss", history.trainLoss},
            {"validation_loss", history.validationLoss},
            {"best_epoch", history.bestEpoch},
            {"best_loss", history.bestLoss},
            {"stopped_early", history.stoppedEarly}};
}

// Scores the training sample with the trained model and stores thresholds at kThresholdFprs.
Result<void> addThresholds(const std::string& modelFile, const FeatureTable& background,
                           ml::ModelMetadata& metadata, std::vector<double>& thresholds) {
    auto content = ml::parseModelFile(modelFile, "trained model");
    if (!content)
        return std::move(content).error();
    auto model = ml::DenseModel::fromContent(*content, "trained model");
    if (!model)
        return std::move(model).error();
    auto scores = scoreEvents(*model, background);
    if (!scores)
        return std::move(scores).error();
    const BackgroundScores sorted(scores->scores);
    for (std::size_t k = 0; k < std::size(kThresholdFprs); ++k) {
        const auto point = sorted.thresholdAt(kThresholdFprs[k]);
        thresholds.push_back(point.threshold);
        if (!point.limitedByStatistics)
            metadata.thresholds[kThresholdNames[k]] = point.threshold;
    }
    return success();
}

} // namespace

Result<TrainedAnomalyModel> trainAutoencoder(const FeatureTable& background,
                                             const AutoencoderOptions& options, ProgressSink& progress,
                                             const ml::EpochCallback& onEpoch) {
    if (background.rowCount() < 2)
        return Error::badInput(
            fmt::format("{} background events: training needs at least 2", background.rowCount()),
            background.path.string());
    AnomalyModelInfo info;
    info.columns = background.columns;
    info.maskPaddedObjects = options.maskPaddedObjects;
    info.logPt = options.logPt;
    info.defaultScore = options.variational ? "kl" : "reconstruction";
    auto normalisation = fitMaskedNormalisation(background.features, info);
    auto prepared = prepareEvents(background.features, info, normalisation);
    if (!prepared)
        return std::move(prepared).error();
    const auto targets = maskedTargets(*prepared);

    ml::DenseAutoencoderParams params;
    params.inputSize = background.features.rowSize();
    params.encoderSizes = options.hiddenSizes;
    params.latentSize = options.latentSize;
    params.activation = options.activation;
    params.variational = options.variational;
    params.beta = options.beta;
    auto network = ml::Network::create(params.toSpec(), options.train.seed);
    if (!network)
        return std::move(network).error();
    SubProgress training(progress, 0.0, 0.9);
    auto history = ml::train(*network, prepared->inputs, targets, options.train, training, onEpoch);
    if (!history)
        return std::move(history).error();

    ml::ModelMetadata metadata;
    metadata.kind = kAnomalyModelKind;
    metadata.normalisation = std::move(normalisation);
    metadata.trainingSetHash = ml::hashTrainingSet(background.features);
    metadata.extra["anomaly"] = info.toJson();
    metadata.extra["training"] = {{"config", options.train.toJson()},
                                  {"history", historyJson(*history)},
                                  {"events", background.rowCount()},
                                  {"file", background.path.filename().string()}};
    auto bytes = ml::encodeModel(*network, metadata);
    if (!bytes)
        return std::move(bytes).error();
    progress.report(0.9, "thresholds on the training sample");
    TrainedAnomalyModel trained;
    trained.history = std::move(*history);
    LUPA_TRY(addThresholds(*bytes, background, metadata, trained.backgroundThresholds));
    auto withThresholds = ml::encodeModel(*network, metadata);
    if (!withThresholds)
        return std::move(withThresholds).error();
    trained.modelFile = std::move(*withThresholds);
    progress.report(1.0, "trained");
    return trained;
}

} // namespace lupa::anomaly
