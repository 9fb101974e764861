// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Log.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lupa {
namespace {

TEST(Log, SinkReceivesMessagesAndCanBeRestored) {
    std::vector<std::pair<LogLevel, std::string>> seen;
    auto previous =
        setLogSink([&](LogLevel level, std::string_view message) { seen.emplace_back(level, message); });
    logInfo("reading hits");
    logWarning("3 hits without module");
    setLogSink(previous);
    logInfo("not captured");
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(seen[1].first, LogLevel::Warning);
    EXPECT_EQ(seen[1].second, "3 hits without module");
    EXPECT_STREQ(toString(LogLevel::Error), "error");
}

} // namespace
} // namespace lupa
