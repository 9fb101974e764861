// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/vision/qc/InspectionRecord.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sqlite3.h>
#include <string>

namespace lupa::test {

/// A realistic inspection with `defects` defects (every number distinct, so a swapped column shows).
inline vision::qc::InspectionRecord sampleInspection(const std::string& serial = "20UPGM22110042",
                                                     int defects = 3) {
    vision::qc::InspectionRecord record;
    record.moduleSerial = serial;
    record.moduleType = "quad module";
    record.stage = "after wire-bonding";
    record.imagePath = fmt::format("/data/station2/{}_wb.png", serial);
    record.imageSha256 = std::string(64, 'a');
    record.modelVersion = "ae-2024.05-3f2c";
    record.thresholdVersion = "thr-7";
    record.timeUtc = "2024-05-17T09:30:00Z";
    record.operatorName = "A. Operator";
    record.station = "CERN-SR1-station2";
    record.verdict = defects > 0 ? "FAIL" : "PASS";
    record.verdictReasons = {"defects in the wire-bond region", "largest defect 0.12 mm²"};
    for (int i = 0; i < defects; ++i) {
        vision::qc::DefectRecord defect;
        defect.box = {10 * i, 20 * i + 1, 10 * i + 7, 20 * i + 9};
        defect.classId = 1 + i % 6;
        defect.className = fmt::format("class {}", 1 + i % 6);
        defect.confidence = 0.5 + 0.001 * i;
        defect.areaPx = 40.0 + i;
        defect.areaMm2 = 0.0125 * (i + 1);
        defect.peakScore = 3.25 + i;
        defect.meanScore = 1.5 + 0.1 * i;
        defect.region = i % 2 == 0 ? "wire bonds" : "";
        record.defects.push_back(defect);
    }
    record.comment = "first inspection after bonding";
    return record;
}

/// A confirmation or overrule by the second shift.
inline vision::qc::OperatorDecision sampleDecision(const std::string& decision,
                                                   const std::string& newVerdict = {},
                                                   const std::string& newClass = {}) {
    return {decision, "checked under the microscope", "B. Shift", "2024-05-17T10:02:00Z", newVerdict,
            newClass};
}

/// The whole content of a file.
inline std::string fileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A raw SQLite connection for building fixtures and holding locks behind QcDatabase's back.
class RawSqlite {
public:
    explicit RawSqlite(const std::filesystem::path& path) {
        EXPECT_EQ(sqlite3_open(path.string().c_str(), &m_db), SQLITE_OK);
    }
    ~RawSqlite() { sqlite3_close_v2(m_db); }
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    /// Runs SQL; returns the SQLite result code (and records a test failure when it is not SQLITE_OK).
    int exec(const std::string& sql, bool expectOk = true) {
        char* message = nullptr;
        const int code = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message);
        if (expectOk) {
            EXPECT_EQ(code, SQLITE_OK) << sql << ": " << (message != nullptr ? message : "");
        }
        sqlite3_free(message);
        return code;
    }

    /// The first column of the first row of a query, as an integer.
    long long integer(const std::string& sql) {
        sqlite3_stmt* statement = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK) << sql;
        long long value = -1;
        if (sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
};

} // namespace lupa::test
