// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <span>

namespace lupa::calo {

/// The separation power (triangular discrimination) of two histograms over the same bins, as the
/// CaloChallenge evaluation computes it: each histogram normalised to unit sum (what its density
/// histograms times bin widths amount to), then ½ Σ (p₁ − p₂)² / (p₁ + p₂ + 10⁻¹⁶). 0 for identical
/// shapes, 1 for histograms without a common bin.
/// @return a Usage error when the sizes differ or a histogram is empty (no entries) or negative
[[nodiscard]] Result<double> separationPower(std::span<const double> counts1,
                                             std::span<const double> counts2);

} // namespace lupa::calo
