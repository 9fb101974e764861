// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/Version.hpp>
#include <lupa/core/ml/DatasetHash.hpp>
#include <lupa/core/ml/ModelFile.hpp>

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <ctime>

namespace lupa::ml {
namespace {

constexpr int kFormat = 1;
constexpr std::size_t kMaxHeaderLine = 128;

// Where the JSON and the weights sit in a model file.
struct Layout {
    std::size_t jsonBegin = 0;
    std::size_t jsonSize = 0;
    std::size_t weightsSize = 0;
    std::uint64_t checksum = 0;
};

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

std::uint64_t checksumOf(std::string_view json, std::string_view weights) {
    return fnv1a64(weights, fnv1a64(json));
}

// Parses "<json bytes> <weight bytes> <checksum hex>" (the line without its newline).
bool parseSizes(std::string_view line, Layout& layout) {
    const char* end = line.data() + line.size();
    auto parsed = std::from_chars(line.data(), end, layout.jsonSize);
    if (parsed.ec != std::errc{} || parsed.ptr == end || *parsed.ptr != ' ')
        return false;
    parsed = std::from_chars(parsed.ptr + 1, end, layout.weightsSize);
    if (parsed.ec != std::errc{} || parsed.ptr == end || *parsed.ptr != ' ')
        return false;
    const char* hex = parsed.ptr + 1;
    parsed = std::from_chars(hex, end, layout.checksum, 16);
    return parsed.ec == std::errc{} && parsed.ptr == end && end - hex == 16;
}

Result<Layout> readLayout(std::string_view bytes) {
    if (!bytes.starts_with(kModelMagic)) {
        if (kModelMagic.starts_with(bytes))
            return Error::badInput("truncated: the file ends inside its first line");
        return Error::badInput("not a lupa model file (it does not start with 'LUPA-MODEL 1')");
    }
    const auto headerBegin = kModelMagic.size();
    const auto newline = bytes.substr(headerBegin, kMaxHeaderLine).find('\n');
    Layout layout;
    if (newline == std::string_view::npos || !parseSizes(bytes.substr(headerBegin, newline), layout))
        return Error::badInput(bytes.size() < headerBegin + kMaxHeaderLine
                                   ? "truncated or corrupt header line"
                                   : "corrupt header line");
    layout.jsonBegin = headerBegin + newline + 1;
    const auto available = bytes.size() - layout.jsonBegin;
    if (layout.jsonSize > available || layout.weightsSize > available - layout.jsonSize)
        return Error::badInput(
            fmt::format("truncated: the header announces {} bytes of content but only {} follow",
                        layout.jsonSize + layout.weightsSize, available));
    if (const auto extra = available - layout.jsonSize - layout.weightsSize; extra > 0)
        return Error::badInput(fmt::format("corrupt: {} unexpected bytes after the weights", extra));
    return layout;
}

Result<nlohmann::json> parseContent(std::string_view text) {
    auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded() || !json.is_object())
        return Error::badInput("the metadata is not valid JSON");
    const auto format = json.find("format");
    if (format == json.end() || !format->is_number_integer() || format->get<std::int64_t>() != kFormat)
        return Error::badInput(fmt::format("unsupported model format (this lupa reads format {})", kFormat));
    if (!json.contains("network") || !json.contains("metadata"))
        return Error::badInput("the metadata lacks 'network' or 'metadata'");
    return json;
}

Result<LoadedModel> buildModel(const nlohmann::json& json, std::string_view weights) {
    auto spec = NetworkSpec::fromJson(json.at("network"));
    if (!spec)
        return std::move(spec).error();
    auto metadata = ModelMetadata::fromJson(json.at("metadata"));
    if (!metadata)
        return std::move(metadata).error();
    auto network = Network::create(*spec, 0);
    if (!network)
        return std::move(network).error();
    if (auto fits = checkFits(*network, *metadata); !fits)
        return Error::badInput(fits.error().message);
    LUPA_TRY(network->loadWeights(weights));
    return LoadedModel{std::move(*metadata), std::move(*network)};
}

Error inFile(Error error, const std::string& fileName) {
    error.kind = ErrorKind::BadInput;
    error.file = fileName;
    return error;
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
    const nlohmann::json content{
        {"format", kFormat}, {"network", network.spec().toJson()}, {"metadata", metadata.toJson()}};
    std::string json;
    try {
        json = content.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    } catch (const std::exception& error) {
        return Error::runtime(fmt::format("cannot write the model metadata: {}", error.what()));
    }
    return fmt::format("{}{} {} {}\n{}{}", kModelMagic, json.size(), weights->size(),
                       toHex64(checksumOf(json, *weights)), json, *weights);
}

Result<LoadedModel> decodeModel(std::string_view bytes, const std::string& fileName) {
    auto layout = readLayout(bytes);
    if (!layout)
        return inFile(std::move(layout).error(), fileName);
    const auto json = bytes.substr(layout->jsonBegin, layout->jsonSize);
    const auto weights = bytes.substr(layout->jsonBegin + layout->jsonSize, layout->weightsSize);
    if (checksumOf(json, weights) != layout->checksum)
        return inFile(Error::badInput("corrupt: the checksum does not match the content"), fileName);
    auto content = parseContent(json);
    if (!content)
        return inFile(std::move(content).error(), fileName);
    auto model = buildModel(*content, weights);
    if (!model)
        return inFile(std::move(model).error(), fileName);
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
