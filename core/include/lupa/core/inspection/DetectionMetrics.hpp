// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/inspection/Detection.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

/// Detection metrics of module inspection: precision, recall, F1 and average precision per class,
/// their mean (mAP), and the same numbers with classes ignored.
///
/// Matching (per class; once more with classes ignored for the class-agnostic numbers): all detections
/// of the class over all images are ranked by descending confidence (ties keep image-id order, then
/// file order). Walking down the ranking, a detection is a true positive when its image holds a
/// not-yet-matched ground-truth box of the same class with intersectionOverUnion >= the IoU threshold;
/// it takes the one of highest IoU, which can match no other detection. Otherwise it is a false
/// positive (so a duplicate of an already-found defect is a false positive). Unclassified detections
/// (kUnclassified) belong to no class: they never match in the per-class numbers, but do in the
/// class-agnostic ones.
///
/// Average precision is the area under the interpolated precision-recall curve, summed over every
/// point of the ranking ("all-point" interpolation, as PASCAL VOC since 2010):
///   AP = sum_k (r_k - r_{k-1}) * max_{j >= k} p_j,  r_0 = 0,
/// with p_k, r_k the precision and recall of the k best-ranked detections. A class without ground truth
/// has AP 0 and is left out of the mean.
///
/// Differences to DeepPCB's own evaluation script (the ICDAR 2015 script with small changes, as its
/// README says; read in a public copy): it matches in file order, ground truth by ground truth, with
/// IoU > 0.33 and classes ignored (a match of the wrong class uses up both boxes), and its AP is one
/// non-interpolated value over all classes, (1 / N_truth) * sum over true positives of the precision
/// at their rank. Pass iouThreshold = 0.33 to come closer to its numbers.
namespace lupa::inspection {

/// The counts and scores of one class (or of all classes together, see DetectionMetrics).
struct ClassMetrics {
    int classId = kUnclassified; ///< the class; kUnclassified in DetectionMetrics::classAgnostic
    int truths = 0;              ///< ground-truth boxes of the class
    int detections = 0;          ///< detections of the class, all confidences
    int truePositives = 0;       ///< detections matched to a ground-truth box
    double precision = 0;        ///< truePositives / detections (0 without detections)
    double recall = 0;           ///< truePositives / truths (0 without ground truth)
    double f1 = 0;               ///< 2 P R / (P + R) (0 when both are 0)
    double averagePrecision = 0; ///< area under the interpolated precision-recall curve
};

/// The detection metrics of a set of images.
struct DetectionMetrics {
    std::vector<ClassMetrics> perClass; ///< every class id > 0 in the truth or the detections, ascending
    double meanAveragePrecision = 0;    ///< mean AP over the classes that have ground truth (0 if none)
    ClassMetrics classAgnostic;         ///< every detection against every ground-truth box, classes ignored
    double falseBoxesPerImage = 0;      ///< class-agnostic false positives / images
    int images = 0;                     ///< images with ground truth or predictions (their union)
};

/// Evaluates `predictions` against `truth`, both keyed by image id (see the matching rules above).
/// Images with ground truth but no predictions predict nothing; images with predictions but no ground
/// truth are defect-free images, all their detections false positives.
/// @param iouThreshold smallest intersection over union of a match (DESIGN: 0.5)
[[nodiscard]] DetectionMetrics
evaluateDetections(const std::map<std::string, std::vector<LabelledBox>>& truth,
                   const std::map<std::string, std::vector<Detection>>& predictions,
                   double iouThreshold = 0.5);

/// The metrics as JSON: images, mAP, false boxes per image, the class-agnostic numbers and one object per
/// class with its name from `classNames` (index = class id; "class N" beyond the list).
[[nodiscard]] nlohmann::json toJson(const DetectionMetrics& metrics,
                                    const std::vector<std::string>& classNames);

} // namespace lupa::inspection
