// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Error.hpp>

#include <QString>

#include <filesystem>
#include <initializer_list>

/// Helpers that workspaces share to recognise files and to report errors about them.
namespace lupa::app::files {

/// True when the file name ends with one of `suffixes` (".csv", ".csv.gz"), ignoring case.
[[nodiscard]] bool hasSuffix(const QString& path, std::initializer_list<const char*> suffixes);

/// True when the file carries the HDF5 signature (at offset 0 or after a user block).
[[nodiscard]] bool looksLikeHdf5(const QString& path);

/// True when the file starts with the gzip magic bytes.
[[nodiscard]] bool looksLikeGzip(const QString& path);

/// The file's path for lupa's core functions (keeps non-ASCII names intact).
[[nodiscard]] std::filesystem::path toPath(const QString& path);

/// The name of the file at `path`, without its folder.
[[nodiscard]] QString fileName(const QString& path);
/// The name of the file at `path`, without its folder.
[[nodiscard]] QString fileName(const std::filesystem::path& path);

/// A core error as one line of text: "file:line: message".
[[nodiscard]] QString describe(const Error& error);

} // namespace lupa::app::files
