// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "qc/Sqlite.hpp"

#include <lupa/vision/qc/QcDatabase.hpp>

#include <filesystem>
#include <string>

namespace lupa::vision::qc {

/// The state behind a QcDatabase: the connection and the file it names in errors.
struct QcDatabase::Impl {
    detail::Connection db;
    std::filesystem::path path;
    std::string file; ///< path as text, for errors
    bool readOnly = false;

    /// A Usage error when the database was opened read-only.
    [[nodiscard]] Result<void> requireWritable(std::string_view what) const;
};

} // namespace lupa::vision::qc
