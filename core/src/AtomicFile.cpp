// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>

#include <fmt/format.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <unistd.h>

namespace lupa {
namespace fs = std::filesystem;
namespace {

// Makes the renamed file's content durable before it replaces the target.
void syncFile(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

fs::path temporarySiblingOf(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    const auto unique = fmt::format(".{}.tmp-{}-{}", target.filename().string(), ::getpid(), counter++);
    return target.parent_path() / unique;
}

Result<void> replaceAtomically(const fs::path& temporary, const fs::path& target) {
    syncFile(temporary);
    std::error_code error;
    fs::rename(temporary, target, error);
    if (error) {
        fs::remove(temporary, error);
        return Error::io(fmt::format("cannot move the finished file into place: {}", error.message()),
                         target.string());
    }
    return success();
}

AtomicFile::AtomicFile(fs::path target)
    : m_target(std::move(target))
    , m_temporary(temporarySiblingOf(m_target)) {
    m_stream.open(m_temporary, std::ios::binary | std::ios::trunc);
}

AtomicFile::~AtomicFile() {
    if (!m_committed) {
        m_stream.close();
        std::error_code ignored;
        fs::remove(m_temporary, ignored);
    }
}

Result<std::unique_ptr<AtomicFile>> AtomicFile::open(const fs::path& target) {
    auto file = std::make_unique<AtomicFile>(target);
    if (!file->isOpen())
        return Error::io(fmt::format("cannot create a file in '{}': {}", target.parent_path().string(),
                                     std::strerror(errno)),
                         target.string());
    return file;
}

Result<void> AtomicFile::commit() {
    if (m_committed)
        return success();
    m_stream.flush();
    const bool streamOk = m_stream.good();
    m_stream.close();
    if (!streamOk)
        return Error::io("writing failed (disk full?)", m_target.string());
    LUPA_TRY(replaceAtomically(m_temporary, m_target));
    m_committed = true;
    return success();
}

Result<void> writeFileAtomically(const fs::path& path, std::string_view bytes) {
    auto file = AtomicFile::open(path);
    if (!file)
        return std::move(file).error();
    (*file)->stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return (*file)->commit();
}

Result<std::string> readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::io(fmt::format("cannot open: {}", std::strerror(errno)), path.string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return Error::io("read error", path.string());
    return buffer.str();
}

} // namespace lupa
