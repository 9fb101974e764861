// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "QcRecordBuilder.hpp"

#include <lupa/core/Version.hpp>
#include <lupa/widgets/inspection/DefectMarker.hpp>

#include <QDateTime>
#include <fmt/format.h>

namespace lupa::app {
namespace {

vision::qc::DefectRecord defectRecord(const InspectionOutcome& outcome,
                                      const inspection::Detection& detection) {
    auto defect = vision::qc::defectRecordOf(detection, classNameOf(outcome.settings, detection.classId));
    defect.box = testedImageBox(outcome, detection.box); // the view works in reference coordinates
    return defect;
}

} // namespace

std::optional<vision::qc::OperatorDecision> defectDecision(int status, const std::string& operatorName,
                                                           const std::string& timeUtc) {
    if (status != widgets::kDefectConfirmed && status != widgets::kDefectOverruled)
        return std::nullopt;
    vision::qc::OperatorDecision decision;
    decision.decision = status == widgets::kDefectConfirmed ? vision::qc::kConfirmed : vision::qc::kOverruled;
    decision.operatorName = operatorName;
    decision.timeUtc = timeUtc;
    return decision; // an overruled defect is a false alarm: no new class
}

std::optional<vision::qc::OperatorDecision>
verdictDecision(const std::string& pipelineVerdict, const std::string& verdict, const std::string& comment,
                const std::string& operatorName, const std::string& timeUtc) {
    if (verdict.empty())
        return std::nullopt;
    vision::qc::OperatorDecision decision;
    const bool same = verdict == pipelineVerdict;
    decision.decision = same ? vision::qc::kConfirmed : vision::qc::kOverruled;
    decision.newVerdict = same ? std::string() : verdict;
    decision.comment = comment;
    decision.operatorName = operatorName;
    decision.timeUtc = timeUtc;
    return decision;
}

vision::qc::InspectionRecord makeQcRecord(const InspectionOutcome& outcome, const ModuleContext& module,
                                          const OperatorReview& review, const std::string& timeUtc) {
    vision::qc::InspectionRecord record;
    record.moduleSerial = module.moduleSerial;
    record.moduleType = module.moduleType;
    record.stage = module.stage;
    record.imagePath = outcome.testedPath;
    record.imageSha256 = outcome.imageSha256;
    record.modelVersion =
        fmt::format("lupa {} ({}{}{})", version(), vision::toString(outcome.settings.channel),
                    outcome.modelPath.empty() ? "" : ", ", outcome.modelPath);
    record.thresholdVersion = fmt::format("template {:.6g}, autoencoder {:.6g}, operator scale {:.3g}",
                                          outcome.settings.reference.threshold,
                                          outcome.settings.autoencoderThreshold, outcome.thresholdScale);
    record.timeUtc = timeUtc;
    record.operatorName = module.operatorName;
    record.station = module.station;
    record.verdict = vision::toString(outcome.verdict.verdict);
    record.verdictReasons = outcome.verdict.reasons;
    for (std::size_t i = 0; i < outcome.detections.size(); ++i) {
        auto defect = defectRecord(outcome, outcome.detections[i]);
        if (i < review.defectStatus.size())
            defect.decision = defectDecision(review.defectStatus[i], module.operatorName, timeUtc);
        record.defects.push_back(std::move(defect));
    }
    record.verdictDecision =
        verdictDecision(record.verdict, review.verdictOverride, review.comment, module.operatorName, timeUtc);
    record.comment = review.comment;
    return record;
}

std::string utcNow() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

} // namespace lupa::app
