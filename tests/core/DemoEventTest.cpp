// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TempDir.hpp"

#include <lupa/core/CsvReader.hpp>
#include <lupa/core/DemoEvent.hpp>

#include <gtest/gtest.h>

#include <cmath>

namespace lupa {
namespace {

TEST(DemoEvent, SameSeedSameHitsOtherSeedOtherHits) {
    DemoEventConfig config;
    config.particles = 50;
    const auto a = makeDemoEvent(config);
    const auto b = makeDemoEvent(config);
    ASSERT_EQ(a.size(), b.size());
    EXPECT_DOUBLE_EQ(a.back().x, b.back().x);
    config.seed = 7;
    const auto c = makeDemoEvent(config);
    EXPECT_TRUE(c.size() != a.size() || c.front().x != a.front().x);
}

TEST(DemoEvent, HitsLieOnTheirLayers) {
    DemoEventConfig config;
    const auto hits = makeDemoEvent(config);
    ASSERT_GT(hits.size(), 500u);
    for (const auto& hit : hits) {
        const double r = std::hypot(hit.x, hit.y);
        ASSERT_NEAR(r, config.layerRadii[static_cast<std::size_t>(hit.layer)], 1e-6);
        ASSERT_LE(std::abs(hit.z), config.halfLength);
    }
}

TEST(DemoEvent, CsvRoundTrip) {
    test::TempDir dir;
    const auto hits = makeDemoEvent();
    ASSERT_TRUE(writeDemoHitsCsv(hits, dir / "hits.csv").ok());
    auto reader = CsvReader::open(dir / "hits.csv");
    ASSERT_TRUE(reader.ok());
    std::size_t rows = 0;
    while (*reader->next())
        ++rows;
    EXPECT_EQ(rows, hits.size());
}

} // namespace
} // namespace lupa
