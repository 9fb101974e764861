// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/Architectures.hpp"
#include "ml/NetworkImpl.hpp"
#include "ml/TorchThreads.hpp"
#include "ml/WeightsCodec.hpp"

#include <lupa/core/ml/EdgeClassifier.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace lupa::ml {
namespace {

torch::nn::Sequential twoLayerMlp(std::int64_t in, std::int64_t hidden, std::int64_t out,
                                  bool finalActivation) {
    torch::nn::Sequential mlp(torch::nn::Linear(in, hidden), torch::nn::ReLU(),
                              torch::nn::Linear(hidden, out));
    if (finalActivation)
        mlp->push_back(torch::nn::ReLU());
    return mlp;
}

/// The libtorch interaction network.
struct InteractionNetworkModule : torch::nn::Module {
    explicit InteractionNetworkModule(const InteractionNetworkParams& p)
        : steps(p.steps) {
        const std::int64_t h = p.hidden;
        nodeEncoder = register_module("node_encoder", twoLayerMlp(p.nodeFeatures, h, h, true));
        edgeEncoder = register_module("edge_encoder", twoLayerMlp(2 * h + p.edgeFeatures, h, h, true));
        nodeNetwork = register_module("node_network", twoLayerMlp(2 * h, h, h, true));
        edgeNetwork = register_module("edge_network", twoLayerMlp(3 * h, h, h, true));
        output = register_module("output", twoLayerMlp(3 * h, h, 1, false));
    }

    /// Edge logits [E].
    torch::Tensor forward(const torch::Tensor& nodes, const torch::Tensor& edges, const torch::Tensor& source,
                          const torch::Tensor& target) {
        auto x = nodeEncoder->forward(nodes);
        auto e = edgeEncoder->forward(
            torch::cat({x.index_select(0, source), x.index_select(0, target), edges}, 1));
        for (int step = 0; step < steps; ++step) {
            const auto messages = torch::zeros_like(x).index_add(0, target, e).index_add(0, source, e);
            x = x + nodeNetwork->forward(torch::cat({x, messages}, 1));
            e = e + edgeNetwork->forward(
                        torch::cat({x.index_select(0, source), x.index_select(0, target), e}, 1));
        }
        return output->forward(torch::cat({x.index_select(0, source), x.index_select(0, target), e}, 1))
            .reshape({-1});
    }

    int steps = 0;
    torch::nn::Sequential nodeEncoder{nullptr}, edgeEncoder{nullptr}, nodeNetwork{nullptr},
        edgeNetwork{nullptr}, output{nullptr};
};

/// A graph as libtorch tensors (views of the graph's vectors; the graph must outlive them).
struct TorchGraph {
    torch::Tensor nodes, edges, source, target;
};

Result<TorchGraph> toTorch(const EdgeGraph& g, const InteractionNetworkParams& p) {
    const auto edgeCount = static_cast<std::int64_t>(g.source.size());
    if (g.nodeCount < 0 || g.nodes.size() != static_cast<std::size_t>(g.nodeCount * p.nodeFeatures))
        return Error::badInput(fmt::format("the graph has {} node values for {} nodes of {} features",
                                           g.nodes.size(), g.nodeCount, p.nodeFeatures));
    if (g.target.size() != g.source.size() ||
        g.edges.size() != static_cast<std::size_t>(edgeCount * p.edgeFeatures))
        return Error::badInput(
            fmt::format("the graph has {} sources, {} targets and {} edge values for {} features",
                        g.source.size(), g.target.size(), g.edges.size(), p.edgeFeatures));
    auto outside = [&](std::int64_t i) {
        return i < 0 || i >= g.nodeCount;
    };
    if (std::any_of(g.source.begin(), g.source.end(), outside) ||
        std::any_of(g.target.begin(), g.target.end(), outside))
        return Error::badInput(fmt::format("an edge names a node outside [0, {})", g.nodeCount));
    auto view = [](const auto& values, std::vector<std::int64_t> shape, torch::Dtype type) {
        return torch::from_blob(const_cast<void*>(static_cast<const void*>(values.data())), shape, type);
    };
    return TorchGraph{view(g.nodes, {g.nodeCount, p.nodeFeatures}, torch::kFloat32),
                      view(g.edges, {edgeCount, p.edgeFeatures}, torch::kFloat32),
                      view(g.source, {edgeCount}, torch::kInt64), view(g.target, {edgeCount}, torch::kInt64)};
}

} // namespace

struct EdgeClassifier::Impl {
    NetworkSpec spec;
    InteractionNetworkParams params;
    std::shared_ptr<InteractionNetworkModule> module;
};

EdgeClassifier::EdgeClassifier(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
EdgeClassifier::EdgeClassifier(EdgeClassifier&& other) noexcept = default;
EdgeClassifier& EdgeClassifier::operator=(EdgeClassifier&& other) noexcept = default;
EdgeClassifier::~EdgeClassifier() = default;

Result<EdgeClassifier> EdgeClassifier::create(const NetworkSpec& spec, std::uint64_t seed) {
    auto params = InteractionNetworkParams::fromSpec(spec);
    if (!params)
        return std::move(params).error();
    detail::followThreadCount();
    try {
        auto impl =
            std::make_unique<Impl>(Impl{spec, *params, std::make_shared<InteractionNetworkModule>(*params)});
        detail::initialiseWeights(*impl->module, seed);
        return EdgeClassifier(std::move(impl));
    } catch (const std::exception& error) {
        return Error::runtime(
            fmt::format("cannot build the interaction network: {}", detail::exceptionMessage(error)));
    }
}

const NetworkSpec& EdgeClassifier::spec() const {
    return m_impl->spec;
}

std::int64_t EdgeClassifier::parameterCount() const {
    std::int64_t count = 0;
    for (const auto& parameter : m_impl->module->parameters())
        count += parameter.numel();
    return count;
}

Result<std::vector<float>> EdgeClassifier::scores(const EdgeGraph& graph) const {
    auto tensors = toTorch(graph, m_impl->params);
    if (!tensors)
        return std::move(tensors).error();
    detail::followThreadCount();
    try {
        torch::NoGradGuard noGrad;
        const auto probabilities = torch::sigmoid(m_impl->module->forward(tensors->nodes, tensors->edges,
                                                                          tensors->source, tensors->target))
                                       .contiguous();
        const float* data = probabilities.data_ptr<float>();
        return std::vector<float>(data, data + probabilities.numel());
    } catch (const std::exception& error) {
        return Error::runtime(
            fmt::format("the interaction network failed: {}", detail::exceptionMessage(error)));
    }
}

Result<std::string> EdgeClassifier::saveWeights() const {
    try {
        return detail::encodeWeights(detail::namedTensors(*m_impl->module, true));
    } catch (const std::exception& error) {
        return Error::runtime(
            fmt::format("cannot serialise the weights: {}", detail::exceptionMessage(error)));
    }
}

Result<void> EdgeClassifier::loadWeights(std::string_view bytes) {
    auto decoded = detail::decodeWeights(bytes, detail::namedTensors(*m_impl->module, false));
    if (!decoded)
        return Error::badInput(
            fmt::format("the weights do not fit network 'interaction_network': {}", decoded.error().message));
    detail::copyWeights(*m_impl->module, *decoded);
    return success();
}

Result<TrainHistory> trainEdgeClassifier(EdgeClassifier& classifier,
                                         std::span<const LabelledEdgeGraph> graphs, const TrainConfig& config,
                                         ProgressSink& progress, const EpochCallback& onEpoch) {
    LUPA_TRY(config.validate());
    auto& impl = *classifier.m_impl;
    std::vector<TorchGraph> tensors;
    std::vector<torch::Tensor> labels;
    double positives = 0, negatives = 0;
    for (std::size_t i = 0; i < graphs.size(); ++i) {
        auto converted = toTorch(graphs[i].graph, impl.params);
        if (!converted)
            return Error::badInput(fmt::format("training graph {}: {}", i, converted.error().message));
        if (graphs[i].labels.size() != graphs[i].graph.source.size())
            return Error::badInput(fmt::format("training graph {}: {} labels for {} edges", i,
                                               graphs[i].labels.size(), graphs[i].graph.source.size()));
        tensors.push_back(*converted);
        labels.push_back(torch::from_blob(const_cast<float*>(graphs[i].labels.data()),
                                          {static_cast<std::int64_t>(graphs[i].labels.size())},
                                          torch::kFloat32));
    }
    if (tensors.empty())
        return Error::badInput("no graphs to train on");
    std::vector<std::size_t> order(tensors.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::mt19937_64 random(config.seed);
    std::shuffle(order.begin(), order.end(), random);
    const auto held =
        tensors.size() < 2
            ? std::size_t{0}
            : std::min(tensors.size() - 1,
                       static_cast<std::size_t>(std::lround(config.validationFraction * tensors.size())));
    const std::vector<std::size_t> validation(order.begin(),
                                              order.begin() + static_cast<std::ptrdiff_t>(held));
    std::vector<std::size_t> training(order.begin() + static_cast<std::ptrdiff_t>(held), order.end());
    for (const auto i : training) {
        positives += labels[i].sum().item<double>();
        negatives += static_cast<double>(labels[i].numel()) - labels[i].sum().item<double>();
    }
    const auto positiveWeight =
        torch::full({1}, std::clamp(std::sqrt(negatives / std::max(positives, 1.0)), 1.0, 10.0));

    detail::followThreadCount();
    auto& module = *impl.module;
    const auto initial = detail::snapshotState(module);
    torch::optim::Adam optimiser(
        module.parameters(), torch::optim::AdamOptions(config.learningRate).weight_decay(config.weightDecay));
    auto lossOf = [&](std::size_t i) {
        const auto& g = tensors[i];
        return torch::binary_cross_entropy_with_logits(module.forward(g.nodes, g.edges, g.source, g.target),
                                                       labels[i], {}, positiveWeight);
    };
    TrainHistory history;
    std::vector<torch::Tensor> best;
    try {
        for (int epoch = 0; epoch < config.epochs; ++epoch) {
            module.train();
            std::shuffle(training.begin(), training.end(), random);
            double sum = 0;
            for (std::size_t k = 0; k < training.size(); ++k) {
                if (progress.isCancelled()) {
                    detail::restoreState(module, initial);
                    return Error::cancelled();
                }
                optimiser.zero_grad();
                auto loss = lossOf(training[k]);
                loss.backward();
                optimiser.step();
                sum += loss.item<double>();
                progress.report(
                    (epoch + (k + 1.0) / training.size()) / config.epochs,
                    fmt::format("epoch {}/{}, loss {:.4g}", epoch + 1, config.epochs, sum / (k + 1.0)));
            }
            const double trainLoss = sum / static_cast<double>(training.size());
            history.trainLoss.push_back(trainLoss);
            double monitored = trainLoss, validationLoss = std::numeric_limits<double>::quiet_NaN();
            if (!validation.empty()) {
                torch::NoGradGuard noGrad;
                module.eval();
                double v = 0;
                for (const auto i : validation)
                    v += lossOf(i).item<double>();
                monitored = validationLoss = v / static_cast<double>(validation.size());
                history.validationLoss.push_back(validationLoss);
            }
            if (onEpoch)
                onEpoch({epoch, config.epochs, trainLoss, validationLoss});
            if (std::isfinite(monitored) &&
                (history.bestEpoch < 0 || monitored < history.bestLoss - config.minDelta)) {
                history.bestEpoch = epoch;
                history.bestLoss = monitored;
                best = detail::snapshotState(module);
            } else if (config.patience > 0 && history.bestEpoch >= 0 &&
                       epoch - history.bestEpoch >= config.patience) {
                history.stoppedEarly = epoch + 1 < config.epochs;
                break;
            }
        }
    } catch (const std::exception& error) {
        detail::restoreState(module, initial);
        return Error::runtime(
            fmt::format("training the interaction network failed: {}", detail::exceptionMessage(error)));
    }
    if (!best.empty())
        detail::restoreState(module, best);
    module.eval();
    return history;
}

} // namespace lupa::ml
