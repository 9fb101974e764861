// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Helix propagation, scattering, the particle gun and whole simulated events.
#include <lupa/core/Parallel.hpp>
#include <lupa/core/tracking/Simulation.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <numbers>
#include <numeric>
#include <set>
#include <unordered_map>

namespace lupa::tracking {
namespace {

TrackState particleAt(double pt, double eta, double phi, int charge, Vec3 vertex = {}) {
    TrackState state;
    state.position = vertex;
    state.momentum = {pt * std::cos(phi), pt * std::sin(phi), pt * std::sinh(eta)};
    state.charge = charge;
    return state;
}

std::vector<Crossing> follow(const SimGeometry& geometry, const TrackState& state, bool scattering,
                             std::uint64_t seed = 1, double bTesla = 2.0) {
    PropagationConfig config;
    config.bz = bTesla * units::T;
    config.multipleScattering = scattering;
    const Propagator propagator(geometry, config);
    std::mt19937_64 rng(seed);
    std::vector<Crossing> crossings;
    propagator.propagate(state, rng, crossings);
    return crossings;
}

TEST(Propagation, HighlandAngleOfAKnownCase) {
    // 1 GeV, beta = 1, 1 % X0: 13.6 MeV / 1 GeV * 0.1 * (1 + 0.038 ln 0.01) = 1.1220048e-3 rad.
    EXPECT_NEAR(highlandTheta0(1.0, 1.0, 0.01), 0.0136 * 0.1 * (1 + 0.038 * std::log(0.01)), 1e-15);
    EXPECT_NEAR(highlandTheta0(1.0, 1.0, 0.01), 1.1220048e-3, 1e-10);
    EXPECT_NEAR(highlandTheta0(0.5, 0.5, 0.01), 4 * highlandTheta0(1.0, 1.0, 0.01), 1e-15);
}

TEST(Propagation, HelixRadiusFollowsPtOverBField) {
    // pT [GeV] = 0.3 B [T] R [m]: 1 GeV in 2 T bends with R = 1 / (0.299792458 * 2) m = 1667.8 mm.
    EXPECT_NEAR(helixRadius(1.0, 1, 2 * units::T), 1000.0 / (0.299792458 * 2), 1e-9);
    EXPECT_NEAR(helixRadius(3.0, -1, 4 * units::T), 1000.0 * 3 / (0.299792458 * 4), 1e-9);
}

TEST(Propagation, CrossingsLieOnTheHelixWithoutScattering) {
    const auto geometry = SimGeometry::trackmlLike();
    for (const double pt : {0.3, 1.0, 10.0})
        for (const int charge : {1, -1}) {
            const double phi0 = 0.7;
            const auto crossings = follow(geometry, particleAt(pt, 0.4, phi0, charge), false);
            ASSERT_GE(crossings.size(), pt > 0.5 ? 10U : 7U) << pt;
            const double radius = helixRadius(pt, charge, 2 * units::T);
            // The centre sits to the right of the direction for positive particles in +Bz (clockwise).
            const double side = charge > 0 ? 1.0 : -1.0;
            const double cx = side * radius * std::sin(phi0);
            const double cy = -side * radius * std::cos(phi0);
            for (const auto& c : crossings) {
                EXPECT_NEAR(std::hypot(c.position.x - cx, c.position.y - cy), radius, 1e-6 * radius) << pt;
                EXPECT_NEAR(std::hypot(c.momentum.x, c.momentum.y), pt, 1e-9 * pt);
            }
            // Positive particles in +Bz turn clockwise: the azimuth of the hits falls.
            const double phiLast = std::atan2(crossings.back().position.y, crossings.back().position.x);
            EXPECT_EQ(std::remainder(phiLast - phi0, 2 * std::numbers::pi) < 0, charge > 0) << pt;
        }
}

TEST(Propagation, ZAdvancesWithTheArcLength) {
    const auto geometry = SimGeometry::trackmlLike();
    const double pt = 2.0;
    const double eta = 0.8;
    const auto crossings = follow(geometry, particleAt(pt, eta, -2.0, 1, {0, 0, 30}), false);
    const double radius = helixRadius(pt, 1, 2 * units::T);
    for (const auto& c : crossings) {
        const double chord = std::hypot(c.position.x, c.position.y);
        const double arc = 2 * radius * std::asin(chord / (2 * radius));
        EXPECT_NEAR(c.position.z, 30 + arc * std::sinh(eta), 1e-6);
    }
}

TEST(Propagation, CrossingsAreOnTheirLayersInOrder) {
    const auto geometry = SimGeometry::trackmlLike();
    for (const double eta : {0.0, 1.2, -1.9, 2.6, -3.5, 3.9}) {
        const auto crossings = follow(geometry, particleAt(1.5, eta, 0.3, -1), true, 7);
        ASSERT_GE(crossings.size(), 4U) << eta;
        double previous = 0;
        for (const auto& c : crossings) {
            const SimLayer& layer = geometry.layers()[c.layer];
            const double r = std::hypot(c.position.x, c.position.y);
            if (layer.shape == LayerShape::Cylinder) {
                EXPECT_NEAR(r, layer.radius, 1e-9);
                EXPECT_LE(std::abs(c.position.z), layer.halfLength);
            } else {
                EXPECT_EQ(c.position.z, layer.z);
                EXPECT_GE(r, layer.rMin);
                EXPECT_LE(r, layer.rMax);
            }
            const double distance = std::hypot(r, c.position.z);
            EXPECT_GT(distance, previous) << "a 1.5 GeV track moves away from the origin";
            previous = distance;
        }
    }
}

TEST(Propagation, LoopersStopAfterHalfATurn) {
    const auto geometry = SimGeometry::trackmlLike();
    for (const double pt : {0.1, 0.15, 0.2}) {
        const auto crossings = follow(geometry, particleAt(pt, 0.1, 1.0, 1), true, 3);
        std::set<std::uint32_t> layers;
        for (const auto& c : crossings) {
            EXPECT_TRUE(layers.insert(c.layer).second) << "layer crossed twice at pT " << pt;
            EXPECT_LE(std::hypot(c.position.x, c.position.y), 2 * helixRadius(pt, 1, 2 * units::T) * 1.05);
        }
        EXPECT_GE(crossings.size(), 4U) << pt;
    }
}

TEST(Propagation, ScatteringAnglesFollowHighland) {
    // Two thin cylinders; the polar angle is not bent by the field, so its change at the second layer is
    // the scattering in the first one (normal incidence at eta 0).
    SimLayer first;
    first.radius = 100;
    first.halfLength = 1000;
    first.phiModules = 10;
    first.zModules = 10;
    first.xOverX0 = 0.02;
    first.pitchU = first.pitchV = 0.05;
    SimLayer second = first;
    second.radius = 200;
    second.layer = 2;
    const SimGeometry geometry({first, second});
    const double p = 0.8;
    double sum2 = 0;
    const int n = 4000;
    for (int i = 0; i < n; ++i) {
        const auto crossings =
            follow(geometry, particleAt(p, 0, 0.2, 1), true, 100 + static_cast<std::uint64_t>(i));
        ASSERT_EQ(crossings.size(), 2U);
        const auto& m = crossings[1].momentum;
        const double lambda = std::atan2(m.z, std::hypot(m.x, m.y));
        sum2 += lambda * lambda;
    }
    const double beta = p / std::hypot(p, 0.13957);
    EXPECT_NEAR(std::sqrt(sum2 / n), highlandTheta0(p, beta, 0.02), 0.05 * highlandTheta0(p, beta, 0.02));
}

TEST(ParticleGun, SpectrumFallsFromPtMinToPtMax) {
    const ParticleGunConfig config;
    EXPECT_DOUBLE_EQ(spectrumPt(config, 0.0), config.ptMin);
    EXPECT_NEAR(spectrumPt(config, 1.0 - 1e-16), config.ptMax, 1e-6);
    // The survival function at pT: ((1 + pT/p0) / (1 + ptMin/p0))^-(n-1); its inverse at 1/2 is the median.
    const double median = spectrumPt(config, 0.5);
    const double survival = std::pow((1 + median / 0.66) / (1 + 0.1 / 0.66), -2.8);
    EXPECT_NEAR(survival, 0.5, 1e-4); // the truncation at 100 GeV moves it by ~1e-6
    EXPECT_GT(median, 0.3);
    EXPECT_LT(median, 0.4);
    EXPECT_GT(spectrumPt(config, 0.9), 0.9); // 10 % above ~1 GeV, as in TrackML
    EXPECT_LT(spectrumPt(config, 0.9), 1.2);
}

TEST(ParticleGun, EtaChargeAndSpecies) {
    std::mt19937_64 rng(5);
    const ParticleGunConfig config;
    std::map<int, int> species;
    int positive = 0;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        const auto p = generateParticle(config, rng);
        const double pt = std::hypot(p.momentum.x, p.momentum.y);
        EXPECT_LE(std::abs(std::asinh(p.momentum.z / pt)), 4.0 + 1e-9);
        EXPECT_GE(pt, config.ptMin);
        positive += p.charge > 0;
        ++species[std::abs(p.pdgId)];
        EXPECT_EQ(p.mass, particleMass(p.pdgId));
        if (std::abs(p.pdgId) == 11 || std::abs(p.pdgId) == 13) {
            EXPECT_EQ(p.pdgId > 0, p.charge < 0); // e-, mu- have positive codes
        } else {
            EXPECT_EQ(p.pdgId > 0, p.charge > 0);
        }
    }
    EXPECT_NEAR(positive, n / 2, 4 * std::sqrt(n / 4.0));
    EXPECT_NEAR(species[211], 0.81 * n, 0.02 * n);
    EXPECT_NEAR(species[321], 0.10 * n, 0.01 * n);
    EXPECT_GT(species[2212], 0);
    EXPECT_GT(species[11], 0);
    EXPECT_GT(species[13], 0);
}

SimulationConfig smallConfig(double mu = 2, std::uint64_t seed = 11) {
    SimulationConfig config;
    config.pileup = mu;
    config.seed = seed;
    return config;
}

trackml::Event simulateOne(const SimulationConfig& config, std::uint64_t event = 1,
                           EventCounts* counts = nullptr) {
    auto simulator = EventSimulator::create(SimGeometry::trackmlLike(), config);
    EXPECT_TRUE(simulator.ok());
    return simulator->simulate(event, counts);
}

void expectSameEvent(const trackml::Event& a, const trackml::Event& b) {
    ASSERT_EQ(a.hits.size(), b.hits.size());
    ASSERT_EQ(a.particles.size(), b.particles.size());
    for (std::size_t i = 0; i < a.hits.size(); ++i) {
        ASSERT_EQ(a.hits[i].x, b.hits[i].x);
        ASSERT_EQ(a.hits[i].z, b.hits[i].z);
        ASSERT_EQ(a.hits[i].module, b.hits[i].module);
        ASSERT_EQ(a.truth[i].particleId, b.truth[i].particleId);
        ASSERT_EQ(a.truth[i].tpx, b.truth[i].tpx);
        ASSERT_EQ(a.truth[i].weight, b.truth[i].weight);
        ASSERT_EQ(a.cells[i].channel0, b.cells[i].channel0);
    }
    for (std::size_t i = 0; i < a.particles.size(); ++i) {
        ASSERT_EQ(a.particles[i].id, b.particles[i].id);
        ASSERT_EQ(a.particles[i].px, b.particles[i].px);
        ASSERT_EQ(a.particles[i].vz, b.particles[i].vz);
    }
}

TEST(Simulation, SameSeedSameEventWhateverTheThreads) {
    const auto config = smallConfig(5, 42);
    setThreadCount(1);
    const auto one = simulateOne(config, 3);
    setThreadCount(2);
    const auto two = simulateOne(config, 3);
    setThreadCount(0);
    ASSERT_GT(one.hits.size(), 500U);
    expectSameEvent(one, two);
}

TEST(Simulation, OtherSeedOrEventNumberGivesAnotherEvent) {
    const auto a = simulateOne(smallConfig(5, 42), 3);
    const auto b = simulateOne(smallConfig(5, 43), 3);
    const auto c = simulateOne(smallConfig(5, 42), 4);
    EXPECT_NE(a.particles.front().px, b.particles.front().px);
    EXPECT_NE(a.particles.front().px, c.particles.front().px);
    EXPECT_NE(a.hits.size(), b.hits.size());
}

TEST(Simulation, HitsAreOnTheirModulesNearTheTruth) {
    const auto geometry = SimGeometry::trackmlLike();
    auto config = smallConfig(4);
    const auto event = simulateOne(config);
    ASSERT_EQ(event.truth.size(), event.hits.size());
    ASSERT_EQ(event.cells.size(), event.hits.size());
    for (std::size_t i = 0; i < event.hits.size(); ++i) {
        const auto& h = event.hits[i];
        const auto& t = event.truth[i];
        ASSERT_EQ(h.id, i + 1);
        ASSERT_EQ(t.hitId, h.id);
        const SimLayer* layer = geometry.find(h.volume, h.layer);
        ASSERT_NE(layer, nullptr);
        const double r = std::hypot(h.x, h.y);
        const double phi = std::atan2(h.y, h.x);
        const bool cylinder = layer->shape == LayerShape::Cylinder;
        const double v = cylinder ? h.z : r;
        if (cylinder) {
            ASSERT_NEAR(r, layer->radius, 1e-9);
        } else {
            ASSERT_EQ(h.z, layer->z);
        }
        const auto bounds = moduleBounds(*layer, h.module);
        ASSERT_GE(phi, bounds.phiLow - 1e-9);
        ASSERT_LE(phi, bounds.phiHigh + 1e-9);
        ASSERT_GE(v, bounds.vLow);
        ASSERT_LE(v, bounds.vHigh);
        if (t.particleId == 0)
            continue;
        // The measurement is the channel centre: within half a pitch of the true crossing.
        const double tr = std::hypot(t.tx, t.ty);
        const double tv = cylinder ? t.tz : tr;
        const double dphi = std::remainder(phi - std::atan2(t.ty, t.tx), 2 * std::numbers::pi);
        ASSERT_LE(std::abs(dphi) * bounds.rReference, 0.5 * layer->pitchU + 1e-9);
        ASSERT_LE(std::abs(v - tv), 0.5 * layer->pitchV + 1e-9);
        if (cylinder) {
            ASSERT_NEAR(tr, layer->radius, 1e-9);
        } else {
            ASSERT_EQ(t.tz, layer->z);
        }
    }
}

TEST(Simulation, TruthAndParticlesAgree) {
    const auto event = simulateOne(smallConfig(3));
    std::unordered_map<std::uint64_t, int> counted;
    double weights = 0;
    for (const auto& t : event.truth) {
        ++counted[t.particleId];
        weights += t.weight;
        if (t.particleId == 0) {
            EXPECT_EQ(t.weight, 0.0);
        }
    }
    EXPECT_NEAR(weights, 1.0, 1e-12);
    std::set<std::uint64_t> ids;
    for (const auto& p : event.particles) {
        EXPECT_TRUE(ids.insert(p.id).second);
        EXPECT_NE(p.id, 0U);
        EXPECT_EQ(p.hitCount, counted.contains(p.id) ? counted[p.id] : 0);
        EXPECT_LE(std::abs(p.vx), 0.015 * 6);
        EXPECT_LE(std::abs(p.vz), 55 * 6);
        EXPECT_GE(p.id >> 52, 1U);            // vertex number
        EXPECT_GE((p.id >> 36) & 0xffff, 1U); // number in its interaction
        EXPECT_EQ(p.id & 0xfffffffffULL, 0U); // generation 0: all primaries
    }
    EXPECT_GT(event.particles.size(), 50U);
}

TEST(Simulation, ParticleCountScalesWithPileup) {
    auto config = smallConfig(0);
    config.hardScatter = false;
    EventCounts counts;
    const auto empty = simulateOne(config, 1, &counts);
    EXPECT_EQ(empty.particles.size(), 0U);
    EXPECT_EQ(empty.hits.size(), 0U);
    EXPECT_EQ(counts.interactions, 0U);

    config.hardScatter = true;
    const auto hard = simulateOne(config, 1, &counts);
    EXPECT_EQ(counts.interactions, 1U);
    for (const auto& p : hard.particles)
        EXPECT_EQ(p.id >> 52, 1U);

    config.hardScatter = false;
    for (const double mu : {1.0, 10.0}) {
        config.pileup = mu;
        std::size_t interactions = 0;
        std::size_t particles = 0;
        const int events = 20;
        for (int e = 1; e <= events; ++e) {
            simulateOne(config, static_cast<std::uint64_t>(e), &counts);
            interactions += counts.interactions;
            particles += counts.particles;
        }
        const double expected = mu * events;
        EXPECT_NEAR(static_cast<double>(interactions), expected, 4 * std::sqrt(expected)) << mu;
        EXPECT_NEAR(static_cast<double>(particles) / static_cast<double>(interactions), 50.0,
                    4 * std::sqrt(50.0 / static_cast<double>(interactions)) + 0.5)
            << mu;
    }
}

TEST(Simulation, NoiseFractionIsRespected) {
    for (const double fraction : {0.0, 0.1, 0.3}) {
        auto config = smallConfig(3);
        config.noiseFraction = fraction;
        EventCounts counts;
        const auto event = simulateOne(config, 1, &counts);
        std::size_t noise = 0;
        for (const auto& t : event.truth)
            noise += t.particleId == 0;
        EXPECT_EQ(noise, counts.noiseHits);
        EXPECT_NEAR(static_cast<double>(noise) / static_cast<double>(event.hits.size()), fraction,
                    1.0 / static_cast<double>(event.hits.size()));
    }
}

TEST(Simulation, InefficiencyLosesHits) {
    auto config = smallConfig(4);
    config.noiseFraction = 0;
    config.inefficiency = 0;
    const auto all = simulateOne(config);
    config.inefficiency = 0.25;
    const auto some = simulateOne(config);
    ASSERT_EQ(all.particles.size(), some.particles.size()); // same particles: only the hits are lost
    const double ratio = static_cast<double>(some.hits.size()) / static_cast<double>(all.hits.size());
    EXPECT_NEAR(ratio, 0.75, 4 * std::sqrt(0.25 * 0.75 / static_cast<double>(all.hits.size())));
}

TEST(Simulation, EnergyLossSlowsParticles) {
    auto config = smallConfig(3);
    config.noiseFraction = 0;
    config.inefficiency = 0;
    config.multipleScattering = false;
    config.energyLoss = true;
    const auto event = simulateOne(config);
    std::unordered_map<std::uint64_t, const trackml::Particle*> particles;
    for (const auto& p : event.particles)
        particles[p.id] = &p;
    int checked = 0;
    for (const auto& t : event.truth) {
        const auto* p = particles.at(t.particleId);
        const double p0 = std::sqrt(p->px * p->px + p->py * p->py + p->pz * p->pz);
        const double p1 = std::sqrt(t.tpx * t.tpx + t.tpy * t.tpy + t.tpz * t.tpz);
        EXPECT_LE(p1, p0 * (1 + 1e-12));
        checked += p1 < p0;
    }
    EXPECT_GT(checked, static_cast<int>(event.truth.size() / 2)); // all but the first crossings lost some
}

TEST(Simulation, BadSettingsAreUsageErrors) {
    SimulationConfig config;
    config.pileup = -1;
    EXPECT_EQ(checkConfig(config).error().kind, ErrorKind::Usage);
    config = {};
    config.bFieldTesla = 0;
    EXPECT_EQ(checkConfig(config).error().kind, ErrorKind::Usage);
    config = {};
    config.noiseFraction = 1.0;
    EXPECT_FALSE(EventSimulator::create(SimGeometry::trackmlLike(), config).ok());
    config = {};
    config.inefficiency = -0.1;
    EXPECT_FALSE(checkConfig(config).ok());
    EXPECT_TRUE(checkConfig(SimulationConfig{}).ok());
}

} // namespace
} // namespace lupa::tracking
