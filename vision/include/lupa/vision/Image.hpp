// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>

namespace lupa::vision {

/// Sample type of an image's pixels.
enum class PixelDepth {
    U8,  ///< 8-bit unsigned (0–255)
    U16, ///< 16-bit unsigned (0–65535)
    F32, ///< 32-bit float (anomaly maps, normalised images)
};

/// A 2D image of 1, 3 or 4 interleaved channels (colour images in OpenCV's BGR order). Copies share
/// the pixels (like cv::Mat); clone() makes an independent copy. OpenCV stays behind the pimpl so that
/// users of lupa::vision never include OpenCV headers.
class Image {
public:
    /// An empty image (0 × 0).
    Image();
    /// A zero-filled image of `width` × `height` pixels (px).
    static Image zeros(int width, int height, int channels, PixelDepth depth);

    [[nodiscard]] bool empty() const;
    [[nodiscard]] int width() const;  ///< columns (px)
    [[nodiscard]] int height() const; ///< rows (px)
    [[nodiscard]] int channels() const;
    [[nodiscard]] PixelDepth depth() const;
    /// Bytes from one row to the next.
    [[nodiscard]] std::size_t stride() const;
    /// First byte of row `y` (0 <= y < height()).
    [[nodiscard]] const std::uint8_t* row(int y) const;
    [[nodiscard]] std::uint8_t* row(int y);
    /// An independent copy of the pixels.
    [[nodiscard]] Image clone() const;

    struct Impl; ///< holds the cv::Mat; see vision/src/ImageAccess.hpp
    explicit Image(std::shared_ptr<Impl> impl);
    [[nodiscard]] const std::shared_ptr<Impl>& impl() const { return m_impl; }

private:
    std::shared_ptr<Impl> m_impl;
};

/// Largest image lupa decodes in one piece: 200 megapixels. Larger files are refused before their
/// pixels are allocated.
inline constexpr std::int64_t kMaxImagePixels = 200'000'000;

/// Reads a PNG, TIFF (8/16-bit), JPEG or BMP file with its own depth and channels (grey stays grey,
/// 16-bit stays 16-bit; alpha is dropped). A BadInput error naming the file when it is missing, not an
/// image, truncated, or larger than kMaxImagePixels.
[[nodiscard]] Result<Image> readImage(const std::filesystem::path& path);

/// The same as readImage, converted to 8-bit grey (16-bit scaled by 1/257, colour by luminance).
[[nodiscard]] Result<Image> readGrayImage(const std::filesystem::path& path);

/// Writes `image` atomically (temporary file + rename); the format follows the extension (.png, .tif,
/// .jpg, .bmp). An Io error when the folder cannot be written or the encoder refuses the image.
[[nodiscard]] Result<void> writeImage(const Image& image, const std::filesystem::path& path);

/// `image` as 8-bit grey (see readGrayImage); F32 images are clamped to [0, 1] and scaled by 255.
[[nodiscard]] Image toGray8(const Image& image);

} // namespace lupa::vision
