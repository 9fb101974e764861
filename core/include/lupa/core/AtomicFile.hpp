// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string_view>

namespace lupa {

/// A file written under a temporary name in the target's folder and renamed into place by commit():
/// readers never see a half-written file, and a job that fails or is cancelled leaves nothing behind
/// (the destructor removes an uncommitted temporary).
class AtomicFile {
public:
    /// Creates the temporary file for `target`; check isOpen() or use open().
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Opens an atomic file for `target`, or an Io error naming the folder that cannot be written.
    [[nodiscard]] static Result<std::unique_ptr<AtomicFile>> open(const std::filesystem::path& target);

    [[nodiscard]] bool isOpen() const { return m_stream.is_open(); }
    /// The stream to write into (binary mode).
    [[nodiscard]] std::ofstream& stream() { return m_stream; }
    /// The temporary path, for libraries that must write a file by name (HDF5, SQLite, images).
    [[nodiscard]] const std::filesystem::path& temporaryPath() const { return m_temporary; }
    [[nodiscard]] const std::filesystem::path& targetPath() const { return m_target; }

    /// Flushes to disk and renames the temporary over the target.
    Result<void> commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    std::ofstream m_stream;
    bool m_committed = false;
};

/// A fresh temporary path in the folder of `target`, for libraries that write files by name
/// (HDF5, SQLite, image codecs); finish with replaceAtomically(), or remove it on failure.
[[nodiscard]] std::filesystem::path temporarySiblingOf(const std::filesystem::path& target);

/// Flushes `temporary` to disk and renames it over `target`.
Result<void> replaceAtomically(const std::filesystem::path& temporary, const std::filesystem::path& target);

/// Writes `bytes` to `path` atomically.
Result<void> writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

/// Reads a whole file, or an Io error naming it.
Result<std::string> readFile(const std::filesystem::path& path);

} // namespace lupa
