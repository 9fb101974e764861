// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string_view>

namespace lupa {

using Json = nlohmann::json;

/// Parses JSON text; a BadInput error names `sourceName` and the line where parsing failed.
[[nodiscard]] Result<Json> parseJson(std::string_view text, std::string_view sourceName);

/// Reads and parses a JSON file; errors name the file and the line.
[[nodiscard]] Result<Json> readJsonFile(const std::filesystem::path& path);

/// Writes JSON to a file atomically (pretty-printed with `indent` spaces, -1 for one line).
Result<void> writeJsonFile(const std::filesystem::path& path, const Json& value, int indent = 2);

/// Looks up `key` in a JSON object and converts it to T, or a BadInput error naming the source and the key.
template <typename T>
[[nodiscard]] Result<T> jsonValue(const Json& object, std::string_view key, std::string_view sourceName) {
    const auto it = object.is_object() ? object.find(key) : object.end();
    if (it == object.end())
        return Error::badInput("missing key '" + std::string(key) + "'", std::string(sourceName));
    try {
        return it->template get<T>();
    } catch (const nlohmann::json::exception& e) {
        return Error::badInput("key '" + std::string(key) + "' has the wrong type (" + e.what() + ")",
                               std::string(sourceName));
    }
}

} // namespace lupa
