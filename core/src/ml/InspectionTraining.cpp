// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Training of module inspection's convolutional networks: plain uses of Network and train().
#include <lupa/core/inspection/ConvTraining.hpp>
#include <lupa/core/ml/DatasetHash.hpp>
#include <lupa/core/ml/ModelFile.hpp>
#include <lupa/core/ml/ModelFileFormat.hpp>
#include <lupa/core/ml/Network.hpp>

#include <fmt/format.h>

namespace lupa::inspection {
namespace {

nlohmann::json historyJson(const ml::TrainHistory& history) {
    return {{"train_loss", history.trainLoss},
            {"validation_loss", history.validationLoss},
            {"best_epoch", history.bestEpoch},
            {"best_loss", history.bestLoss},
            {"stopped_early", history.stoppedEarly}};
}

Result<void> checkSamples(const ml::Tensor& samples, std::int64_t side, std::string_view what) {
    const std::vector<std::int64_t> expected{1, side, side};
    if (!samples.isConsistent() || samples.shape.size() != 4 || samples.sampleShape() != expected)
        return Error::badInput(fmt::format("the {} have shape {} but the network expects {}", what,
                                           ml::shapeToString(samples.shape),
                                           ml::batchShapeToString(expected)));
    if (samples.rowCount() < 2)
        return Error::badInput(fmt::format("{} {}: training needs at least 2", samples.rowCount(), what));
    return success();
}

// Trains `network` and wraps it in a model file with the inspection metadata.
Result<TrainedConvModel> trainAndEncode(ml::Network& network, const ml::Tensor& inputs,
                                        const ml::Tensor& targets, const ml::TrainConfig& config,
                                        ml::ModelMetadata metadata, ProgressSink& progress,
                                        const ml::EpochCallback& onEpoch) {
    SubProgress training(progress, 0.0, 0.98);
    auto history = ml::train(network, inputs, targets, config, training, onEpoch);
    if (!history)
        return std::move(history).error();
    metadata.trainingSetHash = ml::hashTrainingSet(inputs);
    metadata.extra["training"] = {
        {"config", config.toJson()}, {"history", historyJson(*history)}, {"samples", inputs.rowCount()}};
    auto bytes = ml::encodeModel(network, metadata);
    if (!bytes)
        return std::move(bytes).error();
    auto content = ml::parseModelFile(*bytes, "trained model");
    if (!content)
        return std::move(content).error();
    progress.report(1.0, "trained");
    return TrainedConvModel{std::move(*bytes), std::move(content->metadata), std::move(*history)};
}

} // namespace

Result<TrainedConvModel> trainConvAutoencoder(const ml::Tensor& patches,
                                              const ConvAutoencoderOptions& options, ProgressSink& progress,
                                              const ml::EpochCallback& onEpoch) {
    LUPA_TRY(options.network.validate());
    LUPA_TRY(checkSamples(patches, options.network.patchSize, "patches"));
    auto network = ml::Network::create(options.network.toSpec(), options.train.seed);
    if (!network)
        return std::move(network).error();
    ml::ModelMetadata metadata;
    metadata.kind = kInspectionAutoencoderKind;
    metadata.extra["inspection"] = {{"version", kInspectionModelVersion}, {"pixelScale", "grey8/255"}};
    return trainAndEncode(*network, patches, patches, options.train, std::move(metadata), progress, onEpoch);
}

Result<TrainedConvModel> trainDefectClassifier(const ml::Tensor& crops, const std::vector<int>& labels,
                                               const std::vector<std::string>& classNames,
                                               const DefectClassifierOptions& options, ProgressSink& progress,
                                               const ml::EpochCallback& onEpoch) {
    auto params = options.network;
    params.classCount = static_cast<std::int64_t>(classNames.size());
    if (params.classCount < 2)
        return Error::badInput(
            fmt::format("{} class names: a classifier needs at least 2", classNames.size()));
    LUPA_TRY(params.validate());
    LUPA_TRY(checkSamples(crops, params.cropSize, "crops"));
    if (static_cast<std::int64_t>(labels.size()) != crops.rowCount())
        return Error::badInput(fmt::format("{} crops but {} labels", crops.rowCount(), labels.size()));
    ml::Tensor targets = ml::Tensor::zeros({crops.rowCount()});
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0 || labels[i] >= params.classCount)
            return Error::badRecord(
                fmt::format("label {} is not a class index 0 to {}", labels[i], params.classCount - 1), {},
                static_cast<std::int64_t>(i));
        targets.values[i] = static_cast<float>(labels[i]);
    }
    auto network = ml::Network::create(params.toSpec(), options.train.seed);
    if (!network)
        return std::move(network).error();
    ml::ModelMetadata metadata;
    metadata.kind = kDefectClassifierKind;
    metadata.extra["inspection"] = {
        {"version", kInspectionModelVersion}, {"pixelScale", "grey8/255"}, {"classNames", classNames}};
    return trainAndEncode(*network, crops, targets, options.train, std::move(metadata), progress, onEpoch);
}

} // namespace lupa::inspection
