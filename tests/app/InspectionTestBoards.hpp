// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/vision/SyntheticSample.hpp>

#include <cstdint>

namespace lupa::app::test {

/// The inspection tests' module photo: board design 11 with four defects placed by `seed` and no
/// perturbation, so tested and reference pixels coincide outside the defects.
inline vision::SyntheticSample unperturbedBoard(std::uint64_t seed) {
    vision::SampleConfig config;
    config.board.seed = 11;
    config.seed = seed;
    config.defects.count = 4;
    config.perturbation = vision::Perturbation::none();
    return vision::generateSample(config);
}

} // namespace lupa::app::test
