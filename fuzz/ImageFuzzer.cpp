// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: the image reader (vision::readImage and its header pre-check, then readGrayImage's
// conversion to 8-bit grey). The input is the file; its first byte picks the extension (the magic
// bytes of PNG, BMP, JPEG and TIFF give their own, others one of the four).
#include "FuzzInput.hpp"

#include <lupa/vision/Image.hpp>

#include <array>
#include <cstdlib>

namespace {

const char* fileNameFor(const std::uint8_t* data, std::size_t size) {
    static constexpr std::array<const char*, 4> kNames{"image.png", "image.bmp", "image.jpg", "image.tif"};
    if (size == 0)
        return kNames[0];
    switch (data[0]) {
    case 0x89:
        return kNames[0];
    case 'B':
        return kNames[1];
    case 0xFF:
        return kNames[2];
    case 'I':
    case 'M':
        return kNames[3];
    default:
        return kNames[data[0] % kNames.size()];
    }
}

// Touches every row the reader returned, so a wrong size or stride shows as a sanitizer report.
unsigned checksum(const lupa::vision::Image& image) {
    const std::size_t sample = image.depth() == lupa::vision::PixelDepth::U8    ? 1
                               : image.depth() == lupa::vision::PixelDepth::U16 ? 2
                                                                                : 4;
    const std::size_t rowBytes = static_cast<std::size_t>(image.width() * image.channels()) * sample;
    if (rowBytes > image.stride())
        std::abort();
    unsigned sum = 0;
    for (int y = 0; y < image.height(); ++y)
        for (std::size_t x = 0; x < rowBytes; ++x)
            sum += image.row(y)[x];
    return sum;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto path = lupa::fuzz::asFile(data, size, fileNameFor(data, size));
    const auto image = lupa::vision::readImage(path);
    if (!image)
        return 0;
    if (image->empty() ||
        image->width() * static_cast<std::int64_t>(image->height()) > lupa::vision::kMaxImagePixels)
        std::abort(); // readImage promised a non-empty image within the limit
    volatile unsigned sink = checksum(*image);
    const auto grey = lupa::vision::toGray8(*image); // what readGrayImage adds to readImage
    if (grey.channels() != 1 || grey.depth() != lupa::vision::PixelDepth::U8 ||
        grey.width() != image->width())
        std::abort();
    sink = sink + checksum(grey);
    return 0;
}
