// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/inspection/InspectionModelFile.hpp>
#include <lupa/core/ml/DatasetHash.hpp>

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <fstream>
#include <iterator>

namespace lupa::inspection {
namespace {

constexpr int kFormat = 1;
constexpr std::size_t kMaxHeaderLine = 128;
constexpr std::size_t kParts = 3; // settings, autoencoder, classifier

std::uint64_t checksumOf(std::string_view settings, std::string_view autoencoder,
                         std::string_view classifier) {
    return ml::fnv1a64(classifier, ml::fnv1a64(autoencoder, ml::fnv1a64(settings)));
}

struct Layout {
    std::array<std::size_t, kParts> sizes{};
    std::uint64_t checksum = 0;
    std::size_t contentBegin = 0;
};

// Parses "<n> <n> <n> <16 hex digits>" (the line without its newline).
bool parseHeaderLine(std::string_view line, Layout& layout) {
    const char* cursor = line.data();
    const char* end = line.data() + line.size();
    for (auto& size : layout.sizes) {
        const auto parsed = std::from_chars(cursor, end, size);
        if (parsed.ec != std::errc{} || parsed.ptr == end || *parsed.ptr != ' ')
            return false;
        cursor = parsed.ptr + 1;
    }
    const auto parsed = std::from_chars(cursor, end, layout.checksum, 16);
    return parsed.ec == std::errc{} && parsed.ptr == end && end - cursor == 16;
}

Result<Layout> readLayout(std::string_view bytes) {
    if (!bytes.starts_with(kInspectionModelMagic))
        return Error::badInput(
            kInspectionModelMagic.starts_with(bytes)
                ? "truncated: the file ends inside its first line"
                : "not a lupa inspection model (it does not start with 'LUPA-INSPECTION-MODEL 1')");
    const auto headerBegin = kInspectionModelMagic.size();
    const auto newline = bytes.substr(headerBegin, kMaxHeaderLine).find('\n');
    Layout layout;
    if (newline == std::string_view::npos || !parseHeaderLine(bytes.substr(headerBegin, newline), layout))
        return Error::badInput("truncated or corrupt header line");
    layout.contentBegin = headerBegin + newline + 1;
    std::size_t available = bytes.size() - layout.contentBegin;
    for (const auto size : layout.sizes) {
        if (size > available)
            return Error::badInput(
                fmt::format("truncated: the header announces more bytes than the {} that follow",
                            bytes.size() - layout.contentBegin));
        available -= size;
    }
    if (available != 0)
        return Error::badInput(fmt::format("{} unexpected bytes after the content", available));
    return layout;
}

Error named(Error error, const std::string& fileName) {
    error.file = fileName;
    return error;
}

} // namespace

std::string assembleInspectionModel(const InspectionModelContent& content) {
    nlohmann::json settings = content.settings;
    settings["format"] = kFormat;
    const std::string json = settings.dump(1);
    std::string bytes(kInspectionModelMagic);
    bytes +=
        fmt::format("{} {} {} {:016x}\n", json.size(), content.autoencoder.size(), content.classifier.size(),
                    checksumOf(json, content.autoencoder, content.classifier));
    bytes += json;
    bytes += content.autoencoder;
    bytes += content.classifier;
    return bytes;
}

Result<InspectionModelContent> parseInspectionModel(std::string_view bytes, const std::string& fileName) {
    auto layout = readLayout(bytes);
    if (!layout)
        return named(std::move(layout).error(), fileName);
    std::array<std::string_view, kParts> parts;
    std::size_t offset = layout->contentBegin;
    for (std::size_t i = 0; i < kParts; ++i) {
        parts[i] = bytes.substr(offset, layout->sizes[i]);
        offset += layout->sizes[i];
    }
    if (checksumOf(parts[0], parts[1], parts[2]) != layout->checksum)
        return Error::badInput("checksum mismatch: the file is corrupt", fileName);
    InspectionModelContent content;
    content.settings = nlohmann::json::parse(parts[0], nullptr, /*allow_exceptions=*/false);
    if (!content.settings.is_object())
        return Error::badInput("the settings are not a JSON object", fileName);
    const auto format = content.settings.find("format");
    if (format == content.settings.end() || !format->is_number_integer() || format->get<int>() != kFormat)
        return Error::badInput(
            fmt::format("unsupported settings format (this lupa reads format {})", kFormat), fileName);
    content.autoencoder = std::string(parts[1]);
    content.classifier = std::string(parts[2]);
    return content;
}

Result<InspectionModelContent> readInspectionModel(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::io("cannot open the inspection model", path.string());
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parseInspectionModel(bytes, path.string());
}

Result<void> writeInspectionModel(const std::filesystem::path& path, const InspectionModelContent& content) {
    auto file = AtomicFile::open(path);
    if (!file)
        return std::move(file).error();
    const std::string bytes = assembleInspectionModel(content);
    (*file)->stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return (*file)->commit();
}

} // namespace lupa::inspection
