// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// TrackML events and detector description: tiny files written here, the real ones when ../shared has them.
#include "TempDir.hpp"

#include <lupa/core/trackml/Detectors.hpp>
#include <lupa/core/trackml/EventReader.hpp>

#include <gtest/gtest.h>

namespace lupa::trackml {
namespace {

const char* kHits = "hit_id,x,y,z,volume_id,layer_id,module_id\n"
                    "1,-76.5,-11.3,-1502.5,7,2,1\n"
                    "2,31.2,4.5,120.0,8,2,14\n";
const char* kTruth = "hit_id,particle_id,tx,ty,tz,tpx,tpy,tpz,weight\n"
                     "1,4503599644147712,-76.5,-11.3,-1502.5,-0.3,-0.07,-7.1,1e-5\n"
                     "2,0,31.2,4.5,120.0,0,0,0,0\n";
const char* kParticles = "particle_id,vx,vy,vz,px,py,pz,q,nhits\n"
                         "4503599644147712,0.01,-0.02,1.5,-0.3,-0.07,-7.2,-1,1\n";

class TrackmlEventTest : public ::testing::Test {
protected:
    std::string prefix() const { return (m_dir / "event000000001").string(); }
    void writeEvent(const char* hits = kHits, const char* truth = kTruth) {
        m_dir.write("event000000001-hits.csv", hits);
        m_dir.write("event000000001-truth.csv", truth);
        m_dir.write("event000000001-particles.csv", kParticles);
    }
    test::TempDir m_dir;
};

TEST_F(TrackmlEventTest, ReadsAllPartsWithTheirValues) {
    writeEvent();
    const auto event = readEvent(prefix());
    ASSERT_TRUE(event.ok()) << event.error().describe();
    ASSERT_EQ(event->hits.size(), 2U);
    EXPECT_EQ(event->hits[1].id, 2U);
    EXPECT_DOUBLE_EQ(event->hits[1].z, 120.0);
    EXPECT_EQ(event->hits[1].module, 14);
    ASSERT_EQ(event->particles.size(), 1U);
    EXPECT_EQ(event->particles[0].charge, -1);
    EXPECT_EQ(event->particles[0].pdgId, 0) << "no particle_type column";
    EXPECT_EQ(event->truth[1].particleId, 0U) << "noise hit";
    EXPECT_TRUE(event->cells.empty()) << "cells are not read by default";
}

TEST_F(TrackmlEventTest, MissingPartNamesBothFileNames) {
    m_dir.write("event000000001-hits.csv", kHits);
    const auto event = readEvent(prefix());
    ASSERT_FALSE(event.ok());
    EXPECT_NE(event.error().message.find("event000000001-particles.csv.gz"), std::string::npos)
        << event.error().message;
}

TEST_F(TrackmlEventTest, BadNumberNamesFileAndLine) {
    writeEvent("hit_id,x,y,z,volume_id,layer_id,module_id\n1,0,0,0,7,2,1\n2,abc,0,0,7,2,1\n");
    const auto event = readEvent(prefix());
    ASSERT_FALSE(event.ok());
    EXPECT_EQ(event.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(event.error().line, 3);
    EXPECT_NE(event.error().file.find("hits.csv"), std::string::npos);
}

TEST_F(TrackmlEventTest, RefusesRepeatedHitIdsAndNonFiniteCoordinates) {
    writeEvent("hit_id,x,y,z,volume_id,layer_id,module_id\n1,0,0,0,7,2,1\n1,1,1,1,7,2,1\n");
    auto event = readEvent(prefix());
    ASSERT_FALSE(event.ok());
    EXPECT_NE(event.error().message.find("appears twice"), std::string::npos) << event.error().message;
    writeEvent("hit_id,x,y,z,volume_id,layer_id,module_id\n1,nan,0,0,7,2,1\n");
    event = readEvent(prefix());
    ASSERT_FALSE(event.ok());
    EXPECT_EQ(event.error().line, 2);
}

TEST_F(TrackmlEventTest, TruthMustDescribeTheHitsOfTheEvent) {
    writeEvent(kHits,
               "hit_id,particle_id,tx,ty,tz,tpx,tpy,tpz,weight\n1,0,0,0,0,0,0,0,0\n9,0,0,0,0,0,0,0,0\n");
    const auto event = readEvent(prefix());
    ASSERT_FALSE(event.ok());
    EXPECT_NE(event.error().message.find("hit_id 9"), std::string::npos) << event.error().message;
}

TEST_F(TrackmlEventTest, MissingColumnIsNamed) {
    writeEvent("hit_id,x,y,volume_id,layer_id,module_id\n1,0,0,7,2,1\n");
    const auto event = readEvent(prefix());
    ASSERT_FALSE(event.ok());
    EXPECT_NE(event.error().message.find("'z'"), std::string::npos) << event.error().message;
}

const char* kDetectorHeader =
    "volume_id,layer_id,module_id,cx,cy,cz,rot_xu,rot_xv,rot_xw,rot_yu,rot_yv,rot_yw,"
    "rot_zu,rot_zv,rot_zw,module_t,module_minhu,module_maxhu,module_hv,pitch_u,pitch_v\n";

TEST(TrackmlDetectors, ReadsModulesAndFindsThemById) {
    test::TempDir dir;
    const auto path = dir.write(
        "detectors.csv", std::string(kDetectorHeader) +
                             "7,2,1,-65.8,-5.2,-1502.5,0,-1,0,-1,0,0,0,0,-1,0.15,8.4,8.4,36,0.05,0.056\n"
                             "8,2,1,30,0,0,0,0,1,1,0,0,0,1,0,0.15,8.4,8.4,36,0.05,0.056\n");
    const auto detectors = Detectors::read(path);
    ASSERT_TRUE(detectors.ok()) << detectors.error().describe();
    ASSERT_EQ(detectors->modules().size(), 2U);
    const DetectorModule* module = detectors->find(8, 2, 1);
    ASSERT_NE(module, nullptr);
    EXPECT_DOUBLE_EQ(module->centre[0], 30.0);
    EXPECT_EQ(detectors->find(8, 2, 2), nullptr);
}

TEST(TrackmlDetectors, RefusesASkewRotationAndRepeatedModules) {
    test::TempDir dir;
    auto path = dir.write("skew.csv", std::string(kDetectorHeader) +
                                          "7,2,1,0,0,0,1,1,0,0,1,0,0,0,1,0.15,8.4,8.4,36,0.05,0.056\n");
    auto detectors = Detectors::read(path);
    ASSERT_FALSE(detectors.ok());
    EXPECT_EQ(detectors.error().line, 2);
    path = dir.write("twice.csv", std::string(kDetectorHeader) +
                                      "7,2,1,0,0,0,1,0,0,0,1,0,0,0,1,0.15,8.4,8.4,36,0.05,0.056\n"
                                      "7,2,1,0,0,0,1,0,0,0,1,0,0,0,1,0.15,8.4,8.4,36,0.05,0.056\n");
    detectors = Detectors::read(path);
    ASSERT_FALSE(detectors.ok());
    EXPECT_EQ(detectors.error().line, 3);
}

TEST(TrackmlSharedData, ReadsTheReducedEventAndTheFullGeometry) {
    const std::filesystem::path shared = LUPA_SHARED_DATA_DIR;
    const auto prefix = shared / "trackml/reduced-event/event000000001";
    if (!std::filesystem::exists(shared / "trackml"))
        GTEST_SKIP() << "no ../shared/data/trackml here";
    EventParts parts;
    parts.cells = true;
    const auto event = readEvent(prefix.string(), parts);
    ASSERT_TRUE(event.ok()) << event.error().describe();
    EXPECT_EQ(event->hits.size(), 5527U);
    EXPECT_EQ(event->particles.size(), 548U);
    EXPECT_NE(event->particles.front().pdgId, 0) << "this release has particle_type";
    const auto detectors = Detectors::read(shared / "trackml/geometry/detectors.csv.gz");
    ASSERT_TRUE(detectors.ok()) << detectors.error().describe();
    EXPECT_EQ(detectors->modules().size(), 18728U);
    for (const Hit& hit : event->hits)
        ASSERT_NE(detectors->find(hit.volume, hit.layer, hit.module), nullptr) << "hit " << hit.id;
}

} // namespace
} // namespace lupa::trackml
