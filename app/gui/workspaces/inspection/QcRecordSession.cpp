// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "QcRecordSession.hpp"

#include <lupa/vision/qc/QcDatabase.hpp>

namespace lupa::app {
namespace {

int statusAt(const OperatorReview& review, std::size_t i) {
    return i < review.defectStatus.size() ? review.defectStatus[i] : 0;
}

} // namespace

Result<std::int64_t> QcRecordSession::save(const std::filesystem::path& database,
                                           const InspectionOutcome& outcome, const ModuleContext& module,
                                           const OperatorReview& review) {
    if (module.moduleSerial.empty())
        return Error::usage("enter the module's serial number before saving the record");
    const auto record = makeQcRecord(outcome, module, review, utcNow());
    if (m_id != 0 && database == m_database) {
        LUPA_TRY(appendChangedDecisions(database, record, review));
        m_saved = review;
        return m_id;
    }
    if (auto folder = database.parent_path(); !folder.empty()) {
        std::error_code ignored; // open() reports a folder that cannot be made
        std::filesystem::create_directories(folder, ignored);
    }
    auto db = vision::qc::QcDatabase::open(database);
    if (!db)
        return std::move(db).error();
    auto id = db->recordInspection(record);
    if (!id)
        return std::move(id).error();
    m_id = *id;
    m_database = database;
    m_saved = review;
    return m_id;
}

Result<void> QcRecordSession::appendChangedDecisions(const std::filesystem::path& database,
                                                     const vision::qc::InspectionRecord& record,
                                                     const OperatorReview& review) {
    auto db = vision::qc::QcDatabase::open(database, vision::qc::QcDatabase::OpenMode::ExistingOnly);
    if (!db)
        return std::move(db).error();
    for (std::size_t i = 0; i < record.defects.size(); ++i) {
        const auto& decision = record.defects[i].decision;
        if (decision && statusAt(review, i) != statusAt(m_saved, i))
            LUPA_TRY(db->recordDecision(m_id, static_cast<int>(i), *decision));
    }
    const bool verdictChanged =
        review.verdictOverride != m_saved.verdictOverride || review.comment != m_saved.comment;
    if (record.verdictDecision && verdictChanged)
        LUPA_TRY(db->recordDecision(m_id, -1, *record.verdictDecision));
    return success();
}

Result<vision::qc::InspectionRecord> QcRecordSession::record(const InspectionOutcome& outcome,
                                                             const ModuleContext& module,
                                                             const OperatorReview& review) const {
    if (m_id == 0)
        return makeQcRecord(outcome, module, review, utcNow());
    auto db = vision::qc::QcDatabase::open(m_database, vision::qc::QcDatabase::OpenMode::ReadOnly);
    if (!db)
        return std::move(db).error();
    return db->inspection(m_id);
}

void QcRecordSession::reset() {
    m_id = 0;
    m_database.clear();
    m_saved = {};
}

} // namespace lupa::app
