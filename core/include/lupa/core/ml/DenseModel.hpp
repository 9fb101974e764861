// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/ml/FixedPoint.hpp>
#include <lupa/core/ml/ModelFileFormat.hpp>
#include <lupa/core/ml/Tensor.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace lupa::ml {

/// One fully connected layer and the non-linearity after it.
struct DenseLayer {
    std::int64_t inputs = 0;    ///< width of its input
    std::int64_t outputs = 0;   ///< width of its output
    std::string activation;     ///< "relu", "tanh", "leaky_relu", "sigmoid" or "linear" (none)
    std::vector<float> weights; ///< outputs x inputs, row-major (as torch.nn.Linear stores them)
    std::vector<float> biases;  ///< outputs
};

/// A fully connected network ("mlp" or "dense_autoencoder" model file) evaluated by lupa's own
/// dense engine, without libtorch: fast batched float inference (Eigen) for trigger-like
/// throughput and single events, and a bit-accurate fixed-point emulation whose every layer can be
/// compared with the float one. Gives the same outputs as ml::Network (to float rounding).
class DenseModel {
public:
    /// Builds the model from a parsed model file; a BadInput error naming `fileName` when the kind is
    /// not a dense one or the weights do not fit the spec.
    [[nodiscard]] static Result<DenseModel> fromContent(const ModelFileContent& content,
                                                        const std::string& fileName);
    /// Reads a model file (readModelFile) and builds the model.
    [[nodiscard]] static Result<DenseModel> load(const std::filesystem::path& path);

    [[nodiscard]] const ModelMetadata& metadata() const { return m_metadata; }
    [[nodiscard]] const NetworkSpec& spec() const { return m_spec; }
    [[nodiscard]] const std::vector<DenseLayer>& layers() const { return m_layers; }
    /// Layers of the encoder (autoencoders; 0 for an MLP): the latent vector is their output.
    [[nodiscard]] std::size_t encoderLayerCount() const { return m_encoderLayers; }
    /// The latent width of a variational autoencoder, whose encoder outputs (mean, log-variance) and
    /// whose decoder takes the mean; 0 for other networks.
    [[nodiscard]] std::int64_t variationalLatent() const { return m_variationalLatent; }
    [[nodiscard]] std::int64_t inputSize() const { return m_layers.front().inputs; }
    [[nodiscard]] std::int64_t outputSize() const { return m_layers.back().outputs; }
    /// metadata().kind, or the network kind when that is empty (for messages).
    [[nodiscard]] std::string name() const;
    /// The file (or name) the model was read from, for messages.
    [[nodiscard]] const std::string& source() const { return m_source; }

    /// Checks that `batch` is [N, inputSize()] and returns it standardised with the metadata's
    /// normalisation: what the network sees.
    [[nodiscard]] Result<Tensor> prepare(const Tensor& batch) const;

    /// Float inference on standardised inputs [N, inputSize()] -> [N, outputSize()]. When
    /// `layerOutputs` is given it receives every layer's output (after its activation).
    [[nodiscard]] Result<Tensor> forward(const Tensor& prepared,
                                         std::vector<Tensor>* layerOutputs = nullptr) const;
    /// The same in fixed point: inputs, weights, biases and every layer's result and activation are
    /// rounded to the formats of `config` (see FixedPointConfig); returns the outputs as floats.
    [[nodiscard]] Result<Tensor> forwardFixed(const Tensor& prepared, const FixedPointConfig& config,
                                              std::vector<Tensor>* layerOutputs = nullptr) const;
    /// The latent vectors (output of the encoder) of standardised inputs; a Usage error for an MLP.
    [[nodiscard]] Result<Tensor> encode(const Tensor& prepared) const;

    /// Float inference without checks or allocation beyond `scratch`, for hot loops: `prepared` holds
    /// `rows` standardised samples, `outputs` receives rows x outputSize() values.
    void forwardRows(std::span<const float> prepared, std::int64_t rows, std::span<float> outputs,
                     std::vector<float>& scratch) const;

    /// The documented JSON export: {"format": "lupa-dense-model", "version": 1, "kind", "metadata",
    /// "normalisation": {"mean", "std"}, "layers": [{"inputs", "outputs", "activation",
    /// "weights" (outputs x inputs, row-major), "biases"}]} (see docs/formats.md).
    [[nodiscard]] nlohmann::json toExportJson() const;

private:
    DenseModel() = default;
    Result<Tensor> run(const Tensor& prepared, std::size_t layerCount,
                       std::vector<Tensor>* layerOutputs) const;
    /// True for the encoder's last layer of a VAE: only its first m_variationalLatent outputs go on.
    [[nodiscard]] bool feedsDecoderMeans(std::size_t layer) const;

    NetworkSpec m_spec;
    ModelMetadata m_metadata;
    std::vector<DenseLayer> m_layers;
    std::size_t m_encoderLayers = 0;
    std::int64_t m_variationalLatent = 0; ///< VAEs: the decoder takes the first this many encoder outputs
    std::string m_source;
};

} // namespace lupa::ml
