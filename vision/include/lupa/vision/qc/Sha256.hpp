// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace lupa::vision::qc {

/// SHA-256 (FIPS 180-4) computed incrementally: update() any number of times, then hexDigest() once.
class Sha256 {
public:
    Sha256();
    /// Feeds more bytes.
    void update(std::string_view bytes);
    /// Finishes and returns the digest as 64 lowercase hex digits; the object must not be updated afterwards.
    [[nodiscard]] std::string hexDigest();

private:
    void compress(const unsigned char* block);
    std::array<std::uint32_t, 8> m_state{};
    std::array<unsigned char, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_totalBytes = 0;
};

/// SHA-256 of `bytes` as 64 lowercase hex digits.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

/// SHA-256 of a file's content as 64 lowercase hex digits (what `sha256sum` prints), or an Io error naming
/// the file. Reads in blocks, so any size works.
[[nodiscard]] Result<std::string> sha256OfFile(const std::filesystem::path& path);

} // namespace lupa::vision::qc
