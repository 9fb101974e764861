// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The built-in TrackML-like layout (layers, modules, digitisation, detectors.csv) and geometries made of
// the planar modules of a detectors.csv.
#include "../core/TempDir.hpp"

#include <lupa/core/tracking/SimGeometry.hpp>
#include <lupa/core/tracking/SimGeometryModules.hpp>
#include <lupa/core/tracking/Simulation.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <numbers>
#include <set>

namespace lupa::tracking {
namespace {

double centreV(const ModuleBounds& b) {
    return 0.5 * (b.vLow + b.vHigh);
}

TEST(SimGeometry, BuiltInLayoutHasTrackmlVolumesAndLayers) {
    const auto geometry = SimGeometry::trackmlLike();
    EXPECT_EQ(geometry.layers().size(), 4U + 14U + 4U + 12U + 2U + 12U);
    std::set<std::pair<int, int>> ids;
    for (const auto& layer : geometry.layers())
        EXPECT_TRUE(ids.insert({layer.volume, layer.layer}).second) << layer.volume << "/" << layer.layer;
    const SimLayer* pixel = geometry.find(8, 2);
    ASSERT_NE(pixel, nullptr);
    EXPECT_EQ(pixel->shape, LayerShape::Cylinder);
    EXPECT_DOUBLE_EQ(pixel->radius, 32);
    EXPECT_EQ(moduleCount(*pixel), 224); // as in TrackML: 16 in phi x 14 in z
    EXPECT_DOUBLE_EQ(geometry.find(17, 4)->radius, 1020);
    // Endcap layers are numbered from -z to +z: volume 7 layer 2 is the furthest disk.
    EXPECT_DOUBLE_EQ(geometry.find(7, 2)->z, -1500);
    EXPECT_DOUBLE_EQ(geometry.find(7, 14)->z, -600);
    EXPECT_DOUBLE_EQ(geometry.find(9, 2)->z, 600);
    EXPECT_DOUBLE_EQ(geometry.find(14, 12)->z, 2950);
    EXPECT_EQ(moduleCount(*geometry.find(9, 2)), 108);
    EXPECT_EQ(moduleCount(*geometry.find(12, 2)), 170);
    EXPECT_EQ(moduleCount(*geometry.find(13, 8)), 2142);
    EXPECT_EQ(geometry.find(8, 3), nullptr);
    for (const auto& layer : geometry.layers()) {
        EXPECT_GT(layer.xOverX0, 0.01);
        EXPECT_LT(layer.xOverX0, 0.04);
        EXPECT_GT(layer.pitchU, 0);
        EXPECT_GE(layer.pitchV, layer.pitchU);
    }
}

TEST(SimGeometry, EveryModuleDigitisesToItself) {
    const auto geometry = SimGeometry::trackmlLike();
    for (const auto& layer : geometry.layers())
        for (int id = 1; id <= moduleCount(layer); ++id) {
            const auto b = moduleBounds(layer, id);
            ASSERT_LT(b.phiLow, b.phiHigh);
            ASSERT_LT(b.vLow, b.vHigh);
            const auto digit = digitize(layer, 0.5 * (b.phiLow + b.phiHigh), centreV(b));
            ASSERT_TRUE(digit.has_value());
            ASSERT_EQ(digit->module, id) << layer.volume << "/" << layer.layer;
        }
}

TEST(SimGeometry, DigitIsTheChannelCentreInsideTheModule) {
    const auto geometry = SimGeometry::trackmlLike();
    for (const auto& [volume, layerId] : std::vector<std::pair<int, int>>{{8, 2}, {13, 6}, {9, 4}, {16, 2}}) {
        const SimLayer& layer = *geometry.find(volume, layerId);
        const bool cylinder = layer.shape == LayerShape::Cylinder;
        for (int i = 0; i < 500; ++i) {
            const double phi =
                -std::numbers::pi + 2 * std::numbers::pi * (i * 0.618034 - std::floor(i * 0.618034));
            const double f = (i * 0.414214 - std::floor(i * 0.414214));
            const double v =
                cylinder ? layer.halfLength * (2 * f - 1) : layer.rMin + f * (layer.rMax - layer.rMin);
            const auto digit = digitize(layer, phi, v);
            ASSERT_TRUE(digit.has_value());
            const auto b = moduleBounds(layer, digit->module);
            EXPECT_GE(phi, b.phiLow - 1e-12);
            EXPECT_LT(phi, b.phiHigh + 1e-12);
            EXPECT_GE(digit->measuredPhi, b.phiLow);
            EXPECT_LT(digit->measuredPhi, b.phiHigh);
            EXPECT_GE(digit->measuredV, b.vLow);
            EXPECT_LT(digit->measuredV, b.vHigh);
            // Within half a pitch of the true point in both directions.
            EXPECT_LE(std::abs(digit->measuredPhi - phi) * b.rReference, 0.5 * layer.pitchU + 1e-9);
            EXPECT_LE(std::abs(digit->measuredV - v), 0.5 * layer.pitchV + 1e-9);
            EXPECT_GE(digit->channelU, 0);
            EXPECT_GE(digit->channelV, 0);
        }
    }
}

TEST(SimGeometry, PointsOffTheLayerHaveNoDigit) {
    const auto geometry = SimGeometry::trackmlLike();
    EXPECT_FALSE(digitize(*geometry.find(8, 2), 0.1, 500).has_value()); // |z| > 491
    EXPECT_FALSE(digitize(*geometry.find(9, 2), 0.1, 20).has_value());  // r < 30
    EXPECT_FALSE(digitize(*geometry.find(9, 2), 0.1, 180).has_value()); // r > 176
    // phi = pi is -pi: the first module of its row.
    EXPECT_EQ(digitize(*geometry.find(8, 2), std::numbers::pi, -490)->module, 1);
}

TEST(SimGeometry, DetectorsCsvReadsBackWithTheTrackmlReader) {
    test::TempDir dir;
    const auto geometry = SimGeometry::trackmlLike();
    const auto modules = detectorModules(geometry);
    ASSERT_EQ(modules.size(), geometry.moduleCount());
    ASSERT_TRUE(writeDetectorsCsv(modules, dir / "detectors.csv").ok());
    const auto read = trackml::Detectors::read(dir / "detectors.csv");
    ASSERT_TRUE(read.ok()) << read.error().describe();
    ASSERT_EQ(read->modules().size(), modules.size());
    for (const auto& layer : geometry.layers())
        for (int id = 1; id <= moduleCount(layer); ++id) {
            const auto* m = read->find(layer.volume, layer.layer, id);
            ASSERT_NE(m, nullptr);
            const auto b = moduleBounds(layer, id);
            const double r = std::hypot(m->centre[0], m->centre[1]);
            const double phi = std::atan2(m->centre[1], m->centre[0]);
            EXPECT_NEAR(std::remainder(phi - 0.5 * (b.phiLow + b.phiHigh), 2 * std::numbers::pi), 0, 1e-6);
            EXPECT_NEAR(m->pitchU, layer.pitchU, 1e-12);
            if (layer.shape == LayerShape::Cylinder) {
                EXPECT_NEAR(r, layer.radius, 1e-5);
                EXPECT_NEAR(m->centre[2], centreV(b), 1e-5);
                EXPECT_NEAR(m->rotation[7], 1, 1e-9); // v along z
            } else {
                EXPECT_NEAR(r, b.rReference, 1e-5);
                EXPECT_NEAR(m->centre[2], layer.z, 1e-9);
                EXPECT_NEAR(m->rotation[8], layer.z > 0 ? 1 : -1, 1e-9); // w away from the collisions
                EXPECT_LT(m->halfLengthUMin, m->halfLengthUMax);         // trapezoid, narrow end inside
            }
            EXPECT_NEAR(m->halfLengthV, 0.5 * (b.vHigh - b.vLow), 1e-5);
        }
}

TEST(SimGeometry, EnvelopesOfADetectorDescription) {
    test::TempDir dir;
    const auto builtin = SimGeometry::trackmlLike();
    ASSERT_TRUE(writeDetectorsCsv(detectorModules(builtin), dir / "detectors.csv").ok());
    const auto detectors = trackml::Detectors::read(dir / "detectors.csv");
    ASSERT_TRUE(detectors.ok());
    const auto geometry = simGeometryFromDetectors(*detectors);
    ASSERT_TRUE(geometry.ok()) << geometry.error().describe();
    ASSERT_NE(geometry->modules(), nullptr);
    EXPECT_EQ(geometry->moduleCount(), builtin.moduleCount());
    ASSERT_EQ(geometry->layers().size(), builtin.layers().size());
    for (const auto& layer : builtin.layers()) {
        const SimLayer* envelope = geometry->find(layer.volume, layer.layer);
        ASSERT_NE(envelope, nullptr);
        EXPECT_EQ(envelope->shape, layer.shape);
        EXPECT_DOUBLE_EQ(envelope->xOverX0, layer.xOverX0);
        if (layer.shape == LayerShape::Cylinder) {
            EXPECT_NEAR(envelope->radius, layer.radius, 1e-4);
            EXPECT_NEAR(envelope->halfLength, layer.halfLength, 1e-4);
        } else {
            EXPECT_NEAR(envelope->z, layer.z, 1e-6);
            EXPECT_NEAR(envelope->rMin, layer.rMin, 1e-3);
            EXPECT_GE(envelope->rMax, layer.rMax); // the flat modules' corners stick out
        }
    }
    // The modules written back are the ones read.
    EXPECT_EQ(detectorModules(*geometry).size(), detectors->modules().size());
}

TEST(SimGeometry, TheTrackmlDetectorDescription) {
    const auto path = std::filesystem::path(LUPA_SHARED_DATA_DIR) / "trackml/geometry/detectors.csv.gz";
    if (!std::filesystem::exists(path))
        GTEST_SKIP() << "no " << path;
    const auto detectors = trackml::Detectors::read(path);
    ASSERT_TRUE(detectors.ok());
    const auto geometry = simGeometryFromDetectors(*detectors);
    ASSERT_TRUE(geometry.ok()) << geometry.error().describe();
    EXPECT_EQ(geometry->layers().size(), 48U);
    EXPECT_EQ(geometry->moduleCount(), 18728U);
    EXPECT_NEAR(geometry->find(8, 2)->radius, 32, 0.5);
    EXPECT_NEAR(geometry->find(9, 2)->z, 600, 3);
    EXPECT_EQ(geometry->find(17, 4)->shape, LayerShape::Cylinder);
}

// Local coordinates (u, v, w) of a point in module m.
Vec3 localOf(const trackml::DetectorModule& m, double x, double y, double z) {
    const double d[3] = {x - m.centre[0], y - m.centre[1], z - m.centre[2]};
    Vec3 local;
    for (int i = 0; i < 3; ++i) {
        local.x += d[i] * m.rotation[static_cast<std::size_t>(3 * i)];
        local.y += d[i] * m.rotation[static_cast<std::size_t>(3 * i + 1)];
        local.z += d[i] * m.rotation[static_cast<std::size_t>(3 * i + 2)];
    }
    return local;
}

bool insideModule(const trackml::DetectorModule& m, const Vec3& local) {
    const double half = m.halfLengthUMin + (m.halfLengthUMax - m.halfLengthUMin) * (local.y + m.halfLengthV) /
                                               (2 * m.halfLengthV);
    return std::abs(local.z) < 1e-6 && std::abs(local.y) <= m.halfLengthV + 1e-9 &&
           std::abs(local.x) <= half + 1e-9;
}

// Simulates an event in the modules of `detectors` and checks that every hit and every true crossing lies on
// its module's plane and inside its outline, the measurement within about half a pitch of the truth.
// Returns the share of particles with two hits on one layer (overlapping modules).
double expectHitsOnModules(const trackml::Detectors& detectors) {
    auto geometry = simGeometryFromDetectors(detectors);
    EXPECT_TRUE(geometry.ok());
    SimulationConfig config;
    config.pileup = 3;
    auto simulator = EventSimulator::create(std::move(*geometry), config);
    EXPECT_TRUE(simulator.ok());
    const auto event = simulator->simulate(1);
    EXPECT_GT(event.hits.size(), 1000U);
    std::map<std::uint64_t, std::set<std::pair<int, int>>> layersOf;
    std::set<std::uint64_t> doubled;
    for (std::size_t i = 0; i < event.hits.size(); ++i) {
        const auto& h = event.hits[i];
        const auto& t = event.truth[i];
        const auto* m = detectors.find(h.volume, h.layer, h.module);
        EXPECT_NE(m, nullptr);
        if (!m)
            continue;
        const Vec3 measured = localOf(*m, h.x, h.y, h.z);
        EXPECT_TRUE(insideModule(*m, measured)) << h.id;
        if (t.particleId == 0)
            continue;
        const Vec3 truth = localOf(*m, t.tx, t.ty, t.tz);
        EXPECT_TRUE(insideModule(*m, truth)) << h.id;
        const double slope = (m->halfLengthUMax - m->halfLengthUMin) / (2 * m->halfLengthV);
        EXPECT_LE(std::abs(measured.x - truth.x), 0.5 * m->pitchU + slope * 0.5 * m->pitchV + 1e-9) << h.id;
        EXPECT_LE(std::abs(measured.y - truth.y), 0.5 * m->pitchV + 1e-9) << h.id;
        if (!layersOf[t.particleId].insert({h.volume, h.layer}).second)
            doubled.insert(t.particleId);
    }
    return static_cast<double>(doubled.size()) / static_cast<double>(layersOf.size());
}

TEST(SimGeometry, HitsOnThePlanarModulesOfADetectorDescription) {
    test::TempDir dir;
    ASSERT_TRUE(writeDetectorsCsv(detectorModules(SimGeometry::trackmlLike()), dir / "detectors.csv").ok());
    const auto detectors = trackml::Detectors::read(dir / "detectors.csv");
    ASSERT_TRUE(detectors.ok());
    expectHitsOnModules(*detectors);
}

TEST(SimGeometry, HitsOnTheTrackmlModules) {
    const auto path = std::filesystem::path(LUPA_SHARED_DATA_DIR) / "trackml/geometry/detectors.csv.gz";
    if (!std::filesystem::exists(path))
        GTEST_SKIP() << "no " << path;
    const auto detectors = trackml::Detectors::read(path);
    ASSERT_TRUE(detectors.ok());
    // TrackML's modules overlap: many particles cross two modules of one layer.
    EXPECT_GT(expectHitsOnModules(*detectors), 0.2);
}

} // namespace
} // namespace lupa::tracking
