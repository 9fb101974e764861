// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TempDir.hpp"

#include <lupa/core/CsvReader.hpp>

#include <gtest/gtest.h>

#include <zlib.h>

namespace lupa {
namespace {

constexpr std::string_view kHits = "hit_id,x,y,z,volume_id\n"
                                   "1,-64.41,-7.16,-1502.5,7\n"
                                   "2,-55.34,0.63,-1502.5,7\n"
                                   "3,-83.83,-1.14,-1502.5,7\n";

std::filesystem::path writeGzip(const std::filesystem::path& path, std::string_view content) {
    gzFile file = gzopen(path.c_str(), "wb");
    gzwrite(file, content.data(), static_cast<unsigned>(content.size()));
    gzclose(file);
    return path;
}

// Reads every row and sums column `column`; returns the error of the first failure.
Result<double> sumColumn(const std::filesystem::path& path, const std::string& column) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::move(reader).error();
    auto index = reader->columnIndex(column);
    if (!index)
        return std::move(index).error();
    double sum = 0;
    while (true) {
        auto more = reader->next();
        if (!more)
            return std::move(more).error();
        if (!*more)
            return sum;
        auto value = reader->get<double>(*index);
        if (!value)
            return std::move(value).error();
        sum += *value;
    }
}

TEST(CsvReader, ReadsPlainFiles) {
    test::TempDir dir;
    const auto path = dir.write("hits.csv", kHits);
    auto reader = CsvReader::open(path);
    ASSERT_TRUE(reader.ok()) << reader.error().describe();
    EXPECT_EQ(reader->header().size(), 5u);
    ASSERT_TRUE(*reader->next());
    EXPECT_EQ(reader->lineNumber(), 2);
    EXPECT_EQ(*reader->get<std::int64_t>(0), 1);
    EXPECT_DOUBLE_EQ(*reader->get<double>(1), -64.41);
    EXPECT_EQ(reader->field(4), "7");
    EXPECT_NEAR(*sumColumn(path, "x"), -64.41 - 55.34 - 83.83, 1e-9);
}

TEST(CsvReader, ReadsGzipFilesWhateverTheirName) {
    test::TempDir dir;
    const auto path = writeGzip(dir / "hits.csv", kHits);
    EXPECT_NEAR(*sumColumn(path, "y"), -7.16 + 0.63 - 1.14, 1e-9);
}

TEST(CsvReader, ReadsAcrossBufferBoundaries) {
    test::TempDir dir;
    std::string content = "id,value\n";
    double expected = 0;
    for (int i = 0; i < 200000; ++i) {
        content += std::to_string(i) + "," + std::to_string(i % 97) + ".5\n";
        expected += i % 97 + 0.5;
    }
    EXPECT_DOUBLE_EQ(*sumColumn(dir.write("big.csv", content), "value"), expected);
    EXPECT_DOUBLE_EQ(*sumColumn(writeGzip(dir / "big.csv.gz", content), "value"), expected);
}

TEST(CsvReader, NamesFileLineAndColumnOfABadNumber) {
    test::TempDir dir;
    const auto path = dir.write("hits.csv", "hit_id,x\n1,2.5\n2,abc\n");
    const auto sum = sumColumn(path, "x");
    ASSERT_FALSE(sum.ok());
    EXPECT_EQ(sum.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(sum.error().line, 3);
    EXPECT_EQ(sum.error().file, path.string());
    EXPECT_NE(sum.error().message.find("'x'"), std::string::npos) << sum.error().message;
    EXPECT_NE(sum.error().message.find("abc"), std::string::npos);
}

TEST(CsvReader, RejectsRowsOfTheWrongWidth) {
    test::TempDir dir;
    const auto sum = sumColumn(dir.write("a.csv", "a,b\n1,2\n3\n"), "a");
    ASSERT_FALSE(sum.ok());
    EXPECT_EQ(sum.error().line, 3);
    EXPECT_NE(sum.error().message.find("expected 2 fields, found 1"), std::string::npos);
}

TEST(CsvReader, ReportsMissingColumnsAndFiles) {
    test::TempDir dir;
    EXPECT_NE(sumColumn(dir.write("a.csv", "a,b\n1,2\n"), "z").error().message.find("'z'"),
              std::string::npos);
    EXPECT_EQ(CsvReader::open(dir / "missing.csv").error().kind, ErrorKind::Io);
    EXPECT_EQ(CsvReader::open(dir.write("empty.csv", "")).error().kind, ErrorKind::BadInput);
    EXPECT_EQ(CsvReader::open(dir.path()).error().kind, ErrorKind::Io);
}

TEST(CsvReader, ReportsATruncatedGzipStream) {
    test::TempDir dir;
    std::string content = "id,value\n";
    for (int i = 0; i < 50000; ++i)
        content += std::to_string(i) + ",1\n";
    const auto full = writeGzip(dir / "full.csv.gz", content);
    auto bytes = std::string(std::filesystem::file_size(full), '\0');
    std::ifstream(full, std::ios::binary).read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    const auto cut = dir.write("cut.csv.gz", bytes.substr(0, bytes.size() / 2));
    const auto sum = sumColumn(cut, "value");
    ASSERT_FALSE(sum.ok());
    EXPECT_EQ(sum.error().file, cut.string());
    EXPECT_GT(sum.error().line, 1);
    EXPECT_NE(sum.error().message.find("truncated"), std::string::npos) << sum.error().message;
}

TEST(CsvReader, HandlesQuotesCrLfBomAndBlankLines) {
    test::TempDir dir;
    const auto path = dir.write("q.csv", "\xEF\xBB\xBFname,value\r\n\"a, \"\"b\"\"\",1.5\r\n\r\nplain,2\r\n");
    auto reader = CsvReader::open(path);
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(reader->header()[0], "name");
    ASSERT_TRUE(*reader->next());
    EXPECT_EQ(reader->field(0), "a, \"b\"");
    EXPECT_DOUBLE_EQ(*reader->get<double>(1), 1.5);
    ASSERT_TRUE(*reader->next());
    EXPECT_EQ(reader->field(0), "plain");
    EXPECT_EQ(reader->lineNumber(), 4);
    EXPECT_FALSE(*reader->next());
}

TEST(CsvReader, RejectsTrailingGarbageInNumbers) {
    test::TempDir dir;
    auto reader = CsvReader::open(dir.write("n.csv", "a,b,c\n12x,1e3,-0\n"));
    ASSERT_TRUE(*reader->next());
    EXPECT_FALSE(reader->get<int>(0).ok());
    EXPECT_DOUBLE_EQ(*reader->get<double>(1), 1000.0);
    EXPECT_FALSE(reader->get<std::uint64_t>(2).ok() && *reader->get<std::uint64_t>(2) != 0);
}

} // namespace
} // namespace lupa
