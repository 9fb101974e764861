// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageAccess.hpp"
#include "ImageHeader.hpp"

#include <lupa/core/AtomicFile.hpp>

#include <fmt/format.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <fstream>
#include <iterator>
#include <vector>

namespace lupa::vision {
namespace {

int cvTypeOf(int channels, PixelDepth depth) {
    const int cvDepth = depth == PixelDepth::U8 ? CV_8U : depth == PixelDepth::U16 ? CV_16U : CV_32F;
    return CV_MAKETYPE(cvDepth, channels);
}

Result<std::vector<unsigned char>> readBytes(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return Error::badInput("no such image file", path.string());
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Error::io("cannot open the image file", path.string());
    }
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.empty()) {
        return Error::badInput("the image file is empty", path.string());
    }
    return bytes;
}

/// Drops alpha and keeps grey as grey; OpenCV decodes into 8U or 16U.
cv::Mat withoutAlpha(cv::Mat mat) {
    if (mat.channels() == 4) {
        cv::Mat bgr;
        cv::cvtColor(mat, bgr, cv::COLOR_BGRA2BGR);
        return bgr;
    }
    return mat;
}

} // namespace

Image::Image()
    : m_impl(std::make_shared<Impl>()) {}

Image::Image(std::shared_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}

Image Image::zeros(int width, int height, int channels, PixelDepth depth) {
    return imageOf(cv::Mat::zeros(height, width, cvTypeOf(channels, depth)));
}

bool Image::empty() const {
    return m_impl->mat.empty();
}
int Image::width() const {
    return m_impl->mat.cols;
}
int Image::height() const {
    return m_impl->mat.rows;
}
int Image::channels() const {
    return m_impl->mat.channels();
}

PixelDepth Image::depth() const {
    switch (m_impl->mat.depth()) {
    case CV_16U:
        return PixelDepth::U16;
    case CV_32F:
        return PixelDepth::F32;
    default:
        return PixelDepth::U8;
    }
}

std::size_t Image::stride() const {
    return m_impl->mat.step[0];
}
const std::uint8_t* Image::row(int y) const {
    return m_impl->mat.ptr<std::uint8_t>(y);
}
std::uint8_t* Image::row(int y) {
    return m_impl->mat.ptr<std::uint8_t>(y);
}
Image Image::clone() const {
    return imageOf(m_impl->mat.clone());
}

Result<Image> readImage(const std::filesystem::path& path) {
    auto bytes = readBytes(path);
    if (!bytes) {
        return std::move(bytes).error();
    }
    // imdecode would also decode other formats (PNM, WebP, ...) whose size lupa does not check, up to
    // OpenCV's own limit of 2^30 pixels (gigabytes from a header of a few bytes): refused.
    const auto declared = detail::declaredSize(*bytes);
    if (!declared) {
        return Error::badInput("not a PNG, TIFF, JPEG or BMP image, or its header is cut short "
                               "(refused before decoding)",
                               path.string());
    }
    if (declared->pixels() > static_cast<std::uint64_t>(kMaxImagePixels)) {
        return Error::badInput(fmt::format("the image declares {} x {} pixels, more than the {} lupa reads "
                                           "(refused before decoding)",
                                           declared->width, declared->height, kMaxImagePixels),
                               path.string());
    }
    cv::Mat mat;
    try {
        mat = cv::imdecode(*bytes, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception& e) {
        return Error::badInput(fmt::format("cannot decode the image: {}", e.err), path.string());
    }
    if (mat.empty()) {
        return Error::badInput("not a readable image (unknown format, truncated or corrupt)", path.string());
    }
    if (static_cast<std::int64_t>(mat.total()) > kMaxImagePixels) {
        return Error::badInput(
            fmt::format("the image has {} pixels, more than the {} lupa reads", mat.total(), kMaxImagePixels),
            path.string());
    }
    if (mat.depth() != CV_8U && mat.depth() != CV_16U) {
        cv::Mat converted;
        mat.convertTo(converted, CV_32F);
        mat = converted;
    }
    return imageOf(withoutAlpha(mat));
}

Result<Image> readGrayImage(const std::filesystem::path& path) {
    auto image = readImage(path);
    if (!image) {
        return image;
    }
    return toGray8(*image);
}

Image toGray8(const Image& image) {
    const cv::Mat& in = matOf(image);
    cv::Mat grey = in;
    if (in.channels() == 3) {
        cv::cvtColor(in, grey, cv::COLOR_BGR2GRAY);
    } else if (in.channels() == 4) {
        cv::cvtColor(in, grey, cv::COLOR_BGRA2GRAY);
    }
    if (grey.depth() == CV_8U) {
        return imageOf(grey);
    }
    cv::Mat out;
    const double scale = grey.depth() == CV_16U ? 1.0 / 257.0 : 255.0;
    grey.convertTo(out, CV_8U, scale); // saturate_cast clamps F32 to [0, 255]
    return imageOf(out);
}

Result<void> writeImage(const Image& image, const std::filesystem::path& path) {
    std::vector<unsigned char> bytes;
    const std::string extension = path.extension().string();
    try {
        if (!cv::imencode(extension.empty() ? std::string(".png") : extension, matOf(image), bytes)) {
            return Error::io("the image encoder refused the image", path.string());
        }
    } catch (const cv::Exception& e) {
        return Error::io(fmt::format("cannot encode the image: {}", e.err), path.string());
    }
    auto file = AtomicFile::open(path);
    if (!file) {
        return std::move(file).error();
    }
    (*file)->stream().write(reinterpret_cast<const char*>(bytes.data()),
                            static_cast<std::streamsize>(bytes.size()));
    return (*file)->commit();
}

} // namespace lupa::vision
