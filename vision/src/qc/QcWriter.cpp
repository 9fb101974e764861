// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Writing inspections and decisions: each call is one write transaction, rolled back on any error.
#include "qc/QcDatabaseImpl.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <optional>

namespace lupa::vision::qc {
namespace {

using detail::Statement;

bool isVerdict(const std::string& verdict) {
    return verdict == "PASS" || verdict == "FAIL" || verdict == "REVIEW";
}

/// Checks a decision before it is written (the schema's CHECK constraints guard the same rules).
Result<void> validateDecision(const OperatorDecision& decision, bool aboutVerdict, const std::string& file) {
    if (decision.decision != kConfirmed && decision.decision != kOverruled)
        return Error::badInput(
            fmt::format("decision \"{}\" is neither \"confirmed\" nor \"overruled\"", decision.decision),
            file);
    if (aboutVerdict) {
        if (!decision.newClass.empty())
            return Error::badInput("a decision about the verdict cannot set a defect class", file);
        if (decision.decision == kOverruled && !isVerdict(decision.newVerdict))
            return Error::badInput(
                fmt::format("an overruled verdict needs a new verdict PASS, FAIL or REVIEW, "
                            "not \"{}\"",
                            decision.newVerdict),
                file);
        if (decision.decision == kConfirmed && !decision.newVerdict.empty())
            return Error::badInput("a confirmed verdict cannot set a new verdict", file);
    } else if (!decision.newVerdict.empty()) {
        return Error::badInput("a decision about a defect cannot set a verdict", file);
    } else if (decision.decision == kConfirmed && !decision.newClass.empty()) {
        return Error::badInput("a confirmed defect cannot set a new class", file);
    }
    return success();
}

/// The module's id, inserting the module when it is new; BadInput when the serial is known with another type.
Result<std::int64_t> moduleId(sqlite3* db, const InspectionRecord& record, const std::string& file) {
    auto insert = Statement::prepare(db,
                                     "INSERT INTO modules(serial, type) VALUES (?, ?) ON CONFLICT(serial) "
                                     "DO NOTHING",
                                     file);
    if (!insert)
        return std::move(insert).error();
    insert->bind(1, std::string_view(record.moduleSerial)).bind(2, std::string_view(record.moduleType));
    LUPA_TRY(insert->run(fmt::format("registering module {}", record.moduleSerial)));
    auto select = Statement::prepare(db, "SELECT id, type FROM modules WHERE serial = ?", file);
    if (!select)
        return std::move(select).error();
    select->bind(1, std::string_view(record.moduleSerial));
    auto row = select->step("reading the module");
    if (!row)
        return std::move(row).error();
    if (!*row)
        return Error::runtime(
            fmt::format("module {} vanished while it was being recorded", record.moduleSerial));
    if (select->text(1) != record.moduleType)
        return Error::badInput(
            fmt::format("module {} is registered as type \"{}\" but the inspection says \"{}\"",
                        record.moduleSerial, select->text(1), record.moduleType),
            file);
    return select->integer(0);
}

Result<void> requireKnownStage(sqlite3* db, const std::string& stage, const std::string& file) {
    auto select = Statement::prepare(db, "SELECT 1 FROM stages WHERE name = ?", file);
    if (!select)
        return std::move(select).error();
    select->bind(1, std::string_view(stage));
    auto row = select->step("reading the stages");
    if (!row)
        return std::move(row).error();
    if (!*row)
        return Error::badInput(
            fmt::format("unknown production stage \"{}\" (see the stages of the QC database)", stage), file);
    return success();
}

Result<std::int64_t> insertInspection(sqlite3* db, const InspectionRecord& record, std::int64_t module,
                                      const std::string& file) {
    auto insert = Statement::prepare(db, R"sql(
        INSERT INTO inspections(module_id, stage, image_path, image_sha256, model_version, threshold_version,
                                time_utc, operator, station, verdict, verdict_reasons, comment, defect_count)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql",
                                     file);
    if (!insert)
        return std::move(insert).error();
    const std::string reasons = nlohmann::json(record.verdictReasons).dump();
    insert->bind(1, module)
        .bind(2, std::string_view(record.stage))
        .bind(3, std::string_view(record.imagePath));
    insert->bind(4, std::string_view(record.imageSha256)).bind(5, std::string_view(record.modelVersion));
    insert->bind(6, std::string_view(record.thresholdVersion)).bind(7, std::string_view(record.timeUtc));
    insert->bind(8, std::string_view(record.operatorName)).bind(9, std::string_view(record.station));
    insert->bind(10, std::string_view(record.verdict)).bind(11, std::string_view(reasons));
    insert->bind(12, std::string_view(record.comment));
    insert->bind(13, static_cast<std::int64_t>(record.defects.size()));
    LUPA_TRY(insert->run(fmt::format("writing the inspection of module {}", record.moduleSerial)));
    return sqlite3_last_insert_rowid(db);
}

Result<void> insertDefects(sqlite3* db, std::int64_t inspectionId, const std::vector<DefectRecord>& defects,
                           const std::string& file) {
    auto insert = Statement::prepare(db, R"sql(
        INSERT INTO defects(inspection_id, idx, x1, y1, x2, y2, class_id, class_name, confidence, area_px,
                            area_mm2, peak_score, mean_score, region)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql",
                                     file);
    if (!insert)
        return std::move(insert).error();
    for (std::size_t i = 0; i < defects.size(); ++i) {
        const auto& defect = defects[i];
        insert->reset();
        insert->bind(1, inspectionId).bind(2, static_cast<std::int64_t>(i));
        insert->bind(3, defect.box.x1).bind(4, defect.box.y1).bind(5, defect.box.x2).bind(6, defect.box.y2);
        insert->bind(7, defect.classId).bind(8, std::string_view(defect.className));
        insert->bind(9, defect.confidence).bind(10, defect.areaPx).bind(11, defect.areaMm2);
        insert->bind(12, defect.peakScore)
            .bind(13, defect.meanScore)
            .bind(14, std::string_view(defect.region));
        auto written = insert->run(fmt::format("writing defect {}", i));
        if (!written) {
            auto error = std::move(written).error();
            error.line = static_cast<std::int64_t>(i);
            error.lineLabel = "defect index";
            return error;
        }
    }
    return success();
}

Result<void> insertDecision(sqlite3* db, std::int64_t inspectionId, int defectIndex,
                            const OperatorDecision& decision, const std::string& file) {
    LUPA_TRY(validateDecision(decision, defectIndex < 0, file));
    auto insert = Statement::prepare(db, R"sql(
        INSERT INTO decisions(inspection_id, defect_index, decision, comment, operator, time_utc, new_verdict,
                              new_class)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?))sql",
                                     file);
    if (!insert)
        return std::move(insert).error();
    insert->bind(1, inspectionId);
    if (defectIndex < 0)
        insert->bindNull(2);
    else
        insert->bind(2, defectIndex);
    insert->bind(3, std::string_view(decision.decision)).bind(4, std::string_view(decision.comment));
    insert->bind(5, std::string_view(decision.operatorName)).bind(6, std::string_view(decision.timeUtc));
    insert->bind(7, std::string_view(decision.newVerdict)).bind(8, std::string_view(decision.newClass));
    return insert->run("writing the operator's decision");
}

Result<void> insertRecordDecisions(sqlite3* db, std::int64_t inspectionId, const InspectionRecord& record,
                                   const std::string& file) {
    if (record.verdictDecision)
        LUPA_TRY(insertDecision(db, inspectionId, -1, *record.verdictDecision, file));
    for (std::size_t i = 0; i < record.defects.size(); ++i)
        if (record.defects[i].decision)
            LUPA_TRY(
                insertDecision(db, inspectionId, static_cast<int>(i), *record.defects[i].decision, file));
    return success();
}

/// The number of defects inspection `id` declares, or BadInput when there is no such inspection.
Result<std::int64_t> declaredDefects(sqlite3* db, std::int64_t id, const std::string& file) {
    auto select = Statement::prepare(db, "SELECT defect_count FROM inspections WHERE id = ?", file);
    if (!select)
        return std::move(select).error();
    select->bind(1, id);
    auto row = select->step("reading the inspection");
    if (!row)
        return std::move(row).error();
    if (!*row)
        return Error::badInput(fmt::format("there is no inspection {}", id), file);
    return select->integer(0);
}

} // namespace

Result<std::int64_t> QcDatabase::recordInspection(const InspectionRecord& record) {
    sqlite3* db = m_impl->db.get();
    const auto& file = m_impl->file;
    LUPA_TRY(m_impl->requireWritable("recording an inspection"));
    if (record.moduleSerial.empty())
        return Error::badInput("the inspection has no module serial number", file);
    if (!isVerdict(record.verdict))
        return Error::badInput(fmt::format("verdict \"{}\" is not PASS, FAIL or REVIEW", record.verdict),
                               file);
    auto transaction = detail::Transaction::beginWrite(db, file);
    if (!transaction)
        return std::move(transaction).error();
    LUPA_TRY(requireKnownStage(db, record.stage, file));
    auto module = moduleId(db, record, file);
    if (!module)
        return std::move(module).error();
    auto id = insertInspection(db, record, *module, file);
    if (!id)
        return std::move(id).error();
    LUPA_TRY(insertDefects(db, *id, record.defects, file));
    LUPA_TRY(insertRecordDecisions(db, *id, record, file));
    LUPA_TRY(transaction->commit());
    return *id;
}

Result<void> QcDatabase::recordDecision(std::int64_t inspectionId, int defectIndex,
                                        const OperatorDecision& decision) {
    sqlite3* db = m_impl->db.get();
    const auto& file = m_impl->file;
    LUPA_TRY(m_impl->requireWritable("recording a decision"));
    if (defectIndex < -1)
        return Error::usage(fmt::format("defect index {} is invalid (use -1 for the verdict)", defectIndex));
    auto transaction = detail::Transaction::beginWrite(db, file);
    if (!transaction)
        return std::move(transaction).error();
    auto declared = declaredDefects(db, inspectionId, file);
    if (!declared)
        return std::move(declared).error();
    if (defectIndex >= *declared)
        return Error::badInput(fmt::format("inspection {} has {} defects, there is no defect {}",
                                           inspectionId, *declared, defectIndex),
                               file);
    LUPA_TRY(insertDecision(db, inspectionId, defectIndex, decision, file));
    return transaction->commit();
}

} // namespace lupa::vision::qc
