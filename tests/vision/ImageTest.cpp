// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Reading and writing images: depths and channels survive, bad files are BadInput naming the file, and a
// header declaring a huge image is refused before any pixel is allocated.
#include "../core/TempDir.hpp"

#include <lupa/vision/Image.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <utility>
#include <vector>

namespace lupa::vision {
namespace {

void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

void putLittleEndian(std::string& bytes, std::uint32_t value, int size) {
    for (int i = 0; i < size; ++i)
        bytes.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

/// A 24-bit BMP header declaring width x height pixels, followed by only a few bytes of pixels.
std::string bmpHeader(std::uint32_t width, std::uint32_t height) {
    std::string bytes = "BM";
    putLittleEndian(bytes, 54 + 16, 4); // file size as written (the pixels are missing)
    putLittleEndian(bytes, 0, 4);       // reserved
    putLittleEndian(bytes, 54, 4);      // offset of the pixels
    putLittleEndian(bytes, 40, 4);      // BITMAPINFOHEADER
    putLittleEndian(bytes, width, 4);
    putLittleEndian(bytes, height, 4);
    putLittleEndian(bytes, 1, 2);  // planes
    putLittleEndian(bytes, 24, 2); // bits per pixel
    for (int i = 0; i < 6; ++i)
        putLittleEndian(bytes, 0, 4); // no compression, sizes, resolutions, palette
    bytes.append(16, '\x7f');
    return bytes;
}

void putBigEndian(std::string& bytes, std::uint32_t value, int size) {
    for (int i = size; i-- > 0;)
        bytes.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

/// A PNG signature and IHDR declaring width x height grey pixels (the CRC is not checked before decoding).
std::string pngHeader(std::uint32_t width, std::uint32_t height) {
    std::string bytes = "\x89PNG\r\n\x1a\n";
    putBigEndian(bytes, 13, 4);
    bytes += "IHDR";
    putBigEndian(bytes, width, 4);
    putBigEndian(bytes, height, 4);
    bytes += std::string("\x08\x00\x00\x00\x00", 5);
    putBigEndian(bytes, 0, 4); // CRC
    return bytes;
}

/// A JPEG start, an APP0 segment and a baseline SOF0 declaring width x height.
std::string jpegHeader(std::uint32_t width, std::uint32_t height) {
    std::string bytes = "\xff\xd8\xff\xe0";
    putBigEndian(bytes, 16, 2);
    bytes += std::string("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14);
    bytes += "\xff\xc0";
    putBigEndian(bytes, 11, 2);
    bytes.push_back(8); // precision
    putBigEndian(bytes, height, 2);
    putBigEndian(bytes, width, 2);
    bytes += std::string("\x01\x01\x11\x00", 4);
    return bytes;
}

/// A little-endian TIFF whose first IFD declares width x height (LONG values).
std::string tiffHeader(std::uint32_t width, std::uint32_t height) {
    std::string bytes = "II*";
    bytes.push_back('\0');
    putLittleEndian(bytes, 8, 4); // first IFD
    putLittleEndian(bytes, 2, 2); // entries
    for (const auto& [tag, value] : {std::pair{256U, width}, std::pair{257U, height}}) {
        putLittleEndian(bytes, tag, 2);
        putLittleEndian(bytes, 4, 2); // LONG
        putLittleEndian(bytes, 1, 4); // count
        putLittleEndian(bytes, value, 4);
    }
    putLittleEndian(bytes, 0, 4); // no next IFD
    return bytes;
}

long peakResidentKilobytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

Image gradient(int width, int height, int channels, PixelDepth depth) {
    Image image = Image::zeros(width, height, channels, depth);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width * channels; ++x) {
            if (depth == PixelDepth::U16)
                reinterpret_cast<std::uint16_t*>(image.row(y))[x] =
                    static_cast<std::uint16_t>(x * 611 + y * 97);
            else
                image.row(y)[x] = static_cast<std::uint8_t>(x * 3 + y);
        }
    return image;
}

bool samePixels(const Image& a, const Image& b) {
    if (a.width() != b.width() || a.height() != b.height() || a.channels() != b.channels() ||
        a.depth() != b.depth())
        return false;
    const std::size_t rowBytes =
        static_cast<std::size_t>(a.width() * a.channels()) * (a.depth() == PixelDepth::U16 ? 2 : 1);
    for (int y = 0; y < a.height(); ++y)
        if (!std::equal(a.row(y), a.row(y) + rowBytes, b.row(y)))
            return false;
    return true;
}

TEST(Image, LosslessFormatsKeepDepthAndChannels) {
    lupa::test::TempDir dir;
    struct Case {
        const char* name;
        int channels;
        PixelDepth depth;
    };
    for (const Case& c : std::array<Case, 5>{{{"grey8.png", 1, PixelDepth::U8},
                                              {"grey16.png", 1, PixelDepth::U16},
                                              {"colour.png", 3, PixelDepth::U8},
                                              {"grey16.tif", 1, PixelDepth::U16},
                                              {"colour.bmp", 3, PixelDepth::U8}}}) {
        const Image written = gradient(37, 23, c.channels, c.depth);
        ASSERT_TRUE(writeImage(written, dir / c.name).ok()) << c.name;
        const auto read = readImage(dir / c.name);
        ASSERT_TRUE(read.ok()) << c.name << ": " << read.error().message;
        EXPECT_TRUE(samePixels(written, *read)) << c.name;
    }
    // JPEG is lossy: the size and channels survive.
    ASSERT_TRUE(writeImage(gradient(40, 30, 3, PixelDepth::U8), dir / "colour.jpg").ok());
    const auto jpeg = readImage(dir / "colour.jpg");
    ASSERT_TRUE(jpeg.ok()) << jpeg.error().message;
    EXPECT_EQ(jpeg->width(), 40);
    EXPECT_EQ(jpeg->height(), 30);
    EXPECT_EQ(jpeg->channels(), 3);
}

TEST(Image, BadFilesAreBadInputNamingTheFile) {
    lupa::test::TempDir dir;
    writeBytes(dir / "empty.png", "");
    writeBytes(dir / "text.png", "this is not an image\n");
    const Image image = gradient(64, 64, 1, PixelDepth::U8);
    ASSERT_TRUE(writeImage(image, dir / "whole.png").ok());
    std::ifstream whole(dir / "whole.png", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(whole)), std::istreambuf_iterator<char>());
    writeBytes(dir / "truncated.png", bytes.substr(0, bytes.size() / 2));
    for (const char* name : {"missing.png", "empty.png", "text.png", "truncated.png"}) {
        const auto read = readImage(dir / name);
        ASSERT_FALSE(read.ok()) << name;
        EXPECT_EQ(read.error().kind, ErrorKind::BadInput) << name;
        EXPECT_NE(read.error().describe().find(name), std::string::npos) << read.error().describe();
    }
}

TEST(Image, AHugeHeaderIsRefusedBeforeDecoding) {
    lupa::test::TempDir dir;
    const long before = peakResidentKilobytes();
    // 20000 x 20000 (400 MP, 1.2 GB of pixels) is above lupa's limit but below OpenCV's own (2^30 pixels);
    // 100000 x 100000 is above both.
    for (const auto side : {20'000U, 100'000U}) {
        const std::array<std::pair<std::string, std::string>, 4> files{{{"bmp", bmpHeader(side, side)},
                                                                        {"png", pngHeader(side, side)},
                                                                        {"jpg", jpegHeader(side, side)},
                                                                        {"tif", tiffHeader(side, side)}}};
        for (const auto& [extension, header] : files) {
            const auto path = dir / ("huge" + std::to_string(side) + "." + extension);
            writeBytes(path, header);
            const auto read = readImage(path);
            ASSERT_FALSE(read.ok()) << path;
            EXPECT_EQ(read.error().kind, ErrorKind::BadInput);
            EXPECT_NE(read.error().message.find("refused before decoding"), std::string::npos)
                << path << ": " << read.error().message;
        }
    }
    EXPECT_LT(peakResidentKilobytes() - before, 200'000) << "the pixels of a huge image were allocated";
}

/// A little-endian TIFF whose first IFD holds `entries` (tag, type, value in the entry) and then `tail`.
std::string tiffWithEntries(const std::vector<std::array<std::uint32_t, 3>>& entries,
                            const std::string& tail = {}) {
    std::string bytes = "II*";
    bytes.push_back('\0');
    putLittleEndian(bytes, 8, 4);
    putLittleEndian(bytes, static_cast<std::uint32_t>(entries.size()), 2);
    for (const auto& [tag, type, value] : entries) {
        putLittleEndian(bytes, tag, 2);
        putLittleEndian(bytes, type, 2);
        putLittleEndian(bytes, 1, 4);
        putLittleEndian(bytes, value, 4);
    }
    putLittleEndian(bytes, 0, 4);
    return bytes + tail;
}

// Found while writing fuzz/ImageFuzzer.cpp (fuzz/regressions/image/): headers whose size the pre-check
// missed or misread, each letting OpenCV allocate gigabytes (up to its own limit of 2^30 pixels) for a
// file of a few bytes.
TEST(Image, AHeaderThatHidesAHugeSizeIsRefusedBeforeDecoding) {
    lupa::test::TempDir dir;
    const long before = peakResidentKilobytes();
    std::string jpeg = jpegHeader(30'000, 30'000);
    jpeg.insert(jpeg.find("\xff\xc0"), 1, '\0'); // libjpeg skips an extraneous byte before a marker
    const std::uint32_t tiffLong = 4, tiffLong8 = 16, offsetOfWidth = 8 + 2 + 3 * 12 + 4;
    std::string wideLong8;
    putLittleEndian(wideLong8, 30'000, 4);
    putLittleEndian(wideLong8, 0, 4);
    const std::array<std::pair<std::string, std::string>, 4> files{{
        {"huge.ppm", "P6\n30000 30000\n65535\n" + std::string(16, '\x7f')}, // 5.4 GB for OpenCV
        {"garbage.jpg", jpeg},
        // libtiff keeps the first of two ImageWidth tags, the pre-check took the last.
        {"duplicate.tif",
         tiffWithEntries(
             {{256, tiffLong, 30'000}, {257, tiffLong, 30'000}, {256, tiffLong, 1}, {257, tiffLong, 1}})},
        // A LONG8 width lies at the offset the entry holds.
        {"long8.tif",
         tiffWithEntries({{256, tiffLong8, offsetOfWidth}, {257, tiffLong, 30'000}, {258, 3, 8}}, wideLong8)},
    }};
    for (const auto& [name, bytes] : files) {
        writeBytes(dir / name, bytes);
        const auto read = readImage(dir / name);
        ASSERT_FALSE(read.ok()) << name;
        EXPECT_EQ(read.error().kind, ErrorKind::BadInput);
        EXPECT_NE(read.error().message.find("refused before decoding"), std::string::npos)
            << name << ": " << read.error().message;
    }
    EXPECT_LT(peakResidentKilobytes() - before, 200'000) << "the pixels of a huge image were allocated";
}

} // namespace
} // namespace lupa::vision
