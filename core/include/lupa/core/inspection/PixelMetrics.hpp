// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <cstdint>
#include <span>

namespace lupa::inspection {

/// The pixel-level area under the ROC curve of an anomaly map against a defect mask: the probability
/// that a defect pixel scores higher than a good pixel, ties counting one half. Exact, by sorting: the
/// scores of each kind are sorted (O(N log N), 4 bytes per pixel besides the input) and merged; no
/// histogram binning. 10^7 pixels took 3.6 s on the shared 2-core development machine under load.
/// NaN scores count as the lowest score.
/// @param scores anomaly score of each pixel (any scale)
/// @param isDefect nonzero for a defect pixel, one per score
/// @return the AUROC in [0, 1]; 0.5 when either kind of pixel is missing; NaN when the sizes differ
[[nodiscard]] double pixelAuroc(std::span<const float> scores, std::span<const std::uint8_t> isDefect);

} // namespace lupa::inspection
