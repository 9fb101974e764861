// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/inspection/DetectionMetrics.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>

namespace lupa::inspection {
namespace {

using Truth = std::map<std::string, std::vector<LabelledBox>>;
using Predictions = std::map<std::string, std::vector<Detection>>;

// A detection in the global ranking and the image it was found in.
struct Ranked {
    const std::string* image;
    const Detection* detection;
};

// Which class a box takes part in: a class id, or every box when nullopt (class-agnostic).
bool inClass(int classId, std::optional<int> wanted) {
    return !wanted || classId == *wanted;
}

std::vector<Ranked> rankedDetections(const Predictions& predictions, std::optional<int> wanted) {
    std::vector<Ranked> ranked;
    for (const auto& [image, detections] : predictions)
        for (const auto& detection : detections)
            if (inClass(detection.classId, wanted))
                ranked.push_back({&image, &detection});
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        return a.detection->confidence > b.detection->confidence;
    });
    return ranked;
}

// True when `detection` finds a free ground-truth box of its image; marks that box as used.
bool matchOne(const Detection& detection, const std::vector<LabelledBox>& boxes, std::vector<bool>& used,
              std::optional<int> wanted, double iouThreshold) {
    std::optional<std::size_t> best;
    double bestIou = -1;
    for (std::size_t t = 0; t < boxes.size(); ++t) {
        if (used[t] || !inClass(boxes[t].classId, wanted))
            continue;
        const double iou = intersectionOverUnion(detection.box, boxes[t].box);
        if (iou >= iouThreshold && iou > bestIou) {
            best = t;
            bestIou = iou;
        }
    }
    if (best)
        used[*best] = true;
    return best.has_value();
}

double averagePrecision(const std::vector<bool>& hits, int truths) {
    if (truths == 0)
        return 0;
    std::vector<double> precision(hits.size());
    std::vector<double> recall(hits.size());
    int found = 0;
    for (std::size_t k = 0; k < hits.size(); ++k) {
        found += hits[k] ? 1 : 0;
        precision[k] = static_cast<double>(found) / static_cast<double>(k + 1);
        recall[k] = static_cast<double>(found) / truths;
    }
    double ap = 0;
    double bestAfter = 0; // max_{j >= k} p_j, walking backwards
    for (std::size_t k = hits.size(); k-- > 0;) {
        bestAfter = std::max(bestAfter, precision[k]);
        const double previousRecall = k == 0 ? 0.0 : recall[k - 1];
        ap += (recall[k] - previousRecall) * bestAfter;
    }
    return ap;
}

ClassMetrics evaluateClass(const Truth& truth, const Predictions& predictions, std::optional<int> wanted,
                           double iouThreshold) {
    ClassMetrics metrics;
    metrics.classId = wanted.value_or(kUnclassified);
    std::map<std::string, std::vector<bool>> used;
    for (const auto& [image, boxes] : truth) {
        used[image].assign(boxes.size(), false);
        metrics.truths += static_cast<int>(std::count_if(
            boxes.begin(), boxes.end(), [&](const LabelledBox& b) { return inClass(b.classId, wanted); }));
    }
    const auto ranked = rankedDetections(predictions, wanted);
    std::vector<bool> hits;
    hits.reserve(ranked.size());
    for (const auto& r : ranked) {
        const auto image = truth.find(*r.image);
        const bool hit = image != truth.end() &&
                         matchOne(*r.detection, image->second, used[*r.image], wanted, iouThreshold);
        hits.push_back(hit);
        metrics.truePositives += hit ? 1 : 0;
    }
    metrics.detections = static_cast<int>(ranked.size());
    metrics.precision =
        metrics.detections > 0 ? static_cast<double>(metrics.truePositives) / metrics.detections : 0;
    metrics.recall = metrics.truths > 0 ? static_cast<double>(metrics.truePositives) / metrics.truths : 0;
    const double sum = metrics.precision + metrics.recall;
    metrics.f1 = sum > 0 ? 2 * metrics.precision * metrics.recall / sum : 0;
    metrics.averagePrecision = averagePrecision(hits, metrics.truths);
    return metrics;
}

std::set<int> classesOf(const Truth& truth, const Predictions& predictions) {
    std::set<int> classes;
    for (const auto& [image, boxes] : truth)
        for (const auto& b : boxes)
            if (b.classId != kUnclassified)
                classes.insert(b.classId);
    for (const auto& [image, detections] : predictions)
        for (const auto& d : detections)
            if (d.classId != kUnclassified)
                classes.insert(d.classId);
    return classes;
}

int imageCount(const Truth& truth, const Predictions& predictions) {
    std::set<std::string> images;
    for (const auto& entry : truth)
        images.insert(entry.first);
    for (const auto& entry : predictions)
        images.insert(entry.first);
    return static_cast<int>(images.size());
}

nlohmann::json toJson(const ClassMetrics& m) {
    return {{"truths", m.truths},
            {"detections", m.detections},
            {"true_positives", m.truePositives},
            {"precision", m.precision},
            {"recall", m.recall},
            {"f1", m.f1},
            {"average_precision", m.averagePrecision}};
}

} // namespace

DetectionMetrics evaluateDetections(const Truth& truth, const Predictions& predictions, double iouThreshold) {
    DetectionMetrics metrics;
    double apSum = 0;
    int classesWithTruth = 0;
    for (const int classId : classesOf(truth, predictions)) {
        metrics.perClass.push_back(evaluateClass(truth, predictions, classId, iouThreshold));
        if (metrics.perClass.back().truths > 0) {
            apSum += metrics.perClass.back().averagePrecision;
            ++classesWithTruth;
        }
    }
    metrics.meanAveragePrecision = classesWithTruth > 0 ? apSum / classesWithTruth : 0;
    metrics.classAgnostic = evaluateClass(truth, predictions, std::nullopt, iouThreshold);
    metrics.images = imageCount(truth, predictions);
    const int falsePositives = metrics.classAgnostic.detections - metrics.classAgnostic.truePositives;
    metrics.falseBoxesPerImage =
        metrics.images > 0 ? static_cast<double>(falsePositives) / metrics.images : 0;
    return metrics;
}

nlohmann::json toJson(const DetectionMetrics& metrics, const std::vector<std::string>& classNames) {
    auto perClass = nlohmann::json::array();
    for (const auto& m : metrics.perClass) {
        auto entry = toJson(m);
        entry["class_id"] = m.classId;
        entry["name"] = m.classId >= 0 && static_cast<std::size_t>(m.classId) < classNames.size()
                            ? classNames[static_cast<std::size_t>(m.classId)]
                            : fmt::format("class {}", m.classId);
        perClass.push_back(std::move(entry));
    }
    return {{"images", metrics.images},
            {"mean_average_precision", metrics.meanAveragePrecision},
            {"false_boxes_per_image", metrics.falseBoxesPerImage},
            {"class_agnostic", toJson(metrics.classAgnostic)},
            {"per_class", perClass}};
}

} // namespace lupa::inspection
