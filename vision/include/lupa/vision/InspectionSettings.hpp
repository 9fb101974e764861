// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/vision/Inspector.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lupa::vision {

/// Which anomaly maps make the defects.
enum class AnomalyChannel {
    Template,    ///< difference to the registered golden reference (needs a reference image)
    Autoencoder, ///< reconstruction error of the convolutional autoencoder (no reference needed)
    Fusion,      ///< the mean of both normalised maps: a defect needs evidence in both
};

/// "template", "autoencoder" or "fusion".
[[nodiscard]] const char* toString(AnomalyChannel channel);
/// Parses what toString writes; a Usage error otherwise.
[[nodiscard]] Result<AnomalyChannel> parseAnomalyChannel(const std::string& name);

/// Everything an inspection model says besides its networks: the channel, the thresholds (each maps a
/// raw map value to 1.0 = at threshold) with the statistics they were calibrated on, the defect and
/// verdict rules, and the defect class names. Stored as the settings JSON of an inspection model file.
struct InspectionSettings {
    AnomalyChannel channel = AnomalyChannel::Template;
    InspectionConfig reference; ///< registration, template difference, its threshold, defects, verdict
    double autoencoderThreshold = 0.05;  ///< squared reconstruction error (grey in [0, 1]) at threshold
    double autoencoderSmoothingPx = 2.0; ///< Gaussian smoothing of the reconstruction error (px)
    bool autoencoderSsim = false;        ///< structural dissimilarity instead of the squared error
    std::vector<std::string> classNames; ///< the classifier's classes, index + 1 = class id
    double minClassProbability = 0.5;    ///< below this the defect stays unclassified
    /// The classifier has one more output than classNames: "no defect", learnt from the anomaly maps'
    /// false alarms on the training pairs.
    bool classifierRejects = false;
    double rejectProbability = 0.8; ///< a detection called "no defect" at least this surely is dropped
    nlohmann::json calibration = nlohmann::json::object(); ///< how the thresholds were chosen (statistics)

    [[nodiscard]] nlohmann::json toJson() const;
    /// Reads what toJson wrote; missing fields keep their defaults; a BadInput error for mistyped ones.
    [[nodiscard]] static Result<InspectionSettings> fromJson(const nlohmann::json& json);
};

} // namespace lupa::vision
