// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/vision/SyntheticSample.hpp>

#include <cstdint>
#include <filesystem>

namespace lupa::vision {

/// Writes `pairs` synthetic pairs of one board design (base.board) in DeepPCB's layout, pair i made
/// with seed base.seed + i: `<dir>/<group>/<id>_temp.png`, `<id>_test.png`, `<id>_mask.png`,
/// `<dir>/<group>_not/<id>.txt` (DeepPCB boxes `x1 y1 x2 y2 type`, synthetic class ids) and the list
/// `<dir>/list.txt` with lines `<group>/<id>.png <group>_not/<id>.txt` (readPairList reads it with
/// root `dir`). Ids are eight digits (pair index); groups hold 1000 pairs each (`group0`, `group1`, ...).
/// An Io error when a file cannot be written.
[[nodiscard]] Result<void> writeDeepPcbStyleSet(const std::filesystem::path& dir, int pairs,
                                                const SampleConfig& base);

/// Writes `count` defect-free images of the board design base.board, each with its own perturbation
/// (drawn from base.perturbation and seed + i), as `<dir>/good_<nnnnnn>.png`, and the unperturbed
/// template as `<dir>/reference.png`; for training an autoencoder on good boards.
[[nodiscard]] Result<void> writeGoodImages(const std::filesystem::path& dir, int count, std::uint64_t seed,
                                           const SampleConfig& base = {});

} // namespace lupa::vision
