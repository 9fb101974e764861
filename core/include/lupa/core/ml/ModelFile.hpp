// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/ml/ModelFileFormat.hpp>
#include <lupa/core/ml/ModelMetadata.hpp>
#include <lupa/core/ml/Network.hpp>
#include <lupa/core/ml/Tensor.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace lupa::ml {

/// A model read from a file: its metadata and its network, ready to predict.
struct LoadedModel {
    ModelMetadata metadata; ///< as saved
    Network network;        ///< with the saved weights

    /// Checks that `batch` is [N, metadata.inputShape...] (BadInput error otherwise, naming the model)
    /// and returns it standardised with metadata.normalisation: what the network sees.
    [[nodiscard]] Result<Tensor> prepare(const Tensor& batch) const;
    /// The network's outputs for prepare(batch), shape [N, outputShape...]. Outputs stay in the
    /// network's space: an autoencoder returns standardised reconstructions, to compare with prepare().
    [[nodiscard]] Result<Tensor> predict(const Tensor& batch) const;
    /// The name used in messages: metadata.kind, or the network kind when that is empty.
    [[nodiscard]] std::string name() const;
};

/// The bytes of a model file (layout in ModelFileFormat.hpp), the weights as Network::saveWeights()
/// writes them.
/// Fills metadata.lupaVersion with lupa::version(), metadata.createdUtc with the current time when
/// empty and metadata.inputShape with the network's when empty. A Usage error when the metadata's
/// input shape or normalisation does not fit the network.
[[nodiscard]] Result<std::string> encodeModel(const Network& network, ModelMetadata metadata);

/// Reads bytes written by encodeModel(); every error is BadInput and names `fileName`.
[[nodiscard]] Result<LoadedModel> decodeModel(std::string_view bytes, const std::string& fileName);

/// Writes a model file atomically (readers never see a half-written model).
[[nodiscard]] Result<void> saveModel(const std::filesystem::path& path, const Network& network,
                                     const ModelMetadata& metadata);

/// Reads and validates a model file: an Io error when it cannot be read, a BadInput error naming the
/// file and what is wrong (not a model file, truncated, checksum mismatch, bad JSON, weights that do
/// not fit the network). Never crashes on a corrupt file.
[[nodiscard]] Result<LoadedModel> loadModel(const std::filesystem::path& path);

} // namespace lupa::ml
