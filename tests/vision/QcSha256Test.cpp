// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "../core/TempDir.hpp"

#include <lupa/vision/qc/Sha256.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <string>

namespace {

using lupa::test::TempDir;
using lupa::vision::qc::Sha256;
using lupa::vision::qc::sha256Hex;
using lupa::vision::qc::sha256OfFile;

// FIPS 180-2, appendix B (and the empty message).
TEST(Sha256, FipsTestVectors) {
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(sha256Hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, PaddingBoundariesMatchIncrementalFeeding) {
    std::mt19937_64 random(20240517);
    for (std::size_t size : {55U, 56U, 63U, 64U, 65U, 119U, 120U, 128U, 1000U}) {
        std::string message(size, '\0');
        for (auto& c : message)
            c = static_cast<char>(random() & 0xff);
        Sha256 pieces;
        for (std::size_t at = 0; at < size; at += 7)
            pieces.update(std::string_view(message).substr(at, 7));
        EXPECT_EQ(pieces.hexDigest(), sha256Hex(message)) << size;
    }
    // 56 bytes need a second padding block: a known value guards that case
    EXPECT_EQ(sha256Hex(std::string(56, 'a')),
              "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
}

/// What the system's sha256sum prints for `path`, or "" when the tool is not there.
std::string sha256sumOf(const std::filesystem::path& path) {
    const std::string command = fmt::format("sha256sum '{}' 2>/dev/null", path.string());
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr)
        return {};
    char digest[65] = {};
    const auto read = std::fread(digest, 1, 64, pipe);
    pclose(pipe);
    return read == 64 ? std::string(digest, 64) : std::string();
}

TEST(Sha256, OneMegabyteFileMatchesSha256sum) {
    TempDir dir;
    std::string content(1 << 20, '\0');
    std::mt19937_64 random(7);
    for (auto& c : content)
        c = static_cast<char>(random() & 0xff);
    const auto path = dir.write("image.bin", content);
    const auto digest = sha256OfFile(path);
    ASSERT_TRUE(digest.ok()) << digest.error().describe();
    EXPECT_EQ(*digest, sha256Hex(content));
    EXPECT_EQ(digest->size(), 64U);
    const auto reference = sha256sumOf(path);
    if (reference.empty())
        GTEST_SKIP() << "sha256sum is not available";
    EXPECT_EQ(*digest, reference);
}

TEST(Sha256, MissingFileIsAnIoErrorNamingIt) {
    TempDir dir;
    const auto digest = sha256OfFile(dir / "gone.png");
    ASSERT_FALSE(digest.ok());
    EXPECT_EQ(digest.error().kind, lupa::ErrorKind::Io);
    EXPECT_NE(digest.error().describe().find("gone.png"), std::string::npos);
    EXPECT_FALSE(sha256OfFile(dir.path()).ok());
}

} // namespace
