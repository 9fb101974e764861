// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// A small simulated event for the tracking tests: the built-in TrackML-like layout, pile-up `mu`, seeded.
#include <lupa/core/tracking/Simulation.hpp>

#include <gtest/gtest.h>

#include <cstdint>

namespace lupa::tracking::test {

inline trackml::Event simulatedEvent(double mu, std::uint64_t seed, std::uint64_t number = 1) {
    SimulationConfig config;
    config.pileup = mu;
    config.seed = seed;
    auto simulator = EventSimulator::create(SimGeometry::trackmlLike(), config);
    EXPECT_TRUE(simulator.ok());
    return simulator->simulate(number);
}

} // namespace lupa::tracking::test
