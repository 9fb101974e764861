// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/ml/DatasetHash.hpp>
#include <lupa/core/ml/ModelFileFormat.hpp>

#include <fmt/format.h>

#include <charconv>

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

Result<ModelFileContent> parseContent(std::string_view text, std::string_view weights) {
    auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded() || !json.is_object())
        return Error::badInput("the metadata is not valid JSON");
    const auto format = json.find("format");
    if (format == json.end() || !format->is_number_integer() || format->get<std::int64_t>() != kFormat)
        return Error::badInput(fmt::format("unsupported model format (this lupa reads format {})", kFormat));
    if (!json.contains("network") || !json.contains("metadata"))
        return Error::badInput("the metadata lacks 'network' or 'metadata'");
    auto spec = NetworkSpec::fromJson(json.at("network"));
    if (!spec)
        return std::move(spec).error();
    auto metadata = ModelMetadata::fromJson(json.at("metadata"));
    if (!metadata)
        return std::move(metadata).error();
    return ModelFileContent{std::move(*spec), std::move(*metadata), std::string(weights)};
}

Error inFile(Error error, const std::string& fileName) {
    error.kind = ErrorKind::BadInput;
    error.file = fileName;
    return error;
}

} // namespace

Result<std::string> assembleModelFile(const NetworkSpec& spec, const ModelMetadata& metadata,
                                      std::string_view weights) {
    const nlohmann::json content{
        {"format", kFormat}, {"network", spec.toJson()}, {"metadata", metadata.toJson()}};
    std::string json;
    try {
        json = content.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    } catch (const std::exception& error) {
        return Error::runtime(fmt::format("cannot write the model metadata: {}", error.what()));
    }
    return fmt::format("{}{} {} {}\n{}{}", kModelMagic, json.size(), weights.size(),
                       toHex64(checksumOf(json, weights)), json, weights);
}

Result<ModelFileContent> parseModelFile(std::string_view bytes, const std::string& fileName) {
    auto layout = readLayout(bytes);
    if (!layout)
        return inFile(std::move(layout).error(), fileName);
    const auto json = bytes.substr(layout->jsonBegin, layout->jsonSize);
    const auto weights = bytes.substr(layout->jsonBegin + layout->jsonSize, layout->weightsSize);
    if (checksumOf(json, weights) != layout->checksum)
        return inFile(Error::badInput("corrupt: the checksum does not match the content"), fileName);
    auto content = parseContent(json, weights);
    if (!content)
        return inFile(std::move(content).error(), fileName);
    return content;
}

Result<ModelFileContent> readModelFile(const std::filesystem::path& path) {
    auto bytes = readFile(path);
    if (!bytes)
        return std::move(bytes).error();
    return parseModelFile(*bytes, path.string());
}

} // namespace lupa::ml
