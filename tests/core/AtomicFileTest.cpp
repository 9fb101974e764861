// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TempDir.hpp"

#include <lupa/core/AtomicFile.hpp>

#include <gtest/gtest.h>

namespace lupa {
namespace {

TEST(AtomicFile, CommitMovesTheFileIntoPlace) {
    test::TempDir dir;
    const auto target = dir / "record.json";
    {
        auto file = AtomicFile::open(target);
        ASSERT_TRUE(file.ok());
        (*file)->stream() << "{\"a\": 1}";
        EXPECT_FALSE(std::filesystem::exists(target)) << "visible before commit";
        ASSERT_TRUE((*file)->commit().ok());
    }
    EXPECT_EQ(*readFile(target), "{\"a\": 1}");
    EXPECT_EQ(dir.entryCount(), 1u);
}

TEST(AtomicFile, UncommittedFileLeavesNothingBehind) {
    test::TempDir dir;
    dir.write("report.txt", "old content");
    {
        auto file = AtomicFile::open(dir / "report.txt");
        ASSERT_TRUE(file.ok());
        (*file)->stream() << "half a new re";
        // the job fails here: no commit
    }
    EXPECT_EQ(*readFile(dir / "report.txt"), "old content");
    EXPECT_EQ(dir.entryCount(), 1u);
}

TEST(AtomicFile, ReportsAnUnwritableFolder) {
    const auto result = AtomicFile::open("/nonexistent-folder/x.txt");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Io);
    EXPECT_NE(result.error().describe().find("/nonexistent-folder"), std::string::npos);
}

TEST(AtomicFile, WritesAndReadsWholeFiles) {
    test::TempDir dir;
    ASSERT_TRUE(writeFileAtomically(dir / "a.bin", std::string("x\0y", 3)).ok());
    EXPECT_EQ(readFile(dir / "a.bin")->size(), 3u);
    EXPECT_EQ(readFile(dir / "missing").error().kind, ErrorKind::Io);
}

} // namespace
} // namespace lupa
