// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Parallel.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <vector>

namespace lupa {
namespace {

TEST(Parallel, CoversEveryIndexExactlyOnce) {
    std::vector<std::atomic<int>> visits(10007);
    parallelFor(
        visits.size(),
        [&](std::size_t begin, std::size_t end) {
            for (auto i = begin; i < end; ++i)
                visits[i]++;
        },
        64);
    for (const auto& v : visits)
        ASSERT_EQ(v.load(), 1);
}

TEST(Parallel, ThreadCountIsConfigurable) {
    setThreadCount(1);
    EXPECT_EQ(threadCount(), 1);
    setThreadCount(0);
    EXPECT_EQ(threadCount(), hardwareThreadCount());
    EXPECT_GE(hardwareThreadCount(), 1);
}

TEST(Parallel, EmptyRangeDoesNothing) {
    bool called = false;
    parallelFor(0, [&](std::size_t, std::size_t) { called = true; });
    EXPECT_FALSE(called);
}

} // namespace
} // namespace lupa
