// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// The size an image file declares in its header, read without decoding: lets readImage refuse a huge
// image before a decoder allocates its pixels.

#include <cstdint>
#include <optional>
#include <span>

namespace lupa::vision::detail {

/// Width and height an image header declares (px).
struct DeclaredSize {
    std::uint64_t width = 0;
    std::uint64_t height = 0;
    /// width * height, saturated at the largest std::uint64_t.
    [[nodiscard]] std::uint64_t pixels() const {
        return height != 0 && width > UINT64_MAX / height ? UINT64_MAX : width * height;
    }
};

/// The size declared by a PNG (IHDR), BMP (info header), JPEG (first SOF marker) or TIFF (first IFD)
/// file; nullopt for other formats or a header too short to tell.
[[nodiscard]] std::optional<DeclaredSize> declaredSize(std::span<const unsigned char> bytes);

} // namespace lupa::vision::detail
