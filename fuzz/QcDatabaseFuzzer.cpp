// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: a QC database file that came from somewhere else (another station's records opened or
// imported read-only): the schema checks, the integrity check, listing and reading every record.
#include "FuzzInput.hpp"

#include <lupa/vision/qc/QcDatabase.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto path = lupa::fuzz::asFile(data, size, "records.sqlite");
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        std::filesystem::remove(path.string() + suffix);
    auto database = lupa::vision::qc::QcDatabase::open(path, lupa::vision::qc::QcDatabase::OpenMode::ReadOnly,
                                                       std::chrono::milliseconds(0));
    if (!database)
        return 0;
    (void)database->checkIntegrity();
    (void)database->stages();
    auto summaries = database->listInspections();
    if (!summaries)
        return 0;
    for (const auto& summary : *summaries)
        (void)database->inspection(summary.id);
    return 0;
}
