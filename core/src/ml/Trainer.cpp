// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/Architectures.hpp"
#include "ml/NetworkImpl.hpp"
#include "ml/TorchThreads.hpp"

#include <lupa/core/ml/Trainer.hpp>

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace lupa::ml {
namespace {

struct Split {
    std::vector<std::int64_t> training;
    std::vector<std::int64_t> validation;
};

// Fisher-Yates with our own index arithmetic: std::shuffle's sequence differs between libraries.
void shuffle(std::vector<std::int64_t>& indices, std::mt19937_64& random) {
    for (std::size_t i = indices.size(); i > 1; --i)
        std::swap(indices[i - 1], indices[random() % i]);
}

Split splitSamples(std::int64_t count, double validationFraction, std::mt19937_64& random) {
    std::vector<std::int64_t> indices(static_cast<std::size_t>(count));
    std::iota(indices.begin(), indices.end(), 0);
    shuffle(indices, random);
    const auto validation = std::min<std::int64_t>(count - 1, std::llround(validationFraction * count));
    const auto cut = indices.begin() + validation;
    return {{cut, indices.end()}, {indices.begin(), cut}};
}

Result<void> checkFinite(const Tensor& tensor, std::string_view what) {
    for (std::size_t i = 0; i < tensor.values.size(); ++i)
        if (!std::isfinite(tensor.values[i]))
            return Error::badRecord(fmt::format("{} hold a non-finite value", what), {},
                                    static_cast<std::int64_t>(i) /
                                        std::max<std::int64_t>(1, tensor.rowSize()));
    return success();
}

Result<void> checkProbabilities(const Tensor& targets) {
    for (std::size_t i = 0; i < targets.values.size(); ++i)
        if (!(targets.values[i] >= 0 && targets.values[i] <= 1))
            return Error::badRecord("loss 'bce' needs targets in [0, 1]", {},
                                    static_cast<std::int64_t>(i) /
                                        std::max<std::int64_t>(1, targets.rowSize()));
    return success();
}

// Cross-entropy targets: one class index per sample, shape [N] or [N, 1], integers in [0, classes).
Result<void> checkClassTargets(const Network& network, const Tensor& targets) {
    const auto& output = network.outputShape();
    if (output.size() != 1 || output[0] < 2)
        return Error::usage(fmt::format("loss 'cross_entropy' needs a network with one logit per class; '{}' "
                                        "outputs {}",
                                        network.spec().kind, batchShapeToString(output)));
    const auto sample = targets.sampleShape();
    if (!targets.isConsistent() || targets.shape.empty() ||
        !(sample.empty() || sample == std::vector<std::int64_t>{1}))
        return Error::badInput(
            fmt::format("loss 'cross_entropy' needs class indices of shape [N] or [N, 1], not {}",
                        shapeToString(targets.shape)));
    for (std::size_t i = 0; i < targets.values.size(); ++i) {
        const float value = targets.values[i];
        if (!(value >= 0 && value < static_cast<float>(output[0]) && value == std::floor(value)))
            return Error::badRecord(
                fmt::format("loss 'cross_entropy' needs class indices 0 to {}, not {}", output[0] - 1, value),
                {}, static_cast<std::int64_t>(i));
    }
    return success();
}

Result<void> checkData(const Network& network, const Tensor& inputs, const Tensor& targets,
                       const TrainConfig& config) {
    const auto& name = network.spec().kind;
    LUPA_TRY(checkBatchShape(inputs, network.inputShape(), name));
    if (config.loss == "cross_entropy")
        LUPA_TRY(checkClassTargets(network, targets));
    else if (!targets.isConsistent() || targets.shape.empty() ||
             targets.sampleShape() != network.outputShape())
        return Error::badInput(fmt::format("model '{}' outputs {} but the targets have shape {}", name,
                                           batchShapeToString(network.outputShape()),
                                           shapeToString(targets.shape)));
    if (targets.rowCount() != inputs.rowCount())
        return Error::badInput(
            fmt::format("{} input samples but {} targets", inputs.rowCount(), targets.rowCount()));
    if (inputs.rowCount() < 1)
        return Error::badInput("no training samples");
    LUPA_TRY(checkFinite(inputs, "the inputs"));
    if (config.loss != "masked_mse") // where NaN targets mark the entries the loss ignores
        LUPA_TRY(checkFinite(targets, "the targets"));
    if (config.loss == "bce")
        return checkProbabilities(targets);
    return success();
}

// The mean squared error over the entries whose target is not NaN (0 when every entry is masked).
torch::Tensor maskedMse(const torch::Tensor& output, const torch::Tensor& target) {
    const auto kept = torch::logical_not(torch::isnan(target));
    const auto difference = torch::where(kept, output - torch::nan_to_num(target), torch::zeros_like(output));
    return difference.pow(2).sum() / kept.sum().clamp_min(1);
}

// One call of train(): the data as libtorch views, the optimiser and the bookkeeping.
class TrainingRun {
public:
    TrainingRun(torch::nn::Sequential module, const Tensor& inputs, const Tensor& targets,
                const TrainConfig& config)
        : m_module(std::move(module))
        , m_inputs(detail::viewAsTorch(inputs))
        , m_targets(detail::viewAsTorch(targets))
        , m_config(config)
        , m_random(config.seed)
        , m_optimiser(m_module->parameters(),
                      torch::optim::AdamOptions(config.learningRate).weight_decay(config.weightDecay)) {
        m_split = splitSamples(inputs.rowCount(), config.validationFraction, m_random);
        m_sampling = detail::samplingSteps(*m_module);
    }

    Result<TrainHistory> run(ProgressSink& progress, const EpochCallback& onEpoch);

private:
    torch::Tensor loss(const torch::Tensor& output, const torch::Tensor& target) const {
        if (m_config.loss == "bce")
            return torch::binary_cross_entropy(output, target);
        if (m_config.loss == "cross_entropy")
            return torch::nn::functional::cross_entropy(output, target.reshape({-1}).to(torch::kLong));
        auto value =
            m_config.loss == "masked_mse" ? maskedMse(output, target) : torch::mse_loss(output, target);
        for (const auto& step : m_sampling) // variational autoencoders: the KL penalty of this batch
            value = value + step->penalty();
        return value;
    }
    torch::Tensor rows(const torch::Tensor& data, std::vector<std::int64_t>& indices, std::size_t begin,
                       std::size_t end) const {
        const auto index =
            torch::from_blob(indices.data() + begin, {static_cast<std::int64_t>(end - begin)}, torch::kInt64);
        return data.index_select(0, index);
    }
    Result<double> trainEpoch(int epoch, ProgressSink& progress);
    double evaluate(std::vector<std::int64_t>& indices);
    bool monitor(int epoch, double monitored, TrainHistory& history);

    torch::nn::Sequential m_module;
    torch::Tensor m_inputs;
    torch::Tensor m_targets;
    const TrainConfig& m_config;
    std::mt19937_64 m_random;
    Split m_split;
    torch::optim::Adam m_optimiser;
    std::vector<std::shared_ptr<detail::ReparameteriseImpl>> m_sampling;
    std::vector<torch::Tensor> m_bestState;
};

Result<double> TrainingRun::trainEpoch(int epoch, ProgressSink& progress) {
    m_module->train();
    shuffle(m_split.training, m_random);
    const auto count = m_split.training.size();
    const auto batch = static_cast<std::size_t>(m_config.batchSize);
    double sum = 0;
    for (std::size_t begin = 0; begin < count; begin += batch) {
        if (progress.isCancelled())
            return Error::cancelled();
        const auto end = std::min(count, begin + batch);
        m_optimiser.zero_grad();
        auto batchLoss = loss(m_module->forward(rows(m_inputs, m_split.training, begin, end)),
                              rows(m_targets, m_split.training, begin, end));
        batchLoss.backward();
        m_optimiser.step();
        sum += batchLoss.item<double>() * static_cast<double>(end - begin);
        const double done = (epoch + static_cast<double>(end) / static_cast<double>(count)) / m_config.epochs;
        progress.report(done, fmt::format("epoch {}/{}, loss {:.4g}", epoch + 1, m_config.epochs,
                                          sum / static_cast<double>(end)));
    }
    return sum / static_cast<double>(count);
}

double TrainingRun::evaluate(std::vector<std::int64_t>& indices) {
    torch::NoGradGuard noGrad;
    m_module->eval();
    const auto batch = static_cast<std::size_t>(std::max(m_config.batchSize, 1024));
    double sum = 0;
    for (std::size_t begin = 0; begin < indices.size(); begin += batch) {
        const auto end = std::min(indices.size(), begin + batch);
        const auto output = m_module->forward(rows(m_inputs, indices, begin, end));
        sum += loss(output, rows(m_targets, indices, begin, end)).item<double>() *
               static_cast<double>(end - begin);
    }
    return sum / static_cast<double>(indices.size());
}

// Records an epoch's monitored loss; returns true when training should stop early.
bool TrainingRun::monitor(int epoch, double monitored, TrainHistory& history) {
    const bool first = history.bestEpoch < 0;
    if (std::isfinite(monitored) && (first || monitored < history.bestLoss - m_config.minDelta)) {
        history.bestEpoch = epoch;
        history.bestLoss = monitored;
        m_bestState = detail::snapshotState(*m_module);
        return false;
    }
    return m_config.patience > 0 && !first && epoch - history.bestEpoch >= m_config.patience;
}

Result<TrainHistory> TrainingRun::run(ProgressSink& progress, const EpochCallback& onEpoch) {
    TrainHistory history;
    for (int epoch = 0; epoch < m_config.epochs; ++epoch) {
        auto trainLoss = trainEpoch(epoch, progress);
        if (!trainLoss)
            return std::move(trainLoss).error();
        history.trainLoss.push_back(*trainLoss);
        double monitored = *trainLoss;
        double validationLoss = std::numeric_limits<double>::quiet_NaN();
        if (!m_split.validation.empty()) {
            validationLoss = monitored = evaluate(m_split.validation);
            history.validationLoss.push_back(validationLoss);
        }
        if (onEpoch)
            onEpoch({epoch, m_config.epochs, *trainLoss, validationLoss});
        if (monitor(epoch, monitored, history)) {
            history.stoppedEarly = epoch + 1 < m_config.epochs;
            break;
        }
    }
    if (history.bestEpoch < 0)
        return Error::runtime("training diverged: the loss is not finite (try a lower learning rate)");
    detail::restoreState(*m_module, m_bestState);
    m_module->eval();
    return history;
}

} // namespace

Result<TrainHistory> train(Network& network, const Tensor& inputs, const Tensor& targets,
                           const TrainConfig& config, ProgressSink& progress, const EpochCallback& onEpoch) {
    LUPA_TRY(config.validate());
    if (config.loss == "bce" && !network.hasProbabilityOutput())
        return Error::usage(fmt::format("loss 'bce' needs a network with sigmoid output; '{}' has none",
                                        network.spec().kind));
    LUPA_TRY(checkData(network, inputs, targets, config));
    detail::followThreadCount();
    auto& module = detail::NetworkAccess::impl(network).module;
    const auto initialState = detail::snapshotState(*module);
    Result<TrainHistory> result = Error::runtime("training did not run");
    try {
        result = TrainingRun(module, inputs, targets, config).run(progress, onEpoch);
    } catch (const std::exception& error) {
        result = Error::runtime(fmt::format("training failed: {}", detail::exceptionMessage(error)));
    }
    if (!result) { // cancelled or failed: leave the network as it was
        detail::restoreState(*module, initialState);
        module->eval();
    }
    return result;
}

} // namespace lupa::ml
