// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Simulated events written as TrackML CSV and read back with the TrackML readers.
#include "../core/TempDir.hpp"

#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/tracking/EventWriter.hpp>
#include <lupa/core/tracking/HitWeights.hpp>
#include <lupa/core/tracking/Simulation.hpp>
#include <lupa/core/trackml/EventReader.hpp>

#include <gtest/gtest.h>

namespace lupa::tracking {
namespace {

trackml::Event smallEvent(std::uint64_t seed = 5) {
    SimulationConfig config;
    config.pileup = 3;
    config.seed = seed;
    auto simulator = EventSimulator::create(SimGeometry::trackmlLike(), config);
    return simulator->simulate(1);
}

const trackml::EventParts kAllParts{true, true, true, true};

TEST(EventWriter, EventNamesHaveNineDigits) {
    EXPECT_EQ(eventName(1), "event000000001");
    EXPECT_EQ(eventName(123456789), "event123456789");
}

TEST(EventWriter, RoundTripThroughTheTrackmlReaders) {
    test::TempDir dir;
    const auto event = smallEvent();
    const std::string prefix = (dir / eventName(1)).string();
    ASSERT_TRUE(writeEvent(event, prefix).ok());
    for (const char* part : {"hits", "particles", "truth", "cells"})
        EXPECT_TRUE(std::filesystem::exists(prefix + "-" + part + ".csv")) << part;
    const auto read = trackml::readEvent(prefix, kAllParts);
    ASSERT_TRUE(read.ok()) << read.error().describe();
    ASSERT_EQ(read->hits.size(), event.hits.size());
    ASSERT_EQ(read->particles.size(), event.particles.size());
    ASSERT_EQ(read->truth.size(), event.truth.size());
    ASSERT_EQ(read->cells.size(), event.cells.size());
    for (std::size_t i = 0; i < event.hits.size(); ++i) {
        const auto& a = event.hits[i];
        const auto& b = read->hits[i];
        ASSERT_EQ(a.id, b.id);
        ASSERT_NEAR(a.x, b.x, 5.1e-5); // 0.1 um
        ASSERT_NEAR(a.z, b.z, 5.1e-5);
        ASSERT_EQ(a.volume, b.volume);
        ASSERT_EQ(a.layer, b.layer);
        ASSERT_EQ(a.module, b.module);
        ASSERT_EQ(event.truth[i].particleId, read->truth[i].particleId);
        ASSERT_NEAR(event.truth[i].tpz, read->truth[i].tpz, 5.1e-7); // 1 keV
        ASSERT_EQ(event.truth[i].weight, read->truth[i].weight);     // written exactly
        ASSERT_EQ(event.cells[i].channel0, read->cells[i].channel0);
        ASSERT_EQ(event.cells[i].channel1, read->cells[i].channel1);
    }
    for (std::size_t i = 0; i < event.particles.size(); ++i) {
        const auto& a = event.particles[i];
        const auto& b = read->particles[i];
        ASSERT_EQ(a.id, b.id);
        ASSERT_EQ(a.pdgId, b.pdgId);
        ASSERT_EQ(a.charge, b.charge);
        ASSERT_EQ(a.hitCount, b.hitCount);
        ASSERT_NEAR(a.px, b.px, 5.1e-7);
        ASSERT_NEAR(a.vz, b.vz, 5.1e-5);
    }
    // The weights recomputed from the files are the written ones (up to the momenta's rounding).
    trackml::Event again = *read;
    ASSERT_TRUE(computeHitWeights(again).ok());
    for (std::size_t i = 0; i < again.truth.size(); ++i)
        ASSERT_NEAR(again.truth[i].weight, read->truth[i].weight, 1e-5 * read->truth[i].weight + 1e-15);
}

TEST(EventWriter, GzipFilesReadBackToo) {
    test::TempDir dir;
    const auto event = smallEvent();
    const std::string prefix = (dir / eventName(7)).string();
    ASSERT_TRUE(writeEvent(event, prefix, {true, false}).ok());
    EXPECT_TRUE(std::filesystem::exists(prefix + "-hits.csv.gz"));
    EXPECT_FALSE(std::filesystem::exists(prefix + "-cells.csv.gz"));
    const auto read = trackml::readEvent(prefix);
    ASSERT_TRUE(read.ok()) << read.error().describe();
    EXPECT_EQ(read->hits.size(), event.hits.size());
    EXPECT_EQ(read->truth.size(), event.truth.size());
}

TEST(EventWriter, SameSeedSameBytesOtherSeedOtherBytes) {
    test::TempDir dir;
    ASSERT_TRUE(writeEvent(smallEvent(5), (dir / "a").string()).ok());
    ASSERT_TRUE(writeEvent(smallEvent(5), (dir / "b").string()).ok());
    ASSERT_TRUE(writeEvent(smallEvent(6), (dir / "c").string()).ok());
    for (const char* part : {"-hits.csv", "-particles.csv", "-truth.csv", "-cells.csv"}) {
        const auto a = readFile(dir / (std::string("a") + part));
        const auto b = readFile(dir / (std::string("b") + part));
        const auto c = readFile(dir / (std::string("c") + part));
        ASSERT_TRUE(a.ok() && b.ok() && c.ok());
        EXPECT_EQ(*a, *b) << part;
        EXPECT_NE(*a, *c) << part;
    }
}

TEST(EventWriter, UnwritableFolderIsAnIoError) {
    test::TempDir dir;
    const auto result = writeEvent(smallEvent(), (dir / "missing" / "event000000001").string());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Io);
    EXPECT_EQ(dir.entryCount(), 0U); // nothing left behind
}

TEST(EventWriter, NumbersAreRoundedAsDocumented) {
    test::TempDir dir;
    trackml::Event event;
    event.hits.push_back({1, -0.00004, 12.34567, -1499.99996, 7, 2, 3});
    event.particles.push_back({(1ULL << 52) | (1ULL << 36), -211, 0.0123456789, -0.0000004, -12.3, 0.5,
                               -1.25e-7, 123.4567891, -1, 1});
    trackml::TruthHit truth;
    truth.hitId = 1;
    truth.particleId = event.particles[0].id;
    truth.tx = 1e12; // beyond 64-bit integers once scaled: printed by fmt
    truth.weight = 0.1;
    event.truth.push_back(truth);
    event.cells.push_back({1, 4, 5, 1.23456});
    const auto prefix = (dir / "event").string();
    ASSERT_TRUE(writeEvent(event, prefix).ok());
    EXPECT_EQ(readFile(prefix + "-hits.csv").value(),
              "hit_id,x,y,z,volume_id,layer_id,module_id\n1,0.0000,12.3457,-1500.0000,7,2,3\n");
    EXPECT_EQ(readFile(prefix + "-particles.csv").value(),
              "particle_id,vx,vy,vz,px,py,pz,q,nhits,particle_type\n"
              "4503668346847232,0.012346,0.000000,-12.3000,0.500000,0.000000,123.456789,-1,1,-211\n");
    EXPECT_EQ(readFile(prefix + "-truth.csv").value(),
              "hit_id,particle_id,tx,ty,tz,tpx,tpy,tpz,weight\n"
              "1,4503668346847232,1000000000000.0000,0.0000,0.0000,0.000000,0.000000,0.000000,0.1\n");
    EXPECT_EQ(readFile(prefix + "-cells.csv").value(), "hit_id,ch0,ch1,value\n1,4,5,1.2346\n");
}

} // namespace
} // namespace lupa::tracking
