// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ConvEngine.hpp"
#include "ErrorMaps.hpp"
#include "ImageAccess.hpp"

#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/ml/ConvLayers.hpp>
#include <lupa/core/ml/ModelFileFormat.hpp>
#include <lupa/vision/ConvModel.hpp>

#include <fmt/format.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace lupa::vision {

struct ConvModel::Impl {
    ml::ConvNetwork network;
    ml::ModelMetadata metadata;
    std::vector<std::string> classNames;
    std::string source;
};

namespace {

// Reflection margin around every tile (px): wider than the receptive field of the autoencoders lupa
// builds (about 22 px for three levels), so tiles join without seams.
constexpr int kTileMargin = 32;

int roundUp(int value, int multiple) {
    return (value + multiple - 1) / multiple * multiple;
}

Result<std::vector<std::string>> readClassNames(const ml::ModelMetadata& metadata, std::int64_t classCount,
                                                const std::string& fileName) {
    std::vector<std::string> names;
    const auto inspection = metadata.extra.find("inspection");
    if (inspection != metadata.extra.end() && inspection->is_object() && inspection->contains("classNames")) {
        const auto& list = inspection->at("classNames");
        if (!list.is_array() || static_cast<std::int64_t>(list.size()) != classCount)
            return Error::badInput(
                fmt::format("'classNames' must list the {} classes of the network", classCount), fileName);
        for (const auto& name : list) {
            if (!name.is_string())
                return Error::badInput("'classNames' must hold strings", fileName);
            names.push_back(name.get<std::string>());
        }
        return names;
    }
    for (std::int64_t i = 0; i < classCount; ++i)
        names.push_back(fmt::format("class {}", i));
    return names;
}

detail::FeatureMap featureMapOf(const cv::Mat& grey) { // CV_32F, one channel, continuous
    auto map = detail::FeatureMap::zeros(1, grey.rows, grey.cols);
    for (int y = 0; y < grey.rows; ++y)
        std::copy_n(grey.ptr<float>(y), grey.cols,
                    map.values.data() + static_cast<std::size_t>(y) * grey.cols);
    return map;
}

cv::Mat unitGrey(const Image& image) {
    cv::Mat unit;
    matOf(toGray8(image)).convertTo(unit, CV_32F, 1.0 / 255.0);
    return unit;
}

} // namespace

ConvModel::ConvModel(std::shared_ptr<const Impl> impl)
    : m_impl(std::move(impl)) {}

Result<ConvModel> ConvModel::fromBytes(std::string_view bytes, const std::string& fileName) {
    auto content = ml::parseModelFile(bytes, fileName);
    if (!content)
        return std::move(content).error();
    auto network = ml::convNetworkFromContent(*content, fileName);
    if (!network)
        return std::move(network).error();
    if (!content->metadata.inputShape.empty() && content->metadata.inputShape != network->inputShape)
        return Error::badInput(fmt::format("the metadata's input shape {} does not fit the network's {}",
                                           ml::shapeToString(content->metadata.inputShape),
                                           ml::shapeToString(network->inputShape)),
                               fileName);
    auto impl = std::make_shared<Impl>();
    if (network->kind == ml::kinds::kCnnClassifier) {
        auto names = readClassNames(content->metadata, network->layers.back().outChannels, fileName);
        if (!names)
            return std::move(names).error();
        impl->classNames = std::move(*names);
    }
    impl->network = std::move(*network);
    impl->metadata = std::move(content->metadata);
    impl->source = fileName;
    return ConvModel(std::move(impl));
}

Result<ConvModel> ConvModel::load(const std::filesystem::path& path) {
    auto bytes = readFile(path);
    if (!bytes)
        return std::move(bytes).error();
    return fromBytes(*bytes, path.string());
}

const std::string& ConvModel::kind() const {
    return m_impl->network.kind;
}
bool ConvModel::isAutoencoder() const {
    return m_impl->network.kind == ml::kinds::kConvAutoencoder;
}
const std::vector<std::int64_t>& ConvModel::inputShape() const {
    return m_impl->network.inputShape;
}
std::int64_t ConvModel::sizeMultiple() const {
    return m_impl->network.sizeMultiple;
}
const std::vector<std::string>& ConvModel::classNames() const {
    return m_impl->classNames;
}
const ml::ModelMetadata& ConvModel::metadata() const {
    return m_impl->metadata;
}
nlohmann::json ConvModel::metadataJson() const {
    return m_impl->metadata.toJson();
}
const std::string& ConvModel::source() const {
    return m_impl->source;
}

Result<ml::Tensor> ConvModel::forward(const ml::Tensor& batch) const {
    const auto& shape = batch.shape;
    const auto side = inputShape()[1];
    const bool fits = batch.isConsistent() && shape.size() == 4 && shape[1] == 1 && shape[2] > 0 &&
                      shape[3] > 0 && shape[2] <= kMaxImagePixels / shape[3] &&
                      (isAutoencoder() ? shape[2] % sizeMultiple() == 0 && shape[3] % sizeMultiple() == 0
                                       : shape[2] == side && shape[3] == side);
    if (!fits)
        return Error::badInput(fmt::format(
            "model '{}' ({}) expects input [N, 1, H, W] with {} but got {}", kind(), m_impl->source,
            isAutoencoder() ? fmt::format("H, W multiples of {}", sizeMultiple())
                            : fmt::format("H = W = {}", side),
            ml::shapeToString(shape)));
    const int height = static_cast<int>(shape[2]);
    const int width = static_cast<int>(shape[3]);
    ml::Tensor outputs;
    for (std::int64_t n = 0; n < batch.rowCount(); ++n) {
        auto input = detail::FeatureMap::zeros(1, height, width);
        std::copy(batch.row(n).begin(), batch.row(n).end(), input.values.begin());
        auto output = detail::runConvNetwork(m_impl->network, std::move(input));
        if (outputs.shape.empty())
            outputs.shape = isAutoencoder() ? std::vector<std::int64_t>{batch.rowCount(), output.channels,
                                                                        output.height, output.width}
                                            : std::vector<std::int64_t>{batch.rowCount(), output.channels};
        outputs.values.insert(outputs.values.end(), output.values.begin(), output.values.end());
    }
    if (outputs.shape.empty()) // no samples
        outputs.shape =
            isAutoencoder() ? shape : std::vector<std::int64_t>{0, m_impl->network.layers.back().outChannels};
    return outputs;
}

Result<Image> ConvModel::reconstruct(const Image& image, int tileSizePx) const {
    if (!isAutoencoder())
        return Error::usage(fmt::format("model '{}' ({}) is not an autoencoder", kind(), m_impl->source));
    if (image.empty())
        return Error::badInput("cannot reconstruct an empty image");
    const cv::Mat unit = unitGrey(image);
    const int multiple = static_cast<int>(sizeMultiple());
    const int margin = roundUp(kTileMargin, multiple);
    const int tile = roundUp(std::max(tileSizePx, multiple), multiple);
    const int tilesX = (unit.cols + tile - 1) / tile;
    const int tilesY = (unit.rows + tile - 1) / tile;
    const int tileW = roundUp((unit.cols + tilesX - 1) / tilesX, multiple);
    const int tileH = roundUp((unit.rows + tilesY - 1) / tilesY, multiple);
    cv::Mat padded;
    cv::copyMakeBorder(unit, padded, margin, margin + tilesY * tileH - unit.rows, margin,
                       margin + tilesX * tileW - unit.cols, cv::BORDER_REFLECT_101);
    cv::Mat out(unit.size(), CV_32F);
    for (int ty = 0; ty < tilesY; ++ty)
        for (int tx = 0; tx < tilesX; ++tx) {
            const cv::Rect region(tx * tileW, ty * tileH, tileW + 2 * margin, tileH + 2 * margin);
            const auto result = detail::runConvNetwork(m_impl->network, featureMapOf(padded(region)));
            const cv::Mat resultMat(result.height, result.width, CV_32F,
                                    const_cast<float*>(result.values.data()));
            const cv::Rect target(tx * tileW, ty * tileH, std::min(tileW, unit.cols - tx * tileW),
                                  std::min(tileH, unit.rows - ty * tileH));
            resultMat(cv::Rect(margin, margin, target.width, target.height)).copyTo(out(target));
        }
    return imageOf(out);
}

Result<Image> ConvModel::reconstructionErrorMap(const Image& image, const ErrorMapOptions& options) const {
    auto reconstruction = reconstruct(image, options.tileSizePx);
    if (!reconstruction)
        return std::move(reconstruction).error();
    const cv::Mat unit = unitGrey(image);
    const cv::Mat& restored = matOf(*reconstruction);
    const cv::Mat map = options.measure == ReconstructionError::Ssim
                            ? detail::ssimDissimilarityMap(unit, restored, options.ssimSigmaPx)
                            : detail::squaredErrorMap(unit, restored);
    return imageOf(detail::smoothMap(map, options.smoothingSigmaPx));
}

Result<std::vector<float>> ConvModel::classify(const Image& crop) const {
    if (isAutoencoder())
        return Error::usage(fmt::format("model '{}' ({}) is not a classifier", kind(), m_impl->source));
    if (crop.empty())
        return Error::badInput("cannot classify an empty crop");
    const int side = static_cast<int>(inputShape()[1]);
    const Image greyImage = toGray8(crop);
    const cv::Mat& grey = matOf(greyImage);
    cv::Mat resized;
    const bool shrinking = grey.cols > side || grey.rows > side;
    cv::resize(grey, resized, cv::Size(side, side), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat unit;
    resized.convertTo(unit, CV_32F, 1.0 / 255.0);
    const auto logits = detail::runConvNetwork(m_impl->network, featureMapOf(unit)).values;
    const float largest = *std::max_element(logits.begin(), logits.end());
    std::vector<float> probabilities(logits.size());
    double sum = 0;
    for (std::size_t k = 0; k < logits.size(); ++k)
        sum += probabilities[k] = std::exp(logits[k] - largest);
    for (auto& p : probabilities)
        p = static_cast<float>(p / sum);
    return probabilities;
}

} // namespace lupa::vision
