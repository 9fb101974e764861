// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/vision/Image.hpp>
#include <lupa/vision/InspectionSettings.hpp>

#include <filesystem>
#include <memory>

namespace lupa::vision {

class ConvModel;

/// One module image inspected by a ModulePipeline.
struct ModuleInspection {
    InspectionResult result; ///< registration, normalised anomaly map, defects, verdict
    AnomalyChannel channel = AnomalyChannel::Template; ///< the map the defects come from
    Image registered; ///< the tested image in reference coordinates (8-bit grey)
};

/// The whole inspection of module images as an inspection model describes it: registration and template
/// difference against a reference, the convolutional autoencoder's reconstruction error, their fusion,
/// defects, the classifier's classes and the verdict. Immutable once made; inspect() may run on several
/// threads at once.
class ModulePipeline {
public:
    /// Template difference only, with `settings` (no networks).
    explicit ModulePipeline(InspectionSettings settings = {});
    /// Reads an inspection model file (lupa-cli inspect train); BadInput errors name the file.
    [[nodiscard]] static Result<ModulePipeline> load(const std::filesystem::path& modelFile);

    [[nodiscard]] const InspectionSettings& settings() const { return m_settings; }
    /// Changes the settings (channel, thresholds); the channel must be one the model can run.
    [[nodiscard]] Result<void> setSettings(const InspectionSettings& settings);
    [[nodiscard]] bool hasAutoencoder() const { return m_autoencoder != nullptr; }
    [[nodiscard]] bool hasClassifier() const { return m_classifier != nullptr; }

    /// Inspects `tested` against `reference` (may be null for the autoencoder channel, which then
    /// works on the tested image as it is). A Usage error when the channel needs what is missing
    /// (a reference, an autoencoder); BadInput when the images cannot be the same module.
    [[nodiscard]] Result<ModuleInspection> inspect(const Image& tested, const Image* reference) const;

private:
    InspectionSettings m_settings;
    std::shared_ptr<const ConvModel> m_autoencoder;
    std::shared_ptr<const ConvModel> m_classifier;
};

/// Writes a normalised anomaly map (1.0 = at threshold) as a 16-bit PNG: 0–65535 covers scores 0–2,
/// so the threshold is 32768 (the scale of `--save-map`).
[[nodiscard]] Result<void> writeAnomalyMap16(const Image& normalisedMap, const std::filesystem::path& path);

/// Score of one pixel of a map written by writeAnomalyMap16.
[[nodiscard]] inline double anomalyScoreFromMap16(std::uint16_t value) {
    return 2.0 * value / 65535.0;
}

} // namespace lupa::vision
