// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "BoxFileParsing.hpp"

#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/inspection/DeepPcb.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

namespace lupa::inspection::detail {
namespace {

std::string_view trimmed(std::string_view text) {
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// Fields separated by commas when the line has one (predictions), by blanks otherwise (ground truth).
std::vector<std::string_view> fieldsOf(std::string_view line) {
    std::vector<std::string_view> fields;
    if (line.find(',') != std::string_view::npos) {
        std::size_t start = 0;
        while (true) {
            const auto comma = line.find(',', start);
            fields.push_back(trimmed(line.substr(start, comma - start)));
            if (comma == std::string_view::npos)
                break;
            start = comma + 1;
        }
        return fields;
    }
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const auto start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            fields.push_back(line.substr(start, i - start));
    }
    return fields;
}

std::optional<double> numberOf(std::string_view field) {
    double value = 0;
    const auto* end = field.data() + field.size();
    const auto [ptr, ec] = std::from_chars(field.data(), end, value);
    if (field.empty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

// A class id 0–255 or a DeepPCB class name; nullopt when it is neither.
std::optional<int> classOf(std::string_view field) {
    if (const auto number = numberOf(field)) {
        if (*number >= 0 && *number <= kMaxClassId && std::floor(*number) == *number)
            return static_cast<int>(*number);
        return std::nullopt;
    }
    const auto& names = deepPcbClassNames();
    for (std::size_t id = 1; id < names.size(); ++id)
        if (field == names[id])
            return static_cast<int>(id);
    if (field == "copper")
        return 5;
    return std::nullopt;
}

Result<int> coordinateOf(std::string_view field, const char* name, const std::string& file,
                         std::int64_t line) {
    const auto value = numberOf(field);
    if (!value || !std::isfinite(*value))
        return Error::badInput(fmt::format("{} '{}' is not a number", name, field), file, line);
    if (*value < 0 || *value > kMaxBoxCoordinate)
        return Error::badInput(fmt::format("{} {} is outside 0–{} px", name, field, kMaxBoxCoordinate), file,
                               line);
    return static_cast<int>(std::lround(*value));
}

Result<ParsedBoxLine> parseLine(std::string_view text, const std::string& file, std::int64_t line) {
    const auto fields = fieldsOf(text);
    if (fields.size() != 5 && fields.size() != 6)
        return Error::badInput(fmt::format("expected 'x1 y1 x2 y2 type' or 'x1,y1,x2,y2,confidence,type', "
                                           "found {} fields",
                                           fields.size()),
                               file, line);
    ParsedBoxLine parsed;
    parsed.line = line;
    static constexpr const char* kNames[] = {"x1", "y1", "x2", "y2"};
    int corners[4] = {};
    for (int i = 0; i < 4; ++i) {
        auto value = coordinateOf(fields[static_cast<std::size_t>(i)], kNames[i], file, line);
        if (!value)
            return std::move(value).error();
        corners[i] = *value;
    }
    parsed.box.box = Box{corners[0], corners[1], corners[2], corners[3]};
    if (corners[2] < corners[0] || corners[3] < corners[1])
        return Error::badInput(fmt::format("the box {},{},{},{} has x2 < x1 or y2 < y1", corners[0],
                                           corners[1], corners[2], corners[3]),
                               file, line);
    if (fields.size() == 6) {
        const auto confidence = numberOf(fields[4]);
        if (!confidence || !std::isfinite(*confidence))
            return Error::badInput(fmt::format("confidence '{}' is not a finite number", fields[4]), file,
                                   line);
        parsed.confidence = *confidence;
    }
    const auto classId = classOf(fields.back());
    if (!classId)
        return Error::badInput(fmt::format("type '{}' is neither a class id 0–{} nor a DeepPCB class name",
                                           fields.back(), kMaxClassId),
                               file, line);
    parsed.box.classId = *classId;
    return parsed;
}

} // namespace

Result<std::vector<ParsedBoxLine>> parseBoxFile(const std::filesystem::path& path) {
    auto text = readFile(path);
    if (!text)
        return std::move(text).error();
    const std::string file = path.string();
    std::vector<ParsedBoxLine> lines;
    std::string_view rest(*text);
    std::int64_t number = 0;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        const auto line = trimmed(rest.substr(0, end));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        ++number;
        if (line.empty())
            continue;
        auto parsed = parseLine(line, file, number);
        if (!parsed)
            return std::move(parsed).error();
        lines.push_back(*parsed);
    }
    return lines;
}

} // namespace lupa::inspection::detail
