// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/inspection/DetectionMetrics.hpp>

#include <gtest/gtest.h>

namespace lupa::inspection {
namespace {

using Truth = std::map<std::string, std::vector<LabelledBox>>;
using Predictions = std::map<std::string, std::vector<Detection>>;

Detection detection(Box box, int classId, double confidence) {
    Detection d;
    d.box = box;
    d.classId = classId;
    d.confidence = confidence;
    return d;
}

const ClassMetrics& classOf(const DetectionMetrics& metrics, int classId) {
    for (const auto& m : metrics.perClass)
        if (m.classId == classId)
            return m;
    throw std::runtime_error("class not found");
}

TEST(DetectionMetrics, PerfectDetectionsHaveApOne) {
    const Truth truth{{"a", {{{0, 0, 9, 9}, 1}, {{20, 20, 29, 29}, 2}}}, {"b", {{{5, 5, 15, 15}, 1}}}};
    const Predictions predictions{
        {"a", {detection({0, 0, 9, 9}, 1, 0.9), detection({20, 20, 29, 29}, 2, 0.3)}},
        {"b", {detection({5, 5, 15, 15}, 1, 0.5)}}};
    const auto metrics = evaluateDetections(truth, predictions);
    ASSERT_EQ(metrics.perClass.size(), 2u);
    for (const auto& m : metrics.perClass) {
        EXPECT_DOUBLE_EQ(m.averagePrecision, 1.0);
        EXPECT_DOUBLE_EQ(m.precision, 1.0);
        EXPECT_DOUBLE_EQ(m.recall, 1.0);
        EXPECT_DOUBLE_EQ(m.f1, 1.0);
    }
    EXPECT_EQ(classOf(metrics, 1).truths, 2);
    EXPECT_DOUBLE_EQ(metrics.meanAveragePrecision, 1.0);
    EXPECT_EQ(metrics.classAgnostic.truePositives, 3);
    EXPECT_EQ(metrics.images, 2);
    EXPECT_DOUBLE_EQ(metrics.falseBoxesPerImage, 0.0);
}

TEST(DetectionMetrics, FalsePositiveRankedFirstHalvesAp) {
    const Truth truth{{"a", {{{0, 0, 9, 9}, 1}}}};
    const Predictions predictions{
        {"a", {detection({100, 100, 109, 109}, 1, 0.9), detection({0, 0, 9, 9}, 1, 0.8)}}};
    const auto metrics = evaluateDetections(truth, predictions);
    const auto& m = classOf(metrics, 1);
    EXPECT_DOUBLE_EQ(m.averagePrecision, 0.5);
    EXPECT_DOUBLE_EQ(m.precision, 0.5);
    EXPECT_DOUBLE_EQ(m.recall, 1.0);
    EXPECT_NEAR(m.f1, 2.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(metrics.falseBoxesPerImage, 1.0);
}

TEST(DetectionMetrics, FalsePositiveRankedLastKeepsApOne) {
    const Truth truth{{"a", {{{0, 0, 9, 9}, 1}}}};
    const Predictions predictions{
        {"a", {detection({100, 100, 109, 109}, 1, 0.1), detection({0, 0, 9, 9}, 1, 0.8)}}};
    EXPECT_DOUBLE_EQ(classOf(evaluateDetections(truth, predictions), 1).averagePrecision, 1.0);
}

TEST(DetectionMetrics, DuplicateDetectionIsAFalsePositive) {
    const Truth truth{{"a", {{{0, 0, 9, 9}, 3}}}};
    const Predictions predictions{{"a", {detection({0, 0, 9, 9}, 3, 0.9), detection({0, 0, 9, 8}, 3, 0.8)}}};
    const auto metrics = evaluateDetections(truth, predictions);
    const auto& m = classOf(metrics, 3);
    EXPECT_EQ(m.detections, 2);
    EXPECT_EQ(m.truePositives, 1);
    EXPECT_DOUBLE_EQ(m.precision, 0.5);
    EXPECT_DOUBLE_EQ(m.averagePrecision, 1.0); // the duplicate comes after full recall
}

TEST(DetectionMetrics, InterpolatedApOfAMixedRanking) {
    // Ranking TP, FP, TP over two truths: precision 1, 1/2, 2/3 at recall 1/2, 1/2, 1.
    const Truth truth{{"a", {{{0, 0, 9, 9}, 1}}}, {"b", {{{0, 0, 9, 9}, 1}}}};
    const Predictions predictions{
        {"a", {detection({0, 0, 9, 9}, 1, 0.9), detection({50, 50, 59, 59}, 1, 0.8)}},
        {"b", {detection({0, 0, 9, 9}, 1, 0.7)}}};
    const auto metrics = evaluateDetections(truth, predictions);
    const auto& m = classOf(metrics, 1);
    EXPECT_NEAR(m.averagePrecision, 0.5 * 1.0 + 0.5 * (2.0 / 3.0), 1e-12);
}

TEST(DetectionMetrics, IouAtThresholdMatchesAndBelowDoesNot) {
    const Truth truth{{"a", {{{0, 0, 9, 9}, 1}}}}; // 100 px
    const auto evaluateBox = [&](Box box, double threshold) {
        return classOf(evaluateDetections(truth, {{"a", {detection(box, 1, 0.5)}}}, threshold), 1)
            .truePositives;
    };
    EXPECT_EQ(evaluateBox({0, 0, 9, 5}, 0.5), 1); // IoU 0.6
    EXPECT_EQ(evaluateBox({0, 0, 9, 4}, 0.5), 1); // IoU 0.5 exactly: >= matches
    EXPECT_EQ(evaluateBox({0, 0, 9, 3}, 0.5), 0); // IoU 0.4
    EXPECT_EQ(evaluateBox({0, 0, 9, 4}, 0.51), 0);
    EXPECT_EQ(evaluateBox({0, 0, 9, 3}, 0.33), 1);
}

TEST(DetectionMetrics, ClassesMustAgreeExceptForClassAgnosticNumbers) {
    const Truth truth{{"a", {{{0, 0, 9, 9}, 1}, {{30, 30, 39, 39}, 2}}}};
    const Predictions predictions{
        {"a", {detection({0, 0, 9, 9}, 2, 0.9), detection({30, 30, 39, 39}, kUnclassified, 0.8)}}};
    const auto metrics = evaluateDetections(truth, predictions);
    EXPECT_EQ(classOf(metrics, 1).truePositives, 0);
    EXPECT_EQ(classOf(metrics, 2).truePositives, 0);
    EXPECT_EQ(classOf(metrics, 2).detections, 1);
    EXPECT_DOUBLE_EQ(metrics.meanAveragePrecision, 0.0);
    EXPECT_EQ(metrics.classAgnostic.truePositives, 2);
    EXPECT_EQ(metrics.classAgnostic.detections, 2);
    EXPECT_DOUBLE_EQ(metrics.classAgnostic.averagePrecision, 1.0);
}

TEST(DetectionMetrics, EmptyImagesAndImagesWithoutPredictions) {
    const Truth truth{{"clean", {}}, {"defect", {{{0, 0, 9, 9}, 4}}}};
    const auto nothing = evaluateDetections(truth, {});
    EXPECT_EQ(nothing.images, 2);
    ASSERT_EQ(nothing.perClass.size(), 1u);
    EXPECT_EQ(nothing.perClass[0].truths, 1);
    EXPECT_DOUBLE_EQ(nothing.perClass[0].recall, 0.0);
    EXPECT_DOUBLE_EQ(nothing.perClass[0].precision, 0.0);
    EXPECT_DOUBLE_EQ(nothing.meanAveragePrecision, 0.0);

    const Predictions falseAlarms{{"clean", {detection({1, 1, 5, 5}, 4, 0.9)}},
                                  {"unknown", {detection({1, 1, 5, 5}, 4, 0.9)}}};
    const auto metrics = evaluateDetections(truth, falseAlarms);
    EXPECT_EQ(metrics.images, 3);
    EXPECT_EQ(metrics.classAgnostic.truePositives, 0);
    EXPECT_DOUBLE_EQ(metrics.falseBoxesPerImage, 2.0 / 3.0);

    const auto none = evaluateDetections({}, {});
    EXPECT_EQ(none.images, 0);
    EXPECT_TRUE(none.perClass.empty());
    EXPECT_DOUBLE_EQ(none.falseBoxesPerImage, 0.0);
}

TEST(DetectionMetrics, JsonNamesClasses) {
    const Truth truth{{"a", {{{0, 0, 9, 9}, 1}, {{20, 20, 29, 29}, 9}}}};
    const auto json = toJson(evaluateDetections(truth, {}), deepPcbClassNames());
    ASSERT_EQ(json.at("per_class").size(), 2u);
    EXPECT_EQ(json.at("per_class")[0].at("name"), "open");
    EXPECT_EQ(json.at("per_class")[1].at("name"), "class 9");
    EXPECT_EQ(json.at("images"), 1);
    EXPECT_EQ(json.at("class_agnostic").at("truths"), 2);
}

} // namespace
} // namespace lupa::inspection
