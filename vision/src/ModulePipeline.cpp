// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageAccess.hpp"

#include <lupa/core/inspection/InspectionModelFile.hpp>
#include <lupa/vision/ConvModel.hpp>
#include <lupa/vision/Defects.hpp>
#include <lupa/vision/ModulePipeline.hpp>
#include <lupa/vision/Patches.hpp>
#include <lupa/vision/Regions.hpp>

#include <fmt/format.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace lupa::vision {
namespace {

Image scaled(const Image& map, double factor) {
    cv::Mat out;
    matOf(map).convertTo(out, CV_32F, factor);
    return imageOf(out);
}

Image meanOf(const Image& a, const Image& b) {
    cv::Mat out;
    cv::addWeighted(matOf(a), 0.5, matOf(b), 0.5, 0.0, out);
    return imageOf(out);
}

/// Names each detection's class when the classifier is sure enough and drops those it calls "no defect"
/// surely enough; ranks by anomaly x class confidence.
void classify(const ConvModel& classifier, const Image& grey, const InspectionSettings& settings,
              std::vector<inspection::Detection>& detections) {
    const int side = static_cast<int>(classifier.inputShape().back());
    const std::size_t classes = settings.classNames.size();
    std::vector<inspection::Detection> kept;
    for (auto& detection : detections) {
        const auto classified = classifier.classify(cropForBox(grey, detection.box, side));
        if (!classified || classified->size() < classes) {
            kept.push_back(detection);
            continue;
        }
        const auto& probabilities = *classified;
        const double noDefect =
            settings.classifierRejects && probabilities.size() > classes ? probabilities[classes] : 0.0;
        if (noDefect >= settings.rejectProbability)
            continue;
        const auto end = probabilities.begin() + static_cast<std::ptrdiff_t>(classes);
        const auto best = std::max_element(probabilities.begin(), end);
        if (best != end && *best >= settings.minClassProbability) {
            detection.classId = static_cast<int>(best - probabilities.begin()) + 1;
            detection.confidence *= *best;
        } else {
            detection.confidence *= 1.0 - noDefect;
        }
        kept.push_back(detection);
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const auto& a, const auto& b) { return a.confidence > b.confidence; });
    detections = std::move(kept);
}

Result<std::shared_ptr<const ConvModel>> partOf(const std::string& bytes, const std::string& name) {
    if (bytes.empty())
        return std::shared_ptr<const ConvModel>();
    auto model = ConvModel::fromBytes(bytes, name);
    if (!model)
        return std::move(model).error();
    return std::make_shared<const ConvModel>(std::move(*model));
}

} // namespace

ModulePipeline::ModulePipeline(InspectionSettings settings)
    : m_settings(std::move(settings)) {}

Result<ModulePipeline> ModulePipeline::load(const std::filesystem::path& modelFile) {
    auto content = inspection::readInspectionModel(modelFile);
    if (!content)
        return std::move(content).error();
    auto settings = InspectionSettings::fromJson(content->settings);
    if (!settings) {
        Error error = std::move(settings).error();
        error.file = modelFile.string();
        return error;
    }
    ModulePipeline pipeline(*settings);
    const std::string name = modelFile.string();
    auto autoencoder = partOf(content->autoencoder, name + " (autoencoder)");
    if (!autoencoder)
        return std::move(autoencoder).error();
    auto classifier = partOf(content->classifier, name + " (classifier)");
    if (!classifier)
        return std::move(classifier).error();
    pipeline.m_autoencoder = *autoencoder;
    pipeline.m_classifier = *classifier;
    if (pipeline.m_settings.channel != AnomalyChannel::Template && !pipeline.m_autoencoder)
        return Error::badInput("the model's channel needs an autoencoder but it holds none", name);
    return pipeline;
}

Result<void> ModulePipeline::setSettings(const InspectionSettings& settings) {
    if (settings.channel != AnomalyChannel::Template && !m_autoencoder)
        return Error::usage(
            fmt::format("the {} channel needs a model with an autoencoder", toString(settings.channel)));
    m_settings = settings;
    return success();
}

Result<ModuleInspection> ModulePipeline::inspect(const Image& tested, const Image* reference) const {
    const AnomalyChannel channel = m_settings.channel;
    if (channel != AnomalyChannel::Autoencoder && reference == nullptr)
        return Error::usage(fmt::format("the {} channel needs a reference image", toString(channel)));
    if (channel != AnomalyChannel::Template && !m_autoencoder)
        return Error::usage(
            fmt::format("the {} channel needs a model with an autoencoder", toString(channel)));
    ModuleInspection out;
    out.channel = channel;
    if (reference != nullptr) {
        auto result = inspectAgainstReference(tested, *reference, m_settings.reference);
        if (!result)
            return std::move(result).error();
        out.result = std::move(*result);
        // Grey before warping: a third of the memory of warping a colour image (100-megapixel images).
        out.registered = warpToReference(toGray8(tested), out.result.registration, reference->width(),
                                         reference->height());
    } else {
        out.registered = toGray8(tested);
        out.result.registration.ok = true;
    }
    if (channel != AnomalyChannel::Template) {
        ErrorMapOptions options;
        options.smoothingSigmaPx = m_settings.autoencoderSmoothingPx;
        options.measure =
            m_settings.autoencoderSsim ? ReconstructionError::Ssim : ReconstructionError::Squared;
        // The autoencoder sees the tested image as it is; its map is then moved into the reference frame,
        // where pixels without a source (outside the warped image) score 0 instead of a black border.
        auto errorMap = m_autoencoder->reconstructionErrorMap(toGray8(tested), options);
        if (!errorMap)
            return std::move(errorMap).error();
        const Image inReference = reference == nullptr
                                      ? *errorMap
                                      : warpToReference(*errorMap, out.result.registration,
                                                        reference->width(), reference->height());
        const Image aeMap = scaled(inReference, 1.0 / m_settings.autoencoderThreshold);
        const auto& regions = m_settings.reference.regions;
        out.result.anomalyMap = channel == AnomalyChannel::Autoencoder
                                    ? applyRegions(aeMap, regions)
                                    : meanOf(applyRegions(aeMap, regions), out.result.anomalyMap);
        out.result.detections = extractDefects(out.result.anomalyMap, m_settings.reference.defects);
        nameDetectionRegions(out.result.detections, regions);
    }
    if (m_classifier) {
        // Template-channel boxes are in tested-image coordinates, the others in reference coordinates.
        const Image crops = channel == AnomalyChannel::Template ? toGray8(tested) : out.registered;
        classify(*m_classifier, crops, m_settings, out.result.detections);
    }
    out.result.verdict =
        decideVerdict(out.result.registration, out.result.detections, m_settings.reference.verdict);
    return out;
}

Result<void> writeAnomalyMap16(const Image& normalisedMap, const std::filesystem::path& path) {
    cv::Mat map16;
    matOf(normalisedMap).convertTo(map16, CV_16U, 65535.0 / 2.0); // saturates above 2 and below 0
    return writeImage(imageOf(map16), path);
}

} // namespace lupa::vision
