// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Header layouts: PNG (ISO/IEC 15948 IHDR), BMP (BITMAPINFOHEADER and later), JPEG (ITU T.81 SOFn
// markers), TIFF 6.0 (first IFD, tags 256 ImageWidth and 257 ImageLength). Where a decoder could
// read a larger size than the header seems to declare, the larger one is taken.
#include "ImageHeader.hpp"

#include <algorithm>
#include <cstdlib>

namespace lupa::vision::detail {
namespace {

using Bytes = std::span<const unsigned char>;

std::uint64_t bigEndian(Bytes bytes, std::size_t at, int size) {
    std::uint64_t value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | bytes[at + static_cast<std::size_t>(i)];
    return value;
}

std::uint64_t littleEndian(Bytes bytes, std::size_t at, int size) {
    std::uint64_t value = 0;
    for (int i = size; i-- > 0;)
        value = (value << 8) | bytes[at + static_cast<std::size_t>(i)];
    return value;
}

bool startsWith(Bytes bytes, std::initializer_list<unsigned char> prefix) {
    if (bytes.size() < prefix.size())
        return false;
    std::size_t i = 0;
    for (const auto byte : prefix)
        if (bytes[i++] != byte)
            return false;
    return true;
}

std::optional<DeclaredSize> pngSize(Bytes bytes) {
    if (bytes.size() < 24)
        return std::nullopt;
    return DeclaredSize{bigEndian(bytes, 16, 4), bigEndian(bytes, 20, 4)};
}

std::optional<DeclaredSize> bmpSize(Bytes bytes) {
    if (bytes.size() < 26)
        return std::nullopt;
    if (littleEndian(bytes, 14, 4) == 12) // OS/2 BITMAPCOREHEADER: 16-bit sizes
        return DeclaredSize{littleEndian(bytes, 18, 2), littleEndian(bytes, 20, 2)};
    // The height is signed (negative = top-down rows).
    const auto height = static_cast<std::int32_t>(littleEndian(bytes, 22, 4));
    return DeclaredSize{littleEndian(bytes, 18, 4), static_cast<std::uint64_t>(std::llabs(height))};
}

bool isStartOfFrame(unsigned char marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Walks the markers as libjpeg does: bytes between markers are skipped (libjpeg warns and goes on),
// RSTn and TEM have no length, every other marker before the first SOF has one.
std::optional<DeclaredSize> jpegSize(Bytes bytes) {
    std::size_t at = 2;
    while (at + 9 <= bytes.size()) {
        const unsigned char marker = bytes[at + 1];
        if (bytes[at] != 0xFF || marker == 0xFF) { // extraneous or fill byte
            ++at;
            continue;
        }
        if (isStartOfFrame(marker))
            return DeclaredSize{bigEndian(bytes, at + 7, 2), bigEndian(bytes, at + 5, 2)};
        if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            at += 2;
        else
            at += 2 + bigEndian(bytes, at + 2, 2);
    }
    return std::nullopt;
}

std::optional<DeclaredSize> tiffSize(Bytes bytes) {
    const bool little = bytes[0] == 'I';
    const auto read = [&](std::size_t at, int size) {
        return little ? littleEndian(bytes, at, size) : bigEndian(bytes, at, size);
    };
    // An entry's value as libtiff reads ImageWidth and ImageLength: (S)BYTE, (S)SHORT, (S)LONG or IFD in
    // the entry, (S)LONG8 or IFD8 at the offset it holds (signed values read as unsigned only grow).
    const auto value = [&](std::uint64_t entry) -> std::uint64_t {
        switch (read(entry + 2, 2)) {
        case 1:
        case 6:
            return read(entry + 8, 1);
        case 3:
        case 8:
            return read(entry + 8, 2);
        case 16:
        case 17:
        case 18: {
            const std::uint64_t at = read(entry + 8, 4);
            return at + 8 <= bytes.size() ? read(at, 8) : 0;
        }
        default:
            return read(entry + 8, 4);
        }
    };
    const std::uint64_t ifd = read(4, 4);
    if (ifd + 2 > bytes.size())
        return std::nullopt;
    const std::uint64_t entries = read(ifd, 2);
    DeclaredSize size;
    for (std::uint64_t i = 0; i < entries; ++i) {
        const std::uint64_t entry = ifd + 2 + 12 * i;
        if (entry + 12 > bytes.size())
            break;
        // libtiff keeps the first of duplicated tags: the largest is taken, whichever it keeps.
        const auto tag = read(entry, 2);
        if (tag == 256)
            size.width = std::max(size.width, value(entry));
        else if (tag == 257)
            size.height = std::max(size.height, value(entry));
    }
    if (size.width == 0 || size.height == 0)
        return std::nullopt;
    return size;
}

} // namespace

std::optional<DeclaredSize> declaredSize(Bytes bytes) {
    if (startsWith(bytes, {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}))
        return pngSize(bytes);
    if (startsWith(bytes, {'B', 'M'}))
        return bmpSize(bytes);
    if (startsWith(bytes, {0xFF, 0xD8}))
        return jpegSize(bytes);
    if (startsWith(bytes, {'I', 'I', 42, 0}) || startsWith(bytes, {'M', 'M', 0, 42}))
        return bytes.size() >= 8 ? tiffSize(bytes) : std::nullopt;
    return std::nullopt;
}

} // namespace lupa::vision::detail
