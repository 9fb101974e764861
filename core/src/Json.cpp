// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/Json.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lupa {

Result<Json> parseJson(std::string_view text, std::string_view sourceName) {
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        // e.byte is 1-based; count the newlines before it to name the line.
        const auto end = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), '\n');
        std::string message = e.what();
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1, column 2:
        // ".
        if (const auto colon = message.find(": "); colon != std::string::npos)
            message = message.substr(colon + 2);
        return Error::badInput(fmt::format("invalid JSON: {}", message), std::string(sourceName), line);
    } catch (const Json::exception& e) {
        // Not a syntax error but still bad input, e.g. a number too large for a double
        // ("[json.exception.out_of_range.406] number overflow parsing '-1.5e1111'"); found by fuzzing.
        std::string message = e.what();
        if (const auto bracket = message.find("] "); bracket != std::string::npos)
            message = message.substr(bracket + 2);
        return Error::badInput(fmt::format("invalid JSON: {}", message), std::string(sourceName));
    }
}

Result<Json> readJsonFile(const std::filesystem::path& path) {
    auto text = readFile(path);
    if (!text)
        return std::move(text).error();
    return parseJson(*text, path.string());
}

Result<void> writeJsonFile(const std::filesystem::path& path, const Json& value, int indent) {
    std::string text = value.dump(indent, ' ', false, Json::error_handler_t::replace);
    text.push_back('\n');
    return writeFileAtomically(path, text);
}

} // namespace lupa
