// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/ml/ModelMetadata.hpp>
#include <lupa/core/ml/NetworkSpec.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace lupa::ml {

/// The first line of every lupa model file.
inline constexpr std::string_view kModelMagic = "LUPA-MODEL 1\n";

/// What a model file holds, read without building the network (no libtorch needed).
struct ModelFileContent {
    NetworkSpec spec;       ///< the network's kind and parameters
    ModelMetadata metadata; ///< as saved
    std::string weights;    ///< the weights blob (lupa's weights format, see WeightsCodec.hpp)
};

/// The bytes of a model file. Layout:
///   line 1: kModelMagic ("LUPA-MODEL 1")
///   line 2: "<json bytes> <weight bytes> <fnv1a64 hex of json and weight bytes>"
///   then the JSON {"format": 1, "network": NetworkSpec, "metadata": ModelMetadata}
///   then the weights blob.
/// A Runtime error when the metadata cannot be written as JSON.
[[nodiscard]] Result<std::string> assembleModelFile(const NetworkSpec& spec, const ModelMetadata& metadata,
                                                    std::string_view weights);

/// Reads the layout above and checks the checksum, the JSON, the spec and the metadata (not the
/// weights: they are checked against the spec when a network loads them). Every error is BadInput
/// and names `fileName`. Never crashes or over-allocates on corrupt bytes.
[[nodiscard]] Result<ModelFileContent> parseModelFile(std::string_view bytes, const std::string& fileName);

/// Reads a model file: an Io error when it cannot be read, else what parseModelFile() says.
[[nodiscard]] Result<ModelFileContent> readModelFile(const std::filesystem::path& path);

} // namespace lupa::ml
