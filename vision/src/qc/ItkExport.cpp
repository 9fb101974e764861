// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The ITk production database's test-run shape for VISUAL_INSPECTION; the mapping is in docs/qc-records.md.
#include <lupa/vision/qc/ItkExport.hpp>

#include <filesystem>
#include <string>

namespace lupa::vision::qc {
namespace {

using Json = nlohmann::json;

/// A defect counts as real unless the operator overruled it without naming another class.
bool isRealDefect(const DefectRecord& defect) {
    return !(defect.decision && defect.decision->decision == kOverruled && defect.decision->newClass.empty());
}

Json decisionJson(const std::optional<OperatorDecision>& decision) {
    if (!decision)
        return nullptr;
    Json json{{"decision", decision->decision},
              {"comment", decision->comment},
              {"operator", decision->operatorName},
              {"date", decision->timeUtc}};
    if (!decision->newVerdict.empty())
        json["newVerdict"] = decision->newVerdict;
    if (!decision->newClass.empty())
        json["newClass"] = decision->newClass;
    return json;
}

std::string finalClassOf(const DefectRecord& defect) {
    if (defect.decision && defect.decision->decision == kOverruled)
        return defect.decision->newClass;
    return defect.className;
}

Json defectJson(const DefectRecord& defect, std::size_t index) {
    return Json{{"index", index},
                {"box", {defect.box.x1, defect.box.y1, defect.box.x2, defect.box.y2}},
                {"classId", defect.classId},
                {"className", defect.className},
                {"finalClass", finalClassOf(defect)},
                {"confidence", defect.confidence},
                {"areaPx", defect.areaPx},
                {"areaMm2", defect.areaMm2},
                {"peakScore", defect.peakScore},
                {"meanScore", defect.meanScore},
                {"region", defect.region},
                {"real", isRealDefect(defect)},
                {"decision", decisionJson(defect.decision)}};
}

/// The test run's own defect list: the defects that count, in the {name, description, properties} form.
Json itkDefects(const InspectionRecord& record) {
    Json defects = Json::array();
    for (std::size_t i = 0; i < record.defects.size(); ++i) {
        const auto& defect = record.defects[i];
        if (!isRealDefect(defect))
            continue;
        std::string description =
            defect.region.empty() ? std::string("defect") : "defect in " + defect.region;
        if (defect.decision && !defect.decision->comment.empty())
            description += ": " + defect.decision->comment;
        defects.push_back(Json{{"name", finalClassOf(defect)},
                               {"description", description},
                               {"properties", {{"INDEX", i}, {"AREA_MM2", defect.areaMm2}}}});
    }
    return defects;
}

Json comments(const InspectionRecord& record) {
    Json list = Json::array();
    if (!record.comment.empty())
        list.push_back(record.comment);
    if (record.verdictDecision && !record.verdictDecision->comment.empty())
        list.push_back(record.verdictDecision->operatorName + ": " + record.verdictDecision->comment);
    return list;
}

Json results(const InspectionRecord& record) {
    Json defects = Json::array();
    int realDefects = 0;
    for (std::size_t i = 0; i < record.defects.size(); ++i) {
        defects.push_back(defectJson(record.defects[i], i));
        realDefects += isRealDefect(record.defects[i]) ? 1 : 0;
    }
    return Json{{"DEFECTS", std::move(defects)},
                {"DEFECT_COUNT", realDefects},
                {"AUTOMATED_VERDICT", record.verdict},
                {"FINAL_VERDICT", finalVerdict(record)},
                {"VERDICT_REASONS", record.verdictReasons},
                {"VERDICT_DECISION", decisionJson(record.verdictDecision)}};
}

} // namespace

nlohmann::json toItkVisualInspectionJson(const InspectionRecord& record, const ItkExportOptions& options) {
    const std::string& verdict = finalVerdict(record);
    const std::string& decider =
        record.verdictDecision ? record.verdictDecision->operatorName : record.operatorName;
    return Json{
        {"component", record.moduleSerial},
        {"testType", "VISUAL_INSPECTION"},
        {"institution", options.institution.empty() ? record.station : options.institution},
        {"runNumber", options.runNumber.empty() ? std::to_string(record.id) : options.runNumber},
        {"date", record.timeUtc},
        {"passed", verdict == "PASS"},
        {"problems", verdict == "REVIEW" || verdict != record.verdict},
        {"properties",
         {{"OPERATOR", decider},
          {"INSPECTION_OPERATOR", record.operatorName},
          {"STATION", record.station},
          {"STAGE", record.stage},
          {"MODULE_TYPE", record.moduleType},
          {"IMAGE", std::filesystem::path(record.imagePath).filename().string()},
          {"IMAGE_SHA256", record.imageSha256},
          {"MODEL_VERSION", record.modelVersion},
          {"THRESHOLD_VERSION", record.thresholdVersion}}},
        {"results", results(record)},
        {"defects", itkDefects(record)},
        {"comments", comments(record)},
    };
}

Result<void> writeItkVisualInspectionJson(const std::filesystem::path& path, const InspectionRecord& record,
                                          const ItkExportOptions& options) {
    return writeJsonFile(path, toItkVisualInspectionJson(record, options));
}

} // namespace lupa::vision::qc
