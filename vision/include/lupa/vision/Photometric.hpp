// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/vision/Image.hpp>

namespace lupa::vision {

/// How the brightness of a tested image is brought to that of its reference.
enum class PhotometricMethod {
    None,           ///< images compared as they are (binarised scans such as DeepPCB)
    HistogramMatch, ///< grey-level histogram of the image mapped onto that of the reference
    Clahe,          ///< contrast-limited adaptive histogram equalisation (apply to both images)
};

/// `image` (any depth/channels, converted to 8-bit grey) with its photometry normalised by `method`;
/// 8-bit grey out. HistogramMatch uses `reference` (8-bit grey after conversion); None and Clahe ignore it,
/// so with Clahe the caller normalises the reference too.
[[nodiscard]] Image normalisePhotometry(const Image& image, const Image& reference, PhotometricMethod method);

} // namespace lupa::vision
