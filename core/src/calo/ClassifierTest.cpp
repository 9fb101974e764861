// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/calo/ClassifierTest.hpp>
#include <lupa/core/ml/Mlp.hpp>
#include <lupa/core/ml/Network.hpp>
#include <lupa/core/ml/Trainer.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace lupa::calo {
namespace {

/// Row indices of one class, shuffled, cut 60 / 20 / 20.
struct Split {
    std::vector<std::int64_t> train, calibration, evaluation;
};

Split splitRows(std::int64_t rows, std::mt19937_64& engine) {
    std::vector<std::int64_t> order(static_cast<std::size_t>(rows));
    std::iota(order.begin(), order.end(), std::int64_t{0});
    std::shuffle(order.begin(), order.end(), engine);
    const auto train = static_cast<std::ptrdiff_t>(0.6 * static_cast<double>(rows));
    const auto calibration = static_cast<std::ptrdiff_t>(0.2 * static_cast<double>(rows));
    Split split;
    split.train.assign(order.begin(), order.begin() + train);
    split.calibration.assign(order.begin() + train, order.begin() + train + calibration);
    split.evaluation.assign(order.begin() + train + calibration, order.end());
    return split;
}

/// Rows of both samples with their labels (reference 1, candidate 0), shuffled together.
struct Labelled {
    ml::Tensor inputs;
    std::vector<int> labels;
};

Labelled combine(const ml::Tensor& reference, const std::vector<std::int64_t>& referenceRows,
                 const ml::Tensor& candidate, const std::vector<std::int64_t>& candidateRows,
                 std::mt19937_64& engine) {
    std::vector<std::pair<int, std::int64_t>> rows; // (label, row)
    for (const auto r : referenceRows)
        rows.emplace_back(1, r);
    for (const auto r : candidateRows)
        rows.emplace_back(0, r);
    std::shuffle(rows.begin(), rows.end(), engine);
    Labelled out;
    const std::int64_t width = reference.rowSize();
    out.inputs = ml::Tensor::zeros({static_cast<std::int64_t>(rows.size()), width});
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto source = (rows[i].first == 1 ? reference : candidate).row(rows[i].second);
        std::copy(source.begin(), source.end(), out.inputs.row(static_cast<std::int64_t>(i)).begin());
        out.labels.push_back(rows[i].first);
    }
    return out;
}

Result<std::vector<double>> probabilities(const ml::Network& network, const ml::Tensor& inputs) {
    std::vector<double> result;
    constexpr std::int64_t kChunk = 4096;
    for (std::int64_t first = 0; first < inputs.rowCount(); first += kChunk) {
        std::vector<std::int64_t> rows(static_cast<std::size_t>(std::min(kChunk, inputs.rowCount() - first)));
        std::iota(rows.begin(), rows.end(), first);
        auto output = network.forward(inputs.selectRows(rows));
        if (!output)
            return std::move(output).error();
        result.insert(result.end(), output->values.begin(), output->values.end());
    }
    return result;
}

double standardDeviation(const std::vector<double>& values) {
    if (values.size() < 2)
        return 0.0;
    const double mean =
        std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    double sum = 0;
    for (const double v : values)
        sum += (v - mean) * (v - mean);
    return std::sqrt(sum / static_cast<double>(values.size() - 1));
}

// Spread of the calibrated scores over bootstrap replicas of the evaluation set.
void bootstrapUncertainties(const std::vector<double>& p, const std::vector<int>& labels, int replicas,
                            std::uint64_t seed, ClassifierResult& result) {
    std::mt19937_64 engine(seed);
    std::uniform_int_distribution<std::size_t> pick(0, p.size() - 1);
    std::vector<double> aucs, jsds, accuracies;
    std::vector<double> sampleP(p.size());
    std::vector<int> sampleLabels(p.size());
    for (int r = 0; r < replicas; ++r) {
        for (std::size_t i = 0; i < p.size(); ++i) {
            const std::size_t j = pick(engine);
            sampleP[i] = p[j];
            sampleLabels[i] = labels[j];
        }
        if (auto scores = scoreProbabilities(sampleP, sampleLabels)) {
            aucs.push_back(scores->auc);
            jsds.push_back(scores->jsd);
            accuracies.push_back(scores->accuracy);
        }
    }
    result.aucUncertainty = standardDeviation(aucs);
    result.jsdUncertainty = standardDeviation(jsds);
    result.accuracyUncertainty = standardDeviation(accuracies);
}

ml::Tensor targetsOf(const std::vector<int>& labels) {
    ml::Tensor targets = ml::Tensor::zeros({static_cast<std::int64_t>(labels.size()), 1});
    std::transform(labels.begin(), labels.end(), targets.values.begin(),
                   [](int l) { return static_cast<float>(l); });
    return targets;
}

} // namespace

std::size_t defaultLowLevelShowers(std::size_t voxels) {
    constexpr std::size_t kFloatsForBoth = std::size_t{1} << 28; // 1 GiB of float inputs
    return std::max<std::size_t>(1000, kFloatsForBoth / 2 / (voxels + 1));
}

Result<ml::Tensor> lowLevelInputs(const ShowerReader& reader, std::size_t maxShowers,
                                  ProgressSink& progress) {
    const std::uint64_t rows =
        maxShowers == 0 ? reader.showerCount() : std::min<std::uint64_t>(maxShowers, reader.showerCount());
    const auto width = static_cast<std::int64_t>(reader.voxelCount() + 1);
    ml::Tensor inputs = ml::Tensor::zeros({static_cast<std::int64_t>(rows), width});
    constexpr std::size_t kBlock = 512;
    for (std::uint64_t first = 0; first < rows; first += kBlock) {
        if (progress.isCancelled())
            return Error::cancelled();
        auto block =
            reader.read(first, static_cast<std::size_t>(std::min<std::uint64_t>(kBlock, rows - first)));
        if (!block)
            return std::move(block).error();
        for (std::size_t i = 0; i < block->showers(); ++i) {
            const float incident = block->incidentEnergies[i];
            auto row = inputs.row(static_cast<std::int64_t>(first + i));
            row[0] = std::log10(incident);
            const auto shower = block->shower(i);
            for (std::size_t v = 0; v < shower.size(); ++v)
                row[v + 1] = 100.0F * shower[v] / incident;
        }
        progress.report(static_cast<double>(first + block->showers()) / static_cast<double>(rows),
                        "classifier inputs");
    }
    return inputs;
}

Result<ml::Tensor> highLevelInputs(const ShowerSample& sample, std::size_t maxShowers) {
    const std::uint64_t rows =
        maxShowers == 0 ? sample.showers : std::min<std::uint64_t>(maxShowers, sample.showers);
    std::vector<std::pair<std::size_t, double>> columns; // (column, scale) of the non-log inputs
    std::vector<std::size_t> energyColumns;
    for (std::size_t c = 0; c < sample.columns.size(); ++c) {
        const FeatureKind kind = sample.columns[c].kind;
        if (kind == FeatureKind::LayerEnergy)
            energyColumns.push_back(c);
        else if (kind == FeatureKind::CentreEta || kind == FeatureKind::CentrePhi ||
                 kind == FeatureKind::WidthEta || kind == FeatureKind::WidthPhi)
            columns.emplace_back(c, 0.01);
    }
    const auto width = static_cast<std::int64_t>(1 + energyColumns.size() + columns.size());
    ml::Tensor inputs = ml::Tensor::zeros({static_cast<std::int64_t>(rows), width});
    for (std::uint64_t r = 0; r < rows; ++r) {
        auto row = inputs.row(static_cast<std::int64_t>(r));
        std::size_t k = 0;
        row[k++] = static_cast<float>(std::log10(sample.incidentEnergies[r]));
        for (const std::size_t c : energyColumns)
            row[k++] = static_cast<float>(std::log10(sample.values[c][r] + 1e-8));
        for (const auto& [c, scale] : columns)
            row[k++] = static_cast<float>(sample.values[c][r] * scale);
    }
    for (std::size_t i = 0; i < inputs.values.size(); ++i)
        if (!std::isfinite(inputs.values[i]))
            return Error::badInput(
                fmt::format("classifier input row {} is not finite (a non-positive energy?)",
                            i / static_cast<std::size_t>(width)),
                sample.path.string());
    return inputs;
}

Result<ClassifierResult> runClassifierTest(const ml::Tensor& reference, const ml::Tensor& candidate,
                                           const ClassifierOptions& options, ProgressSink& progress) {
    if (reference.shape.size() != 2 || candidate.shape.size() != 2 ||
        reference.rowSize() != candidate.rowSize())
        return Error::usage("the classifier needs two [N, features] inputs of the same width");
    if (reference.rowCount() < 10 || candidate.rowCount() < 10)
        return Error::usage("the classifier test needs at least 10 showers in each sample");
    std::mt19937_64 engine(options.seed);
    const Split referenceSplit = splitRows(reference.rowCount(), engine);
    const Split candidateSplit = splitRows(candidate.rowCount(), engine);
    const Labelled train = combine(reference, referenceSplit.train, candidate, candidateSplit.train, engine);
    const Labelled calibration =
        combine(reference, referenceSplit.calibration, candidate, candidateSplit.calibration, engine);
    const Labelled evaluation =
        combine(reference, referenceSplit.evaluation, candidate, candidateSplit.evaluation, engine);

    ml::MlpParams params;
    params.layerSizes.push_back(reference.rowSize());
    for (int i = 0; i < options.hiddenLayers; ++i)
        params.layerSizes.push_back(options.hiddenUnits);
    params.layerSizes.push_back(1);
    params.activation = ml::Activation::LeakyRelu;
    params.sigmoidOutput = true;
    auto network = ml::Network::create(params.toSpec(), options.seed);
    if (!network)
        return std::move(network).error();
    ml::TrainConfig config;
    config.seed = options.seed;
    config.epochs = options.epochs;
    config.batchSize = options.batchSize;
    config.learningRate = options.learningRate;
    config.validationFraction = 0.25;
    config.patience = options.patience;
    config.loss = "bce";
    SubProgress trainProgress(progress, 0.0, 0.95);
    auto history = ml::train(*network, train.inputs, targetsOf(train.labels), config, trainProgress);
    if (!history)
        return std::move(history).error();

    auto calibrationP = probabilities(*network, calibration.inputs);
    auto evaluationP = probabilities(*network, evaluation.inputs);
    if (!calibrationP)
        return std::move(calibrationP).error();
    if (!evaluationP)
        return std::move(evaluationP).error();
    auto calibrator = IsotonicCalibration::fit(*calibrationP, calibration.labels);
    if (!calibrator)
        return std::move(calibrator).error();
    std::vector<double> calibrated(evaluationP->size());
    std::transform(evaluationP->begin(), evaluationP->end(), calibrated.begin(),
                   [&](double p) { return calibrator->predict(p); });
    ClassifierResult result;
    result.features = options.features;
    auto raw = scoreProbabilities(*evaluationP, evaluation.labels);
    auto scores = scoreProbabilities(calibrated, evaluation.labels);
    if (!raw || !scores)
        return Error::runtime("the evaluation set lacks one of the classes");
    result.raw = *raw;
    result.calibrated = *scores;
    if (auto roc = rocCurve(calibrated, evaluation.labels))
        result.roc = std::move(*roc);
    bootstrapUncertainties(calibrated, evaluation.labels, options.bootstrapReplicas, options.seed + 1,
                           result);
    result.trainRows = static_cast<std::size_t>(train.inputs.rowCount());
    result.calibrationRows = calibration.labels.size();
    result.evaluationRows = evaluation.labels.size();
    result.epochsRun = static_cast<int>(history->trainLoss.size());
    result.bestEpoch = history->bestEpoch + 1;
    result.parameters = network->parameterCount();
    progress.report(1.0, "classifier done");
    return result;
}

} // namespace lupa::calo
