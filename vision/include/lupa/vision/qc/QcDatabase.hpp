// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/vision/qc/InspectionFilter.hpp>
#include <lupa/vision/qc/InspectionRecord.hpp>
#include <lupa/vision/qc/InspectionSummary.hpp>
#include <lupa/vision/qc/IntegrityReport.hpp>
#include <lupa/vision/qc/OperatorDecision.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace lupa::vision::qc {

/// The QC record database of module inspection: one SQLite file per site (or per production line).
///
/// Guarantees: write-ahead logging (readers never block the writer), foreign keys enforced, every inspection
/// written with its module, defects and decisions in one transaction (a killed process leaves the whole
/// record or nothing), the number of defects stored in the inspection row so a reader can verify wholeness,
/// schema versioned by `PRAGMA user_version` and migrated forward on open. See docs/qc-records.md.
class QcDatabase {
public:
    /// How open() treats the file.
    enum class OpenMode {
        CreateIfMissing, ///< create a new database when the file does not exist; migrate an older schema
        ExistingOnly,    ///< the file must exist; migrate an older schema
        ReadOnly,        ///< the file must exist and have the current schema; nothing is ever written
    };

    /// How long a write waits for another writer before it gives up with an error.
    static constexpr std::chrono::milliseconds kDefaultBusyTimeout{2000};
    /// The schema version this lupa writes and reads (older versions are migrated, newer ones refused).
    static constexpr int kSchemaVersion = 1;

    /// Opens (and, depending on `mode`, creates or migrates) the database at `path`.
    /// Errors name the file: BadInput when it is no SQLite database, not a lupa QC database or written by a
    /// newer lupa (the file is then left untouched); Io when it is missing, unreadable or locked by another
    /// writer for longer than `busyTimeout`.
    [[nodiscard]] static Result<QcDatabase> open(const std::filesystem::path& path,
                                                 OpenMode mode = OpenMode::CreateIfMissing,
                                                 std::chrono::milliseconds busyTimeout = kDefaultBusyTimeout);

    QcDatabase(QcDatabase&&) noexcept;
    QcDatabase& operator=(QcDatabase&&) noexcept;
    QcDatabase(const QcDatabase&) = delete;
    QcDatabase& operator=(const QcDatabase&) = delete;
    ~QcDatabase();

    /// The database file.
    [[nodiscard]] const std::filesystem::path& path() const;

    /// Writes a whole inspection (the module if it is new, the inspection, its defects and any decisions in
    /// the record) in one transaction and returns the inspection's new id. On any error nothing is written.
    [[nodiscard]] Result<std::int64_t> recordInspection(const InspectionRecord& record);

    /// Appends an operator decision about defect `defectIndex` (0-based, in the record's order) of inspection
    /// `inspectionId`, or about its verdict when `defectIndex` is -1. One transaction.
    [[nodiscard]] Result<void> recordDecision(std::int64_t inspectionId, int defectIndex,
                                              const OperatorDecision& decision);

    /// The inspection with this id, with its defects and the latest decisions; BadInput when it does not
    /// exist or is incomplete (fewer defects stored than it declares).
    [[nodiscard]] Result<InspectionRecord> inspection(std::int64_t id) const;

    /// Every inspection of the module with this serial number, oldest first (empty when none).
    [[nodiscard]] Result<std::vector<InspectionRecord>> inspectionsOf(const std::string& moduleSerial) const;

    /// The inspections matching `filter`, oldest first, without their defects.
    [[nodiscard]] Result<std::vector<InspectionSummary>>
    listInspections(const InspectionFilter& filter = {}) const;

    /// The production stages in their order.
    [[nodiscard]] Result<std::vector<std::string>> stages() const;

    /// Replaces the list of production stages (order matters). A stage that inspections refer to cannot be
    /// removed (BadInput naming it); names must be unique and not empty.
    [[nodiscard]] Result<void> setStages(const std::vector<std::string>& stages);

    /// Runs SQLite's integrity and foreign-key checks and verifies that every inspection has exactly the
    /// number of defects it declares.
    [[nodiscard]] Result<IntegrityReport> checkIntegrity() const;

    /// The default production stages of a new database.
    [[nodiscard]] static const std::vector<std::string>& defaultStages();

    struct Impl;

private:
    explicit QcDatabase(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace lupa::vision::qc
