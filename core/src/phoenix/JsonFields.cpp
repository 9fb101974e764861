// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "phoenix/JsonFields.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>

namespace lupa::phoenix::detail {

Error Where::error(std::string_view message) const {
    return Error::badRecord(
        fmt::format("event '{}', {} '{}', object {}: {}", event, type, collection, index, message),
        std::string(source), static_cast<std::int64_t>(index) + 1);
}

Result<std::optional<double>> optionalNumber(const Json& object, const char* key, const Where& where) {
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
        return std::optional<double>{};
    if (!found->is_number())
        return where.error(fmt::format("'{}' must be a number", key));
    const double value = found->get<double>();
    if (!std::isfinite(value))
        return where.error(fmt::format("'{}' is not finite", key));
    return std::optional<double>(value);
}

Result<double> number(const Json& object, const char* key, const Where& where) {
    auto value = optionalNumber(object, key, where);
    if (!value)
        return std::move(value).error();
    if (!*value)
        return where.error(fmt::format("'{}' is missing", key));
    return **value;
}

Result<std::optional<int>> optionalInteger(const Json& object, const char* key, const Where& where) {
    auto value = optionalNumber(object, key, where);
    if (!value)
        return std::move(value).error();
    if (!*value)
        return std::optional<int>{};
    const double number = **value;
    if (number != std::floor(number) || std::abs(number) > std::numeric_limits<int>::max())
        return where.error(fmt::format("'{}' must be an integer", key));
    return std::optional<int>(static_cast<int>(number));
}

Result<std::string> optionalString(const Json& object, const char* key, const Where& where) {
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
        return std::string{};
    if (!found->is_string())
        return where.error(fmt::format("'{}' must be a string", key));
    return found->get<std::string>();
}

Result<std::vector<std::string>> optionalStrings(const Json& object, const char* key, const Where& where) {
    std::vector<std::string> strings;
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
        return strings;
    if (!found->is_array())
        return where.error(fmt::format("'{}' must be a list of strings", key));
    for (const auto& item : *found) {
        if (!item.is_string())
            return where.error(fmt::format("'{}' must be a list of strings", key));
        strings.push_back(item.get<std::string>());
    }
    return strings;
}

Result<std::vector<double>> numbers(const Json& value, std::size_t count, std::string_view what,
                                    const Where& where) {
    if (!value.is_array() || value.size() != count)
        return where.error(fmt::format("{} must be a list of {} numbers", what, count));
    std::vector<double> result;
    result.reserve(count);
    for (const auto& item : value) {
        if (!item.is_number() || !std::isfinite(item.get<double>()))
            return where.error(fmt::format("{} must be a list of {} finite numbers", what, count));
        result.push_back(item.get<double>());
    }
    return result;
}

Result<Point3> point(const Json& value, std::string_view what, const Where& where) {
    auto values = numbers(value, 3, what, where);
    if (!values)
        return std::move(values).error();
    return Point3{(*values)[0], (*values)[1], (*values)[2]};
}

} // namespace lupa::phoenix::detail
