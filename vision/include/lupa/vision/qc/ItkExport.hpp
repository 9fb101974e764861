// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Json.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/vision/qc/InspectionRecord.hpp>

#include <filesystem>
#include <string>

namespace lupa::vision::qc {

/// What the ITk production database needs that an InspectionRecord does not hold.
struct ItkExportOptions {
    std::string institution; ///< ITk institution code ("CERN", ...); the record's station when empty
    std::string runNumber;   ///< run number; the inspection id when empty
};

/// The inspection as a test-run upload for the ITk production database's VISUAL_INSPECTION test
/// (the body of `uploadTestRunResults`). Every field's mapping is in docs/qc-records.md.
[[nodiscard]] nlohmann::json toItkVisualInspectionJson(const InspectionRecord& record,
                                                       const ItkExportOptions& options = {});

/// Writes toItkVisualInspectionJson(record, options) to `path` atomically (lupa::writeJsonFile).
[[nodiscard]] Result<void> writeItkVisualInspectionJson(const std::filesystem::path& path,
                                                        const InspectionRecord& record,
                                                        const ItkExportOptions& options = {});

} // namespace lupa::vision::qc
