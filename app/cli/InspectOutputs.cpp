// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// What `lupa-cli inspect run` writes: the pipeline, per-image JSON and QC records.
#include "InspectCommands.hpp"

#include <lupa/core/Version.hpp>
#include <lupa/vision/qc/Sha256.hpp>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <unistd.h>

namespace lupa::cli {
namespace {

std::string className(int classId, const std::vector<std::string>& classNames) {
    if (classId >= 1 && static_cast<std::size_t>(classId) <= classNames.size())
        return classNames[static_cast<std::size_t>(classId - 1)];
    return "unclassified";
}

Json registrationJson(const vision::Registration& r) {
    return {{"ok", r.ok},
            {"inliers", r.inliers},
            {"residual_px", r.residualPx},
            {"fast_path", r.usedFastPath},
            {"failure_reason", r.failureReason}};
}

std::string nowUtc() {
    return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}",
                       fmt::gmtime(std::chrono::system_clock::to_time_t(std::chrono::system_clock::now())));
}

std::string environmentOr(const char* name, std::string fallback) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? std::string(value) : fallback;
}

std::string hostName() {
    char name[256] = {};
    return gethostname(name, sizeof(name) - 1) == 0 ? std::string(name) : std::string("unknown");
}

} // namespace

Result<vision::ModulePipeline> makePipeline(const std::string& model, const std::string& channel,
                                            double threshold) {
    vision::ModulePipeline pipeline;
    if (!model.empty()) {
        auto loaded = vision::ModulePipeline::load(model);
        if (!loaded)
            return std::move(loaded).error();
        pipeline = std::move(*loaded);
    }
    vision::InspectionSettings settings = pipeline.settings();
    if (!channel.empty()) {
        auto parsed = vision::parseAnomalyChannel(channel);
        if (!parsed)
            return std::move(parsed).error();
        settings.channel = *parsed;
    }
    if (threshold < 0.0)
        return Error::usage("--threshold must be positive");
    if (threshold > 0.0)
        settings.reference.threshold = threshold;
    LUPA_TRY(pipeline.setSettings(settings));
    return pipeline;
}

Json inspectionJson(const std::filesystem::path& tested, const std::filesystem::path& reference,
                    const vision::ModuleInspection& inspection, const std::vector<std::string>& classNames,
                    double seconds) {
    Json defects = Json::array();
    for (const auto& d : inspection.result.detections)
        defects.push_back({{"box", {d.box.x1, d.box.y1, d.box.x2, d.box.y2}},
                           {"class_id", d.classId},
                           {"class", className(d.classId, classNames)},
                           {"confidence", d.confidence},
                           {"area_px", d.areaPx},
                           {"area_mm2", d.areaMm2},
                           {"peak_score", d.peakScore},
                           {"mean_score", d.meanScore},
                           {"region", d.region}});
    return {{"image", tested.string()},
            {"reference", reference.string()},
            {"channel", vision::toString(inspection.channel)},
            {"verdict", vision::toString(inspection.result.verdict.verdict)},
            {"reasons", inspection.result.verdict.reasons},
            {"registration", registrationJson(inspection.result.registration)},
            {"defects", defects},
            {"seconds", seconds}};
}

Result<QcRecorder> QcRecorder::open(const QcOptions& options) {
    QcRecorder recorder;
    recorder.m_options = options;
    if (options.database.empty())
        return recorder;
    auto database = vision::qc::QcDatabase::open(options.database);
    if (!database)
        return std::move(database).error();
    recorder.m_database = std::make_shared<vision::qc::QcDatabase>(std::move(*database));
    if (recorder.m_options.operatorName.empty())
        recorder.m_options.operatorName = environmentOr("USER", "unknown");
    if (recorder.m_options.station.empty())
        recorder.m_options.station = hostName();
    return recorder;
}

Result<void> QcRecorder::record(const std::filesystem::path& image,
                                const vision::ModuleInspection& inspection,
                                const std::vector<std::string>& classNames,
                                const vision::ModulePipeline& pipeline) {
    if (!m_database)
        return success();
    auto sha = vision::qc::sha256OfFile(image);
    if (!sha)
        return std::move(sha).error();
    vision::qc::InspectionRecord record;
    record.moduleSerial = m_options.moduleSerial.empty() ? image.stem().string() : m_options.moduleSerial;
    record.moduleType = m_options.moduleType;
    record.stage = m_options.stage;
    record.imagePath = image.string();
    record.imageSha256 = *sha;
    record.modelVersion =
        fmt::format("lupa {} ({})", version(), vision::toString(pipeline.settings().channel));
    record.thresholdVersion =
        fmt::format("template {:.6g}, autoencoder {:.6g}", pipeline.settings().reference.threshold,
                    pipeline.settings().autoencoderThreshold);
    record.timeUtc = nowUtc();
    record.operatorName = m_options.operatorName;
    record.station = m_options.station;
    record.verdict = vision::toString(inspection.result.verdict.verdict);
    record.verdictReasons = inspection.result.verdict.reasons;
    for (const auto& d : inspection.result.detections)
        record.defects.push_back(vision::qc::defectRecordOf(d, className(d.classId, classNames)));
    auto id = m_database->recordInspection(record);
    if (!id)
        return std::move(id).error();
    return success();
}

} // namespace lupa::cli
