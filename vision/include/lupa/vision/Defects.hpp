// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/inspection/Detection.hpp>
#include <lupa/vision/Image.hpp>

#include <vector>

namespace lupa::vision {

/// How anomalous pixels are grouped into defects and boxed. The defaults (padding 8 px, boxes of at least
/// 30 px) make boxes resemble DeepPCB's human annotation boxes (median side 34 px).
struct DefectConfig {
    double mergeDistancePx = 6.0;     ///< regions closer than this (px) become one defect
    double minAreaPx = 10.0;          ///< defects with fewer pixels above threshold are dropped (px)
    int boxPaddingPx = 8;             ///< margin added around the pixels above threshold (px)
    int minBoxSidePx = 30;            ///< boxes are grown symmetrically to at least this side (px; 0 = off)
    double micrometresPerPixel = 0.0; ///< pixel pitch for areaMm2 (µm/px; 0 = unknown)
    double confidenceSteepness = 1.5; ///< k in confidence = 1 - exp(-k (peak - 1))
};

/// Defects of a normalised anomaly map (F32, 1.0 = at threshold; other depths are read as F32): connected
/// regions of pixels above 1.0 (8-connectivity), merged when closer than mergeDistancePx, dropped when
/// smaller than minAreaPx, boxed with boxPaddingPx (clipped to the image). Each detection has areaPx,
/// areaMm2, peakScore, meanScore and confidence = 1 - exp(-k (peakScore - 1)), which is 0 at threshold,
/// rises monotonically with the peak score and tends to 1. Sorted by decreasing confidence.
[[nodiscard]] std::vector<inspection::Detection> extractDefects(const Image& normalisedMap,
                                                                const DefectConfig& config);

} // namespace lupa::vision
