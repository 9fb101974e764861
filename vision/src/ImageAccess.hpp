// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// vision's private bridge between lupa::vision::Image and cv::Mat (never a public header).

#include <lupa/vision/Image.hpp>

#include <opencv2/core/mat.hpp>

namespace lupa::vision {

struct Image::Impl {
    cv::Mat mat;
};

/// The pixels of `image` as a cv::Mat sharing its data (an empty Mat for an empty image).
[[nodiscard]] inline const cv::Mat& matOf(const Image& image) {
    return image.impl()->mat;
}

/// An Image sharing the data of `mat` (CV_8U, CV_16U or CV_32F with 1, 3 or 4 channels).
[[nodiscard]] inline Image imageOf(cv::Mat mat) {
    return Image(std::make_shared<Image::Impl>(Image::Impl{std::move(mat)}));
}

} // namespace lupa::vision
