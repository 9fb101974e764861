// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "PipelineTestImages.hpp"

#include <opencv2/imgproc.hpp>

#include <cstring>
#include <random>

namespace lupa::vision::test {

Image toImage(const cv::Mat& mat) {
    const PixelDepth depth = mat.depth() == CV_16U   ? PixelDepth::U16
                             : mat.depth() == CV_32F ? PixelDepth::F32
                                                     : PixelDepth::U8;
    Image image = Image::zeros(mat.cols, mat.rows, mat.channels(), depth);
    for (int y = 0; y < mat.rows; ++y) {
        std::memcpy(image.row(y), mat.ptr(y), mat.cols * mat.elemSize());
    }
    return image;
}

cv::Mat toMat(const Image& image) {
    const int depth = image.depth() == PixelDepth::U16   ? CV_16U
                      : image.depth() == PixelDepth::F32 ? CV_32F
                                                         : CV_8U;
    cv::Mat mat(image.height(), image.width(), CV_MAKETYPE(depth, image.channels()));
    for (int y = 0; y < mat.rows; ++y) {
        std::memcpy(mat.ptr(y), image.row(y), mat.cols * mat.elemSize());
    }
    return mat;
}

cv::Mat syntheticBoard(int width, int height, std::uint64_t seed, int margin) {
    std::mt19937_64 random(seed);
    const auto uniform = [&](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    cv::Mat board(height, width, CV_8U, cv::Scalar(30));
    const int x0 = margin;
    const int y0 = margin;
    const int x1 = width - 1 - margin;
    const int y1 = height - 1 - margin;
    const cv::Scalar copper(220);
    for (int i = 0; i < width * height / 6000; ++i) {
        // A trace with one bend, as a router draws it.
        const cv::Point a(uniform(x0, x1), uniform(y0, y1));
        const cv::Point bend(uniform(x0, x1), a.y);
        const cv::Point b(bend.x + uniform(-60, 60), bend.y + uniform(-60, 60));
        const int thickness = uniform(3, 8);
        cv::line(board, a, bend, copper, thickness, cv::LINE_AA);
        cv::line(board, bend, b, copper, thickness, cv::LINE_AA);
    }
    for (int i = 0; i < width * height / 8000; ++i) {
        const cv::Point corner(uniform(x0, x1 - 30), uniform(y0, y1 - 30));
        cv::rectangle(board, corner, corner + cv::Point(uniform(8, 30), uniform(8, 30)), copper, cv::FILLED,
                      cv::LINE_AA);
    }
    for (int i = 0; i < width * height / 10000; ++i) {
        const cv::Point centre(uniform(x0 + 10, x1 - 10), uniform(y0 + 10, y1 - 10));
        cv::circle(board, centre, uniform(5, 10), copper, cv::FILLED, cv::LINE_AA);
        cv::circle(board, centre, uniform(2, 4), cv::Scalar(30), cv::FILLED, cv::LINE_AA);
    }
    return board;
}

cv::Mat warped(const cv::Mat& image, const cv::Matx33d& transform) {
    cv::Mat out;
    cv::warpPerspective(image, out, cv::Mat(transform), image.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                        cv::Scalar::all(0));
    return out;
}

cv::Matx33d rotationAboutCentre(int width, int height, double degrees, double scale) {
    const cv::Mat affine = cv::getRotationMatrix2D(cv::Point2f(width / 2.0F, height / 2.0F), degrees, scale);
    cv::Matx33d h = cv::Matx33d::eye();
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 3; ++c) {
            h(r, c) = affine.at<double>(r, c);
        }
    }
    return h;
}

} // namespace lupa::vision::test
