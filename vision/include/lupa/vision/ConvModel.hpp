// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/ml/ModelMetadata.hpp>
#include <lupa/core/ml/Tensor.hpp>
#include <lupa/vision/Image.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lupa::vision {

/// How reconstructionErrorMap() compares an image with its reconstruction.
enum class ReconstructionError {
    Squared, ///< (reconstruction - image)^2 per pixel, grey values scaled to [0, 1]
    Ssim,    ///< (1 - SSIM) / 2 per pixel: local structural dissimilarity in [0, 1] (Gaussian window)
};

/// Settings of ConvModel::reconstructionErrorMap().
struct ErrorMapOptions {
    ReconstructionError measure = ReconstructionError::Squared;
    double smoothingSigmaPx = 0; ///< Gaussian smoothing of the map (px); 0 = none
    double ssimSigmaPx = 1.5;    ///< Gaussian window of the SSIM statistics (px), Ssim only
    int tileSizePx = 1024;       ///< images are run in tiles of about this side (px), see reconstruct()
};

/// A module-inspection network ("conv_autoencoder" or "cnn_classifier" model file, written by the
/// trainers of lupa/core/inspection/ConvTraining.hpp) run by lupa's own convolution engine with OpenCV,
/// without libtorch: the same outputs as ml::Network (to float rounding). Copies share the weights;
/// the const methods may run from several threads at once. Threads: cv::parallel_for_ (OpenCV's count).
class ConvModel {
public:
    /// Reads and validates a model file: known kind, weights of the spec's shapes, finite values, a
    /// metadata input shape that fits. An Io error when it cannot be read, else BadInput naming the file.
    [[nodiscard]] static Result<ConvModel> load(const std::filesystem::path& path);
    /// The same from the bytes of a model file; `fileName` names it in messages.
    [[nodiscard]] static Result<ConvModel> fromBytes(std::string_view bytes, const std::string& fileName);

    /// The network kind: ml::kinds::kConvAutoencoder or ml::kinds::kCnnClassifier.
    [[nodiscard]] const std::string& kind() const;
    [[nodiscard]] bool isAutoencoder() const;
    /// One training sample's shape: (1, side, side) (px).
    [[nodiscard]] const std::vector<std::int64_t>& inputShape() const;
    /// Autoencoders run on images whose sides are multiples of this (px); reconstruct() pads.
    [[nodiscard]] std::int64_t sizeMultiple() const;
    /// The classifier's class names, index = class (from metadata extra["inspection"]["classNames"];
    /// "class 0", "class 1", ... when absent); empty for an autoencoder.
    [[nodiscard]] const std::vector<std::string>& classNames() const;
    /// The metadata as saved.
    [[nodiscard]] const ml::ModelMetadata& metadata() const;
    /// The metadata as JSON (ModelMetadata::toJson()).
    [[nodiscard]] nlohmann::json metadataJson() const;
    /// The file (or name) the model was read from, for messages.
    [[nodiscard]] const std::string& source() const;

    /// The raw network outputs of a batch [N, 1, H, W] (grey values in [0, 1]): reconstructions
    /// [N, 1, H, W] (H, W multiples of sizeMultiple()) or class logits [N, K] (H, W = the input side).
    /// A BadInput error naming the model when the shape does not fit.
    [[nodiscard]] Result<ml::Tensor> forward(const ml::Tensor& batch) const;

    /// The autoencoder's reconstruction of a whole image of any size (any depth or channels, taken as
    /// 8-bit grey): it is padded by reflection to tiles of about tileSizePx with a margin wider than
    /// the receptive field, run tile by tile and cropped back. Returns an F32 image in [0, 1] of the
    /// same size. A Usage error for a classifier, BadInput for an empty image.
    [[nodiscard]] Result<Image> reconstruct(const Image& image, int tileSizePx = 1024) const;

    /// Per-pixel reconstruction error of `image` (taken as 8-bit grey, scaled to [0, 1]): an F32 image
    /// of the same size, larger where the autoencoder cannot reproduce the image (defects).
    [[nodiscard]] Result<Image> reconstructionErrorMap(const Image& image,
                                                       const ErrorMapOptions& options = {}) const;

    /// Softmax class probabilities of a crop (any size, taken as 8-bit grey, resized to the input side
    /// with area or linear interpolation). A Usage error for an autoencoder, BadInput for an empty crop.
    [[nodiscard]] Result<std::vector<float>> classify(const Image& crop) const;

    struct Impl; ///< the layers and their weights
private:
    explicit ConvModel(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> m_impl;
};

} // namespace lupa::vision
