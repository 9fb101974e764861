// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/vision/InspectionSettings.hpp>

#include <fmt/format.h>

namespace lupa::vision {
namespace {

using Json = nlohmann::json;

// Reads json[key] into `value` when present; false when it has the wrong type.
template <typename T>
bool readOptional(const Json& json, const char* key, T& value) {
    const auto it = json.find(key);
    if (it == json.end())
        return true;
    try {
        value = it->get<T>();
        return true;
    } catch (const Json::exception&) {
        return false;
    }
}

Json defectsJson(const DefectConfig& d) {
    return {{"merge_distance_px", d.mergeDistancePx},
            {"min_area_px", d.minAreaPx},
            {"box_padding_px", d.boxPaddingPx},
            {"min_box_side_px", d.minBoxSidePx},
            {"micrometres_per_pixel", d.micrometresPerPixel}};
}

bool readDefects(const Json& json, DefectConfig& d) {
    return readOptional(json, "merge_distance_px", d.mergeDistancePx) &&
           readOptional(json, "min_area_px", d.minAreaPx) &&
           readOptional(json, "box_padding_px", d.boxPaddingPx) &&
           readOptional(json, "min_box_side_px", d.minBoxSidePx) &&
           readOptional(json, "micrometres_per_pixel", d.micrometresPerPixel);
}

} // namespace

const char* toString(AnomalyChannel channel) {
    switch (channel) {
    case AnomalyChannel::Autoencoder:
        return "autoencoder";
    case AnomalyChannel::Fusion:
        return "fusion";
    default:
        return "template";
    }
}

Result<AnomalyChannel> parseAnomalyChannel(const std::string& name) {
    for (const auto channel : {AnomalyChannel::Template, AnomalyChannel::Autoencoder, AnomalyChannel::Fusion})
        if (name == toString(channel))
            return channel;
    return Error::usage(fmt::format("unknown anomaly channel '{}' (template, autoencoder or fusion)", name));
}

Json InspectionSettings::toJson() const {
    return {{"channel", toString(channel)},
            {"template_threshold", reference.threshold},
            {"autoencoder_threshold", autoencoderThreshold},
            {"autoencoder_smoothing_px", autoencoderSmoothingPx},
            {"autoencoder_ssim", autoencoderSsim},
            {"fail_peak_score", reference.verdict.failPeakScore},
            {"defects", defectsJson(reference.defects)},
            {"class_names", classNames},
            {"min_class_probability", minClassProbability},
            {"classifier_rejects", classifierRejects},
            {"reject_probability", rejectProbability},
            {"calibration", calibration}};
}

Result<InspectionSettings> InspectionSettings::fromJson(const Json& json) {
    InspectionSettings settings;
    std::string channel = toString(settings.channel);
    Json defects = Json::object();
    const bool typesOk = json.is_object() && readOptional(json, "channel", channel) &&
                         readOptional(json, "template_threshold", settings.reference.threshold) &&
                         readOptional(json, "autoencoder_threshold", settings.autoencoderThreshold) &&
                         readOptional(json, "autoencoder_smoothing_px", settings.autoencoderSmoothingPx) &&
                         readOptional(json, "autoencoder_ssim", settings.autoencoderSsim) &&
                         readOptional(json, "fail_peak_score", settings.reference.verdict.failPeakScore) &&
                         readOptional(json, "defects", defects) &&
                         readDefects(defects, settings.reference.defects) &&
                         readOptional(json, "class_names", settings.classNames) &&
                         readOptional(json, "min_class_probability", settings.minClassProbability) &&
                         readOptional(json, "classifier_rejects", settings.classifierRejects) &&
                         readOptional(json, "reject_probability", settings.rejectProbability) &&
                         readOptional(json, "calibration", settings.calibration);
    if (!typesOk)
        return Error::badInput("inspection settings: a field has the wrong type");
    auto parsed = parseAnomalyChannel(channel);
    if (!parsed)
        return Error::badInput(parsed.error().message);
    settings.channel = *parsed;
    if (!(settings.reference.threshold > 0.0) || !(settings.autoencoderThreshold > 0.0))
        return Error::badInput("inspection settings: thresholds must be positive numbers");
    return settings;
}

} // namespace lupa::vision
