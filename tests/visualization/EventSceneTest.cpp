// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// What event pictures are made of, without a display: scenes from TrackML and Phoenix events, helices from
// track parameters, eta-phi binning and the r-z projection.
#include <lupa/visualization/EtaPhiLego.hpp>
#include <lupa/visualization/EventScene.hpp>
#include <lupa/visualization/Projection.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>

namespace lupa::visualization {
namespace {

TEST(EventScene, TrackmlHitsGroupByVolumeAndTracksRunOutwards) {
    trackml::Event event;
    event.hits = {{1, 300, 0, 10, 8, 2, 1},
                  {2, 30, 0, 1, 8, 2, 1},
                  {3, 100, 5, 3, 13, 4, 1},
                  {4, std::numeric_limits<double>::quiet_NaN(), 0, 0, 13, 4, 1}};
    const tracking::TrackAssignment tracks{{1, 7}, {2, 7}, {3, 7}};
    std::size_t skipped = 0;
    const EventScene scene = sceneOf(event, &tracks, &skipped);
    EXPECT_EQ(skipped, 1U) << "the NaN hit";
    ASSERT_EQ(scene.hits.size(), 2U);
    EXPECT_EQ(scene.hits[0].group, 8);
    EXPECT_EQ(scene.hitCount(), 3U);
    ASSERT_EQ(scene.tracks.size(), 1U);
    EXPECT_FLOAT_EQ(scene.tracks.positions[0], 30.0F) << "ordered by distance from the origin";
    EXPECT_FLOAT_EQ(scene.tracks.positions[6], 300.0F);
    EXPECT_EQ(scene.trackDirections.size(), 1U);
}

TEST(EventScene, PhoenixTracksWithoutPositionsBecomeHelices) {
    phoenix::Event event;
    phoenix::Track helix;
    helix.perigee =
        std::array<double, 5>{0, 0, 0.5, std::numbers::pi / 2, 0.001}; // pT 1 TeV: nearly straight
    event.tracks.push_back({"t", {helix}});
    event.caloClusters.push_back({"c", {{10, 0.5, 1.0, {}, {}, {}}}});
    event.jets.push_back({"j", {{0.5, 1.0, 50.0, 0.4}}});
    const EventScene scene = sceneOf(event);
    ASSERT_EQ(scene.tracks.size(), 1U);
    EXPECT_EQ(scene.calo.size(), 1U) << "clusters when there are no cells";
    EXPECT_EQ(scene.jets.size(), 1U);
    const std::size_t last = scene.tracks.positions.size() - 3;
    const double r = std::hypot(scene.tracks.positions[last], scene.tracks.positions[last + 1]);
    EXPECT_GT(r, 1000.0);
    EXPECT_NEAR(std::atan2(scene.tracks.positions[last + 1], scene.tracks.positions[last]), 0.5, 0.01);
}

TEST(EventScene, LowMomentumHelicesCurlAndStopAfterHalfATurn) {
    // pT 0.1 GeV in 2 T: radius 167 mm; a positive charge turns clockwise (phi decreases).
    const auto points = helixPoints({0, 0, 0, std::numbers::pi / 2, 10.0}, 2.0);
    ASSERT_GT(points.size(), 10U);
    for (const auto& p : points)
        EXPECT_LE(std::hypot(p[0], p[1]), 2 * 167.0 + 1.0);
    EXPECT_LT(points[5][1], 0.0) << "clockwise from phi 0";
}

TEST(EtaPhiHistogram, BinsWrapPhiAndDropWhatIsOutside) {
    EtaPhiHistogram histogram({10, 2.5, 8});
    histogram.fill(0.1, 0.1, 2.0);
    histogram.fill(0.1, 0.1 + 2 * std::numbers::pi, 3.0); // the same bin after wrapping
    histogram.fill(3.0, 0.0);                             // beyond |eta| 2.5
    histogram.fill(std::numeric_limits<double>::quiet_NaN(), 0.0);
    EXPECT_EQ(histogram.filledBins(), 1U);
    EXPECT_DOUBLE_EQ(histogram.maximum(), 5.0);
    EXPECT_DOUBLE_EQ(histogram.at(5, 4), 5.0);
    EXPECT_EQ(histogram.dropped(), 2U);
}

TEST(Projection, RzKeepsTheSideOfTheBeamAndEtaFollowsTheDirection) {
    const Vector3 below = projectRz({3, -4, 7});
    EXPECT_DOUBLE_EQ(below[0], 7.0);
    EXPECT_DOUBLE_EQ(below[1], -5.0);
    EXPECT_NEAR(pseudorapidity(directionOf(1.3, -2.0)), 1.3, 1e-12);
    EXPECT_NEAR(azimuth(directionOf(1.3, -2.0)), -2.0, 1e-12);
    EXPECT_DOUBLE_EQ(pseudorapidity({0, 0, 1}), 30.0);
}

} // namespace
} // namespace lupa::visualization
