// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace lupa::inspection {

/// The first line of every inspection model file.
inline constexpr std::string_view kInspectionModelMagic = "LUPA-INSPECTION-MODEL 1\n";

/// What `lupa-cli inspect train` writes: the settings (channels, thresholds with their calibration
/// statistics, class names) and up to two networks, each a complete lupa model file (ModelFileFormat.hpp)
/// with its own checksum. A part is empty when the model has no such network.
struct InspectionModelContent {
    nlohmann::json settings = nlohmann::json::object(); ///< see docs/user-guide.md, "Inspection models"
    std::string autoencoder; ///< the convolutional autoencoder's model file bytes ("" = none)
    std::string classifier;  ///< the defect classifier's model file bytes ("" = none)
};

/// The bytes of an inspection model file. Layout:
///   line 1: kInspectionModelMagic
///   line 2: "<settings bytes> <autoencoder bytes> <classifier bytes> <fnv1a64 hex of all three>"
///   then the settings JSON, the autoencoder part, the classifier part.
[[nodiscard]] std::string assembleInspectionModel(const InspectionModelContent& content);

/// Reads the layout above and checks sizes, checksum and that the settings are a JSON object with
/// "format": 1. Every error is BadInput naming `fileName`; corrupt bytes never crash or over-allocate.
/// The parts are not parsed here (lupa::vision::ConvModel does that).
[[nodiscard]] Result<InspectionModelContent> parseInspectionModel(std::string_view bytes,
                                                                  const std::string& fileName);

/// Reads an inspection model file: Io error when unreadable, else what parseInspectionModel says.
[[nodiscard]] Result<InspectionModelContent> readInspectionModel(const std::filesystem::path& path);

/// Writes an inspection model file atomically (temporary file + rename).
[[nodiscard]] Result<void> writeInspectionModel(const std::filesystem::path& path,
                                                const InspectionModelContent& content);

} // namespace lupa::inspection
