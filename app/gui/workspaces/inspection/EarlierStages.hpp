// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/vision/Image.hpp>
#include <lupa/vision/Registration.hpp>

#include <QCoreApplication>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace lupa::app {

/// An inspection of the module at a production stage before the current one, as the QC database holds it:
/// enough to find the photograph taken then and to check that it is still the same file.
struct EarlierInspection {
    std::int64_t id = 0;     ///< the inspection's id in the QC database
    std::string stage;       ///< its production stage
    std::string timeUtc;     ///< when it was inspected (ISO 8601, UTC)
    std::string verdict;     ///< the verdict that counts (the operator's when overruled)
    std::string imagePath;   ///< the image file as recorded
    std::string imageSha256; ///< SHA-256 of that file when it was inspected (64 lowercase hex digits)
};

/// An earlier photograph put into the frame of the image it is compared with.
struct AlignedEarlierImage {
    vision::Image image;       ///< in the frame's pixels when aligned, else as recorded
    bool aligned = false;      ///< true when the registration could be trusted
    std::string whyNotAligned; ///< the registration's reason when not aligned ("" when aligned)
};

/// Comparing a module with itself at earlier production stages: which stages the QC database has for it,
/// reading the photograph recorded then (checked against its SHA-256) and aligning it with today's image.
class EarlierStages {
    Q_DECLARE_TR_FUNCTIONS(lupa::app::EarlierStages)
public:
    /// The production stages of the QC database at `database` in their order, or
    /// QcDatabase::defaultStages() when the file does not exist yet. Errors name a file that is no QC
    /// database.
    [[nodiscard]] static Result<std::vector<std::string>> stages(const std::filesystem::path& database);

    /// The latest inspection of module `serial` at each stage that comes before `currentStage` in the
    /// database's stage order, earliest stage first. Empty (no error) when the database file does not exist,
    /// `serial` is empty or `currentStage` is none of the database's stages.
    [[nodiscard]] static Result<std::vector<EarlierInspection>>
    find(const std::filesystem::path& database, const std::string& serial, const std::string& currentStage);

    /// Reads the image `inspection` recorded. An Io error that says so when the file no longer exists, and
    /// a BadInput error when its content no longer matches the recorded SHA-256 (replaced or edited since).
    [[nodiscard]] static Result<vision::Image> readRecordedImage(const EarlierInspection& inspection);

    /// `earlier` registered onto `frame` and resampled into its pixels; unchanged (with the reason) when
    /// the registration cannot be trusted or `frame` is empty.
    [[nodiscard]] static AlignedEarlierImage alignTo(const vision::Image& earlier, const vision::Image& frame,
                                                     const vision::RegistrationConfig& config);
};

} // namespace lupa::app
