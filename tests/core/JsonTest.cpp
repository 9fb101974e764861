// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TempDir.hpp"

#include <lupa/core/Json.hpp>

#include <gtest/gtest.h>

namespace lupa {
namespace {

TEST(Json, RoundTripsThroughAFile) {
    test::TempDir dir;
    const Json value = {{"kind", "module-type"}, {"pixel_um", 20.5}, {"regions", {1, 2, 3}}};
    ASSERT_TRUE(writeJsonFile(dir / "a.json", value).ok());
    const auto read = readJsonFile(dir / "a.json");
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, value);
}

TEST(Json, ParseErrorsNameTheLine) {
    test::TempDir dir;
    const auto path = dir.write("bad.json", "{\n  \"a\": 1,\n  \"b\": [1, 2,\n}\n");
    const auto read = readJsonFile(path);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(read.error().line, 4);
    EXPECT_EQ(read.error().file, path.string());
}

TEST(Json, NumberTooLargeIsBadInputNotACrash) {
    // Found by fuzz/JsonFuzzer.cpp: nlohmann throws out_of_range, not parse_error, for this.
    const auto parsed = parseJson("[1, -1.5e1111111111]", "numbers.json");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(parsed.error().file, "numbers.json");
    EXPECT_NE(parsed.error().message.find("overflow"), std::string::npos) << parsed.error().message;
}

TEST(Json, TypedLookupExplainsWhatIsWrong) {
    const Json object = {{"n", 3}, {"name", "x"}};
    EXPECT_EQ(*jsonValue<int>(object, "n", "cfg.json"), 3);
    const auto missing = jsonValue<int>(object, "m", "cfg.json");
    EXPECT_NE(missing.error().message.find("missing key 'm'"), std::string::npos);
    const auto wrongType = jsonValue<int>(object, "name", "cfg.json");
    EXPECT_NE(wrongType.error().message.find("wrong type"), std::string::npos);
    EXPECT_EQ(wrongType.error().file, "cfg.json");
}

} // namespace
} // namespace lupa
