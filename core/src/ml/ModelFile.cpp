// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/Version.hpp>
#include <lupa/core/ml/DatasetHash.hpp>
#include <lupa/core/ml/ModelFile.hpp>

#include <fmt/format.h>

#include <chrono>
#include <ctime>

namespace lupa::ml {
namespace {

std::string utcNow() {
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

Result<void> checkFits(const Network& network, const ModelMetadata& metadata) {
    if (metadata.inputShape != network.inputShape())
        return Error::usage(fmt::format("the model's input shape {} differs from the network's {}",
                                        shapeToString(metadata.inputShape),
                                        shapeToString(network.inputShape())));
    if (!metadata.normalisation.fits(elementCountOf(metadata.inputShape)))
        return Error::usage(fmt::format("a normalisation of {} features does not fit input shape {}",
                                        metadata.normalisation.mean.size(),
                                        shapeToString(metadata.inputShape)));
    return success();
}

Result<LoadedModel> buildModel(ModelFileContent content) {
    auto network = Network::create(content.spec, 0);
    if (!network)
        return std::move(network).error();
    if (auto fits = checkFits(*network, content.metadata); !fits)
        return Error::badInput(fits.error().message);
    LUPA_TRY(network->loadWeights(content.weights));
    return LoadedModel{std::move(content.metadata), std::move(*network)};
}

} // namespace

Result<std::string> encodeModel(const Network& network, ModelMetadata metadata) {
    if (metadata.inputShape.empty())
        metadata.inputShape = network.inputShape();
    LUPA_TRY(checkFits(network, metadata));
    metadata.lupaVersion = version();
    if (metadata.createdUtc.empty())
        metadata.createdUtc = utcNow();
    auto weights = network.saveWeights();
    if (!weights)
        return std::move(weights).error();
    return assembleModelFile(network.spec(), metadata, *weights);
}

Result<LoadedModel> decodeModel(std::string_view bytes, const std::string& fileName) {
    auto content = parseModelFile(bytes, fileName);
    if (!content)
        return std::move(content).error();
    auto model = buildModel(std::move(*content));
    if (!model) {
        auto error = std::move(model).error();
        error.kind = ErrorKind::BadInput;
        error.file = fileName;
        return error;
    }
    return model;
}

Result<void> saveModel(const std::filesystem::path& path, const Network& network,
                       const ModelMetadata& metadata) {
    auto bytes = encodeModel(network, metadata);
    if (!bytes)
        return std::move(bytes).error();
    return writeFileAtomically(path, *bytes);
}

Result<LoadedModel> loadModel(const std::filesystem::path& path) {
    auto bytes = readFile(path);
    if (!bytes)
        return std::move(bytes).error();
    return decodeModel(*bytes, path.string());
}

std::string LoadedModel::name() const {
    return metadata.kind.empty() ? network.spec().kind : metadata.kind;
}

Result<Tensor> LoadedModel::prepare(const Tensor& batch) const {
    LUPA_TRY(checkBatchShape(batch, metadata.inputShape, name()));
    return metadata.normalisation.apply(batch);
}

Result<Tensor> LoadedModel::predict(const Tensor& batch) const {
    auto prepared = prepare(batch);
    if (!prepared)
        return prepared;
    return network.forward(*prepared);
}

} // namespace lupa::ml
