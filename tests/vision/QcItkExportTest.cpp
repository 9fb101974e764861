// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "../core/TempDir.hpp"
#include "QcTestSupport.hpp"

#include <lupa/core/Json.hpp>
#include <lupa/vision/qc/ItkExport.hpp>

#include <gtest/gtest.h>

namespace {

using lupa::test::sampleDecision;
using lupa::test::sampleInspection;
using lupa::test::TempDir;
using lupa::vision::qc::ItkExportOptions;
using lupa::vision::qc::toItkVisualInspectionJson;

TEST(QcItkExport, TopLevelFieldsFollowTheTestRunUpload) {
    auto record = sampleInspection("20UPGM22110042", 2);
    record.id = 17;
    const auto json = toItkVisualInspectionJson(record);
    EXPECT_EQ(json["component"], "20UPGM22110042");
    EXPECT_EQ(json["testType"], "VISUAL_INSPECTION");
    EXPECT_EQ(json["institution"], "CERN-SR1-station2"); // the station when no institution is given
    EXPECT_EQ(json["runNumber"], "17");
    EXPECT_EQ(json["date"], "2024-05-17T09:30:00Z");
    EXPECT_EQ(json["passed"], false);
    EXPECT_EQ(json["problems"], false);
    EXPECT_EQ(json["properties"]["OPERATOR"], "A. Operator");
    EXPECT_EQ(json["properties"]["STAGE"], "after wire-bonding");
    EXPECT_EQ(json["properties"]["IMAGE"], "20UPGM22110042_wb.png");
    EXPECT_EQ(json["properties"]["IMAGE_SHA256"], std::string(64, 'a'));
    EXPECT_EQ(json["properties"]["MODEL_VERSION"], "ae-2024.05-3f2c");
    EXPECT_EQ(json["comments"], nlohmann::json::array({"first inspection after bonding"}));
    const auto withOptions = toItkVisualInspectionJson(record, ItkExportOptions{"CERN", "3"});
    EXPECT_EQ(withOptions["institution"], "CERN");
    EXPECT_EQ(withOptions["runNumber"], "3");
}

TEST(QcItkExport, ResultsCarryEveryDefectAndTheOperatorsDecisions) {
    auto record = sampleInspection("M1", 3);
    record.defects[0].decision = sampleDecision("confirmed");
    record.defects[1].decision = sampleDecision("overruled");             // not a defect
    record.defects[2].decision = sampleDecision("overruled", {}, "spur"); // another class
    const auto json = toItkVisualInspectionJson(record);
    const auto& defects = json["results"]["DEFECTS"];
    ASSERT_EQ(defects.size(), 3U);
    EXPECT_EQ(defects[0]["box"], nlohmann::json::array({0, 1, 7, 9}));
    EXPECT_EQ(defects[0]["className"], "class 1");
    EXPECT_DOUBLE_EQ(defects[0]["areaMm2"].get<double>(), 0.0125);
    EXPECT_EQ(defects[0]["decision"]["decision"], "confirmed");
    EXPECT_EQ(defects[1]["real"], false);
    EXPECT_EQ(defects[2]["finalClass"], "spur");
    EXPECT_EQ(json["results"]["DEFECT_COUNT"], 2);
    EXPECT_EQ(json["results"]["AUTOMATED_VERDICT"], "FAIL");
    ASSERT_EQ(json["defects"].size(), 2U);
    EXPECT_EQ(json["defects"][0]["name"], "class 1");
    EXPECT_EQ(json["defects"][1]["name"], "spur");
    EXPECT_EQ(json["defects"][1]["properties"]["INDEX"], 2);
}

TEST(QcItkExport, OverruledVerdictDecidesPassedAndIsFlaggedAsProblem) {
    auto record = sampleInspection("M1", 1);
    auto overrule = sampleDecision("overruled", "PASS");
    overrule.operatorName = "C. Supervisor";
    record.verdictDecision = overrule;
    const auto json = toItkVisualInspectionJson(record);
    EXPECT_EQ(json["passed"], true);
    EXPECT_EQ(json["problems"], true); // automated and final verdicts disagree
    EXPECT_EQ(json["properties"]["OPERATOR"], "C. Supervisor");
    EXPECT_EQ(json["properties"]["INSPECTION_OPERATOR"], "A. Operator");
    EXPECT_EQ(json["results"]["FINAL_VERDICT"], "PASS");
    EXPECT_EQ(json["comments"].size(), 2U);
    auto review = sampleInspection("M2", 0);
    review.verdict = "REVIEW";
    EXPECT_EQ(toItkVisualInspectionJson(review)["problems"], true);
    EXPECT_EQ(toItkVisualInspectionJson(review)["passed"], false);
}

TEST(QcItkExport, WrittenFileParsesBackToTheSameJson) {
    TempDir dir;
    const auto record = sampleInspection();
    const auto path = dir / "upload.json";
    ASSERT_TRUE(lupa::vision::qc::writeItkVisualInspectionJson(path, record).ok());
    const auto back = lupa::readJsonFile(path);
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(*back, toItkVisualInspectionJson(record));
    EXPECT_EQ(dir.entryCount(), 1U); // no temporary left behind
}

} // namespace
