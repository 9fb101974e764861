// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "InspectionTraining.hpp"

#include "InspectionTrainerPlugin.hpp"

#include <lupa/vision/Calibration.hpp>
#include <lupa/vision/ConvModel.hpp>
#include <lupa/vision/Inspector.hpp>
#include <lupa/vision/Patches.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <random>

namespace lupa::cli {
namespace {

using Json = nlohmann::json;

Result<std::vector<vision::Image>> readAll(const std::vector<std::filesystem::path>& paths, ProgressSink& progress) {
    std::vector<vision::Image> images;
    images.reserve(paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (progress.isCancelled())
            return Error::cancelled();
        auto image = vision::readGrayImage(paths[i]);
        if (!image)
            return std::move(image).error();
        images.push_back(std::move(*image));
        progress.report(static_cast<double>(i + 1) / static_cast<double>(paths.size()), "reading images");
    }
    return images;
}

/// Every fifth image (at least one) is held out to calibrate; the rest train.
void splitHeldOut(std::vector<vision::Image> all, std::vector<vision::Image>& training,
                  std::vector<vision::Image>& heldOut) {
    for (std::size_t i = 0; i < all.size(); ++i)
        ((i % 5 == 4 || (all.size() > 1 && i + 1 == all.size() && heldOut.empty())) ? heldOut : training)
            .push_back(std::move(all[i]));
    if (training.empty()) // a single image trains and calibrates
        training = heldOut;
}

Json historyJson(const ml::TrainHistory& history) {
    return {{"epochs", history.trainLoss.size()},
            {"train_loss", history.trainLoss},
            {"validation_loss", history.validationLoss},
            {"best_epoch", history.bestEpoch},
            {"stopped_early", history.stoppedEarly}};
}

Result<inspection::TrainedConvModel> trainAutoencoder(const InspectionTrainingRequest& request,
                                                      const std::vector<vision::Image>& training,
                                                      ProgressSink& progress) {
    vision::PatchConfig patches;
    patches.size = request.patchSize;
    patches.count = request.patches;
    patches.seed = request.seed;
    auto tensor = vision::samplePatches(training, patches);
    if (!tensor)
        return std::move(tensor).error();
    ConvAutoencoderTrainRequest train;
    train.patches = &*tensor;
    train.options.network.patchSize = request.patchSize;
    train.options.train.seed = request.seed;
    if (request.epochs > 0)
        train.options.train.epochs = request.epochs;
    train.threads = request.threads;
    train.progress = &progress;
    train.onEpoch = request.onEpoch;
    return runConvAutoencoderTrainingModule(train);
}

/// Crops of the labelled defects, each also with jittered boxes like those the pipeline draws.
struct CropSet {
    std::vector<float> values;
    std::vector<int> labels;
};

inspection::Box jittered(const inspection::Box& box, std::mt19937_64& random) {
    std::uniform_real_distribution<double> shift(-0.15, 0.15);
    std::uniform_real_distribution<double> scale(0.8, 1.25);
    const double w = box.width() * scale(random);
    const double h = box.height() * scale(random);
    const double cx = (box.x1 + box.x2) / 2.0 + shift(random) * box.width();
    const double cy = (box.y1 + box.y2) / 2.0 + shift(random) * box.height();
    return {static_cast<int>(cx - w / 2), static_cast<int>(cy - h / 2), static_cast<int>(cx + w / 2),
            static_cast<int>(cy + h / 2)};
}

Result<void> addCrops(const vision::Image& tested, const std::vector<inspection::LabelledBox>& truth, int cropSize,
                      std::mt19937_64& random, CropSet& crops) {
    constexpr int kJitteredCopies = 3;
    std::vector<inspection::Box> boxes;
    std::vector<int> labels;
    for (const auto& labelled : truth) {
        if (labelled.classId < 1)
            continue;
        boxes.push_back(labelled.box);
        labels.push_back(labelled.classId - 1);
        for (int k = 0; k < kJitteredCopies; ++k) {
            boxes.push_back(jittered(labelled.box, random));
            labels.push_back(labelled.classId - 1);
        }
    }
    if (boxes.empty())
        return success();
    auto tensor = vision::cropsForBoxes(tested, boxes, cropSize);
    if (!tensor)
        return std::move(tensor).error();
    crops.values.insert(crops.values.end(), tensor->values.begin(), tensor->values.end());
    crops.labels.insert(crops.labels.end(), labels.begin(), labels.end());
    return success();
}


Result<vision::ThresholdCalibration> calibrateTemplate(const InspectionTrainingRequest& request,
                                                       const vision::InspectionSettings& settings,
                                                       ProgressSink& progress) {
    std::vector<vision::CalibrationPair> pairs;
    const std::size_t count = std::min(request.pairs.size(), static_cast<std::size_t>(request.calibrationImages));
    for (std::size_t i = 0; i < count; ++i) {
        if (progress.isCancelled())
            return Error::cancelled();
        const auto& entry = request.pairs[i];
        auto tested = vision::readGrayImage(entry.testImage);
        auto reference = tested ? vision::readGrayImage(entry.templateImage) : Result<vision::Image>(tested.error());
        if (!reference)
            return std::move(reference).error();
        vision::CalibrationPair pair{std::move(*tested), std::move(*reference), {}};
        if (!entry.annotation.empty()) {
            auto truth = inspection::readBoxFile(entry.annotation);
            if (!truth)
                return std::move(truth).error();
            for (const auto& box : *truth)
                pair.defects.push_back(box.box);
        }
        pairs.push_back(std::move(pair));
        progress.report(0.5 * static_cast<double>(i + 1) / static_cast<double>(count), "reading calibration pairs");
    }
    progress.report(0.5, "calibrating the template threshold");
    if (request.templateRecall > 0.0)
        return vision::calibrateTemplateForRecall(pairs, settings, request.templateRecall);
    return vision::calibrateTemplateThreshold(pairs, settings, request.falseAlarmRate);
}

/// The pipeline's false alarms on a training pair (detections overlapping no labelled defect).
Result<void> addFalseAlarms(const vision::Image& tested, const inspection::PairEntry& entry,
                            const std::vector<inspection::LabelledBox>& truth, const vision::InspectionSettings& settings,
                            int cropSize, int label, CropSet& crops) {
    constexpr double kNoOverlap = 0.1;
    auto reference = vision::readGrayImage(entry.templateImage);
    if (!reference)
        return std::move(reference).error();
    auto result = vision::inspectAgainstReference(tested, *reference, settings.reference);
    if (!result)
        return std::move(result).error();
    std::vector<inspection::Box> falseAlarms;
    for (const auto& detection : result->detections) {
        double best = 0.0;
        for (const auto& labelled : truth)
            best = std::max(best, inspection::intersectionOverUnion(detection.box, labelled.box));
        if (best < kNoOverlap)
            falseAlarms.push_back(detection.box);
    }
    if (falseAlarms.empty())
        return success();
    auto tensor = vision::cropsForBoxes(tested, falseAlarms, cropSize);
    if (!tensor)
        return std::move(tensor).error();
    crops.values.insert(crops.values.end(), tensor->values.begin(), tensor->values.end());
    crops.labels.insert(crops.labels.end(), falseAlarms.size(), label);
    return success();
}

Result<inspection::TrainedConvModel> trainClassifier(const InspectionTrainingRequest& request,
                                                     const vision::InspectionSettings& settings,
                                                     const std::vector<std::string>& classNames, ProgressSink& progress) {
    CropSet crops;
    std::mt19937_64 random(request.seed);
    SubProgress reading(progress, 0.0, 0.3);
    for (std::size_t i = 0; i < request.pairs.size(); ++i) {
        if (progress.isCancelled())
            return Error::cancelled();
        const auto& entry = request.pairs[i];
        if (entry.annotation.empty())
            continue;
        auto truth = inspection::readBoxFile(entry.annotation);
        if (!truth)
            return std::move(truth).error();
        auto tested = vision::readGrayImage(entry.testImage);
        if (!tested)
            return std::move(tested).error();
        LUPA_TRY(addCrops(*tested, *truth, request.cropSize, random, crops));
        if (request.rejectFalseAlarms && i < static_cast<std::size_t>(request.falseAlarmPairs))
            LUPA_TRY(addFalseAlarms(*tested, entry, *truth, settings, request.cropSize,
                                    static_cast<int>(request.classNames.size()), crops));
        reading.report(static_cast<double>(i + 1) / static_cast<double>(request.pairs.size()), "cropping defects");
    }
    const auto count = static_cast<std::int64_t>(crops.labels.size());
    if (count < 2)
        return Error::badInput("the pairs hold fewer than two labelled defects to train the classifier on");
    for (const int label : crops.labels)
        if (label >= static_cast<int>(classNames.size()))
            return Error::badInput(fmt::format("a defect has class {} but only {} classes are named", label + 1,
                                               classNames.size()));
    auto tensor = ml::Tensor::make({count, 1, request.cropSize, request.cropSize}, std::move(crops.values));
    if (!tensor)
        return std::move(tensor).error();
    SubProgress training(progress, 0.3, 1.0);
    DefectClassifierTrainRequest train;
    train.crops = &*tensor;
    train.labels = &crops.labels;
    train.classNames = &classNames;
    train.options.network.cropSize = request.cropSize;
    train.options.network.classCount = static_cast<std::int64_t>(classNames.size());
    train.options.train.seed = request.seed;
    if (request.classifierEpochs > 0)
        train.options.train.epochs = request.classifierEpochs;
    train.threads = request.threads;
    train.progress = &training;
    train.onEpoch = request.onEpoch;
    return runDefectClassifierTrainingModule(train);
}

std::vector<std::filesystem::path> autoencoderImages(const InspectionTrainingRequest& request) {
    if (!request.goodImages.empty())
        return request.goodImages;
    std::vector<std::filesystem::path> templates;
    for (const auto& pair : request.pairs)
        templates.push_back(pair.templateImage);
    return templates;
}

} // namespace

Result<InspectionTrainingResult> trainInspectionModel(const InspectionTrainingRequest& request) {
    ProgressSink& progress = request.progress != nullptr ? *request.progress : NullProgress::instance();
    if (request.goodImages.empty() == request.pairs.empty())
        return Error::usage("train on either good images or template/tested pairs");
    InspectionTrainingResult result;
    vision::InspectionSettings settings = request.settings;
    SubProgress reading(progress, 0.0, 0.1);
    auto images = readAll(autoencoderImages(request), reading);
    if (!images)
        return std::move(images).error();
    std::vector<vision::Image> training;
    std::vector<vision::Image> heldOut;
    splitHeldOut(std::move(*images), training, heldOut);
    SubProgress aeProgress(progress, 0.1, 0.55);
    auto autoencoder = trainAutoencoder(request, training, aeProgress);
    if (!autoencoder)
        return std::move(autoencoder).error();
    auto model = vision::ConvModel::fromBytes(autoencoder->modelFile, "trained autoencoder");
    if (!model)
        return std::move(model).error();
    progress.report(0.55, "calibrating the autoencoder threshold");
    if (heldOut.size() > static_cast<std::size_t>(request.calibrationImages))
        heldOut.resize(static_cast<std::size_t>(request.calibrationImages));
    auto aeThreshold = vision::calibrateAutoencoderThreshold(*model, heldOut, settings, request.falseAlarmRate);
    if (!aeThreshold)
        return std::move(aeThreshold).error();
    settings.autoencoderThreshold = aeThreshold->threshold;
    settings.calibration["autoencoder"] = aeThreshold->toJson();
    result.summary["autoencoder"] = {{"training_images", training.size()},
                                     {"held_out_images", heldOut.size()},
                                     {"patches", request.patches},
                                     {"history", historyJson(autoencoder->history)}};
    result.model.autoencoder = std::move(autoencoder->modelFile);
    settings.channel = vision::AnomalyChannel::Autoencoder;
    if (!request.pairs.empty()) {
        SubProgress calibrating(progress, 0.6, 0.7);
        auto templateThreshold = calibrateTemplate(request, settings, calibrating);
        if (!templateThreshold)
            return std::move(templateThreshold).error();
        settings.reference.threshold = templateThreshold->threshold;
        settings.calibration["template"] = templateThreshold->toJson();
        if (request.templateRecall > 0.0) {
            settings.calibration["template"]["target_recall"] = request.templateRecall;
            settings.calibration["template"]["statistic_of"] = "labelled defects";
        }
        settings.channel = vision::AnomalyChannel::Template;
    }
    if (!request.pairs.empty() && request.trainClassifier) {
        SubProgress classifying(progress, 0.7, 1.0);
        std::vector<std::string> classNames = request.classNames;
        if (request.rejectFalseAlarms)
            classNames.emplace_back("no defect");
        auto classifier = trainClassifier(request, settings, classNames, classifying);
        if (!classifier)
            return std::move(classifier).error();
        result.summary["classifier"] = {{"classes", classNames}, {"history", historyJson(classifier->history)}};
        result.model.classifier = std::move(classifier->modelFile);
        settings.classNames = request.classNames;
        settings.classifierRejects = request.rejectFalseAlarms;
    }
    result.model.settings = settings.toJson();
    result.summary["settings"] = result.model.settings;
    progress.report(1.0, "trained");
    return result;
}

} // namespace lupa::cli
