// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Result.hpp>

#include <gtest/gtest.h>

namespace lupa {
namespace {

Result<int> parsePositive(int value) {
    if (value <= 0)
        return Error::badInput("not positive", "numbers.txt", 7);
    return value;
}

Result<int> doubled(int value) {
    LUPA_TRY(parsePositive(value));
    return 2 * value;
}

TEST(Error, DescribesFileAndLine) {
    EXPECT_EQ(Error::badInput("bad x", "hits.csv", 12).describe(), "hits.csv:12: bad x");
    EXPECT_EQ(Error::badRecord("NaN energy", "showers.h5", 3).describe(),
              "showers.h5 (record 3): NaN energy");
    EXPECT_EQ(Error::io("cannot open", "a.png").describe(), "a.png: cannot open");
    EXPECT_EQ(Error::runtime("diverged").describe(), "diverged");
}

TEST(Error, MapsKindsToExitCodes) {
    EXPECT_EQ(exitCodeFor(ErrorKind::BadInput), ExitCode::BadInput);
    EXPECT_EQ(exitCodeFor(ErrorKind::Usage), ExitCode::Usage);
    EXPECT_EQ(exitCodeFor(ErrorKind::Io), ExitCode::RuntimeFailure);
    EXPECT_EQ(exitCodeFor(ErrorKind::Cancelled), ExitCode::RuntimeFailure);
    EXPECT_STREQ(toString(ErrorKind::BadInput), "bad_input");
}

TEST(Result, HoldsValueOrError) {
    const auto good = parsePositive(5);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 5);
    const auto bad = parsePositive(-1);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().line, 7);
    EXPECT_EQ(bad.valueOr(99), 99);
    EXPECT_THROW((void)bad.value(), BadResultAccess);
}

TEST(Result, TryPropagatesTheError) {
    EXPECT_EQ(*doubled(4), 8);
    const auto failed = doubled(0);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().file, "numbers.txt");
}

TEST(Result, VoidResult) {
    Result<void> fine = success();
    EXPECT_TRUE(fine.ok());
    Result<void> failed = Error::cancelled();
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, ErrorKind::Cancelled);
}

} // namespace
} // namespace lupa
