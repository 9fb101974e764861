// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Reading inspections back; each call reads one consistent snapshot and verifies that records are whole.
#include "qc/QcDatabaseImpl.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace lupa::vision::qc {
namespace {

using detail::Statement;

Result<std::vector<std::string>> parseReasons(const std::string& text, std::int64_t id,
                                              const std::string& file) {
    const auto parsed = nlohmann::json::parse(text, nullptr, false);
    if (!parsed.is_array())
        return Error::badRecord("the verdict reasons are not a JSON array", file, id);
    std::vector<std::string> reasons;
    for (const auto& reason : parsed) {
        if (!reason.is_string())
            return Error::badRecord("a verdict reason is not text", file, id);
        reasons.push_back(reason.get<std::string>());
    }
    return reasons;
}

Result<InspectionRecord> readInspectionRow(sqlite3* db, std::int64_t id, std::int64_t& declaredDefects,
                                           const std::string& file) {
    auto select = Statement::prepare(db, R"sql(
        SELECT m.serial, m.type, i.stage, i.image_path, i.image_sha256, i.model_version, i.threshold_version,
               i.time_utc, i.operator, i.station, i.verdict, i.verdict_reasons, i.comment, i.defect_count
        FROM inspections i JOIN modules m ON m.id = i.module_id WHERE i.id = ?)sql",
                                     file);
    if (!select)
        return std::move(select).error();
    select->bind(1, id);
    auto row = select->step("reading the inspection");
    if (!row)
        return std::move(row).error();
    if (!*row)
        return Error::badInput(fmt::format("there is no inspection {}", id), file);
    InspectionRecord record;
    record.id = id;
    record.moduleSerial = select->text(0);
    record.moduleType = select->text(1);
    record.stage = select->text(2);
    record.imagePath = select->text(3);
    record.imageSha256 = select->text(4);
    record.modelVersion = select->text(5);
    record.thresholdVersion = select->text(6);
    record.timeUtc = select->text(7);
    record.operatorName = select->text(8);
    record.station = select->text(9);
    record.verdict = select->text(10);
    auto reasons = parseReasons(select->text(11), id, file);
    if (!reasons)
        return std::move(reasons).error();
    record.verdictReasons = std::move(*reasons);
    record.comment = select->text(12);
    declaredDefects = select->integer(13);
    return record;
}

Result<void> readDefects(sqlite3* db, InspectionRecord& record, std::int64_t declared,
                         const std::string& file) {
    auto select = Statement::prepare(db, R"sql(
        SELECT idx, x1, y1, x2, y2, class_id, class_name, confidence, area_px, area_mm2, peak_score, mean_score,
               region
        FROM defects WHERE inspection_id = ? ORDER BY idx)sql",
                                     file);
    if (!select)
        return std::move(select).error();
    select->bind(1, record.id);
    while (true) {
        auto row = select->step("reading the defects");
        if (!row)
            return std::move(row).error();
        if (!*row)
            break;
        if (select->integer(0) != static_cast<std::int64_t>(record.defects.size()))
            break; // a gap in the indices: reported as incomplete below
        DefectRecord defect;
        defect.box = {static_cast<int>(select->integer(1)), static_cast<int>(select->integer(2)),
                      static_cast<int>(select->integer(3)), static_cast<int>(select->integer(4))};
        defect.classId = static_cast<int>(select->integer(5));
        defect.className = select->text(6);
        defect.confidence = select->real(7);
        defect.areaPx = select->real(8);
        defect.areaMm2 = select->real(9);
        defect.peakScore = select->real(10);
        defect.meanScore = select->real(11);
        defect.region = select->text(12);
        record.defects.push_back(std::move(defect));
    }
    if (static_cast<std::int64_t>(record.defects.size()) != declared)
        return Error::badRecord(
            fmt::format("inspection {} is incomplete: it declares {} defects, {} are readable", record.id,
                        declared, record.defects.size()),
            file, record.id);
    return success();
}

/// Attaches the latest decision of each target (the verdict and each defect) to the record.
Result<void> readDecisions(sqlite3* db, InspectionRecord& record, const std::string& file) {
    auto select = Statement::prepare(db, R"sql(
        SELECT defect_index, decision, comment, operator, time_utc, new_verdict, new_class
        FROM decisions WHERE inspection_id = ? ORDER BY id)sql",
                                     file);
    if (!select)
        return std::move(select).error();
    select->bind(1, record.id);
    while (true) {
        auto row = select->step("reading the decisions");
        if (!row)
            return std::move(row).error();
        if (!*row)
            return success();
        OperatorDecision decision{select->text(1), select->text(2), select->text(3),
                                  select->text(4), select->text(5), select->text(6)};
        if (select->isNull(0)) {
            record.verdictDecision = std::move(decision);
            continue;
        }
        const auto index = select->integer(0);
        if (index < 0 || index >= static_cast<std::int64_t>(record.defects.size()))
            return Error::badRecord(
                fmt::format("a decision refers to defect {} which inspection {} does not have", index,
                            record.id),
                file, record.id);
        record.defects[static_cast<std::size_t>(index)].decision = std::move(decision);
    }
}

Result<InspectionRecord> readInspection(sqlite3* db, std::int64_t id, const std::string& file) {
    std::int64_t declared = 0;
    auto record = readInspectionRow(db, id, declared, file);
    if (!record)
        return record;
    LUPA_TRY(readDefects(db, *record, declared, file));
    LUPA_TRY(readDecisions(db, *record, file));
    return record;
}

Result<std::vector<std::int64_t>> inspectionIdsOf(sqlite3* db, const std::string& serial,
                                                  const std::string& file) {
    auto select = Statement::prepare(db, R"sql(
        SELECT i.id FROM inspections i JOIN modules m ON m.id = i.module_id
        WHERE m.serial = ? ORDER BY i.time_utc, i.id)sql",
                                     file);
    if (!select)
        return std::move(select).error();
    select->bind(1, std::string_view(serial));
    std::vector<std::int64_t> ids;
    while (true) {
        auto row = select->step("reading the inspections of a module");
        if (!row)
            return std::move(row).error();
        if (!*row)
            return ids;
        ids.push_back(select->integer(0));
    }
}

} // namespace

Result<InspectionRecord> QcDatabase::inspection(std::int64_t id) const {
    auto transaction = detail::Transaction::beginRead(m_impl->db.get(), m_impl->file);
    if (!transaction)
        return std::move(transaction).error();
    auto record = readInspection(m_impl->db.get(), id, m_impl->file);
    if (!record)
        return record;
    LUPA_TRY(transaction->commit());
    return record;
}

Result<std::vector<InspectionRecord>> QcDatabase::inspectionsOf(const std::string& moduleSerial) const {
    sqlite3* db = m_impl->db.get();
    auto transaction = detail::Transaction::beginRead(db, m_impl->file);
    if (!transaction)
        return std::move(transaction).error();
    auto ids = inspectionIdsOf(db, moduleSerial, m_impl->file);
    if (!ids)
        return std::move(ids).error();
    std::vector<InspectionRecord> records;
    for (const auto id : *ids) {
        auto record = readInspection(db, id, m_impl->file);
        if (!record)
            return std::move(record).error();
        records.push_back(std::move(*record));
    }
    LUPA_TRY(transaction->commit());
    return records;
}

} // namespace lupa::vision::qc
