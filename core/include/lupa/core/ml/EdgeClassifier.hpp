// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/ml/NetworkSpec.hpp>
#include <lupa/core/ml/Trainer.hpp>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lupa::ml {

namespace kinds {
inline constexpr std::string_view kInteractionNetwork = "interaction_network"; ///< see EdgeClassifier.hpp
} // namespace kinds

/// Parameters of the interaction network that scores the edges of a graph.
struct InteractionNetworkParams {
    int nodeFeatures = 3; ///< inputs per node, >= 1
    int edgeFeatures = 6; ///< inputs per edge, >= 1
    int hidden = 32;      ///< width of every hidden representation, in [2, 1024]
    /// Message-passing steps, in [0, 16]; 0 is the MLP-only classifier (each edge judged from its own two
    /// hits and features, without its neighbours).
    int steps = 3;

    [[nodiscard]] NetworkSpec toSpec() const;
    /// A BadInput error naming the parameter out of range or of the wrong kind.
    [[nodiscard]] static Result<InteractionNetworkParams> fromSpec(const NetworkSpec& spec);
};

/// One graph as an edge classifier sees it.
struct EdgeGraph {
    std::int64_t nodeCount = 0;
    std::vector<float> nodes;         ///< nodeCount x nodeFeatures, row-major
    std::vector<float> edges;         ///< edgeCount x edgeFeatures, row-major
    std::vector<std::int64_t> source; ///< per edge: index of its first node
    std::vector<std::int64_t> target; ///< per edge: index of its second node
};

/// A graph with the truth of its edges, for training.
struct LabelledEdgeGraph {
    EdgeGraph graph;
    std::vector<float> labels; ///< per edge: 1 true, 0 false
};

/// An interaction network (Battaglia et al. 2016, as in the Exa.TrkX pipeline) that gives every edge of a
/// graph the probability of being true: nodes and edges are encoded by small MLPs, then `steps` times each
/// node adds an MLP of itself and the sum of its edges' states, and each edge adds an MLP of itself and its
/// two nodes (weights shared across steps); an MLP of an edge and its nodes gives its logit. CPU only;
/// move-only; const methods may run concurrently.
class EdgeClassifier {
public:
    /// Builds the network of `spec` (kind kinds::kInteractionNetwork) with weights drawn from a generator
    /// seeded with `seed`. A BadInput error for an invalid spec.
    [[nodiscard]] static Result<EdgeClassifier> create(const NetworkSpec& spec, std::uint64_t seed);
    EdgeClassifier(EdgeClassifier&& other) noexcept;
    EdgeClassifier& operator=(EdgeClassifier&& other) noexcept;
    ~EdgeClassifier();

    [[nodiscard]] const NetworkSpec& spec() const;
    [[nodiscard]] std::int64_t parameterCount() const;

    /// The probability of each edge of `graph`. A BadInput error when the feature counts or node indices do
    /// not fit.
    [[nodiscard]] Result<std::vector<float>> scores(const EdgeGraph& graph) const;

    /// The weights in lupa's weights format (see Network::saveWeights).
    [[nodiscard]] Result<std::string> saveWeights() const;
    /// Replaces the weights with saveWeights() bytes of a classifier of the same spec; BadInput otherwise,
    /// leaving the weights unchanged. Safe on untrusted bytes.
    [[nodiscard]] Result<void> loadWeights(std::string_view bytes);

    struct Impl;

private:
    explicit EdgeClassifier(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
    friend Result<TrainHistory> trainEdgeClassifier(EdgeClassifier&, std::span<const LabelledEdgeGraph>,
                                                    const TrainConfig&, ProgressSink&, const EpochCallback&);
};

/// Trains `classifier` on whole graphs (one optimiser step per graph; config.batchSize is not used) with Adam
/// and binary cross-entropy, true edges weighted by the ratio of false to true edges of the training graphs
/// (at most 100). The first round(validationFraction x graphs) graphs of a seeded shuffle are held out when
/// there are at least two graphs. Ends with the weights of the best epoch, like ml::train. Cancelled leaves
/// the weights as they were. Errors: Usage for a bad config, BadInput for graphs that do not fit.
[[nodiscard]] Result<TrainHistory> trainEdgeClassifier(EdgeClassifier& classifier,
                                                       std::span<const LabelledEdgeGraph> graphs,
                                                       const TrainConfig& config,
                                                       ProgressSink& progress = NullProgress::instance(),
                                                       const EpochCallback& onEpoch = {});

} // namespace lupa::ml
