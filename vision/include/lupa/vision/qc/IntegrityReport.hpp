// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lupa::vision::qc {

/// What QcDatabase::checkIntegrity found.
struct IntegrityReport {
    std::vector<std::string> problems; ///< one line per problem; empty when the database is sound
    std::int64_t inspections = 0;      ///< inspections checked
    std::int64_t defects = 0;          ///< defect rows checked
    std::int64_t decisions = 0;        ///< operator decisions checked

    /// True when no problem was found.
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

} // namespace lupa::vision::qc
