// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/JsonRead.hpp"

#include <fmt/format.h>

#include <limits>

namespace lupa::ml::detail {
namespace {

using nlohmann::json;

// The member `key` of `object`: nullptr when absent (error only when required).
Result<const json*> find(const json& object, std::string_view key, Need need, std::string_view context) {
    const auto it = object.find(key);
    if (it != object.end())
        return &*it;
    if (need == Need::Required)
        return Error::badInput(fmt::format("{}: missing '{}'", context, key));
    return static_cast<const json*>(nullptr);
}

Error mustBe(std::string_view key, std::string_view what, std::string_view context) {
    return Error::badInput(fmt::format("{}: '{}' must be {}", context, key, what));
}

// Reads `key` with `convert(value, out)` returning false when the value has the wrong type.
template <typename T, typename Convert>
Result<void> readWith(const json& object, std::string_view key, T& out, Need need, std::string_view context,
                      std::string_view what, Convert convert) {
    auto found = find(object, key, need, context);
    if (!found)
        return std::move(found).error();
    if (*found == nullptr)
        return success();
    if (!convert(**found, out))
        return mustBe(key, what, context);
    return success();
}

bool toInt64(const json& value, std::int64_t& out) {
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > std::numeric_limits<std::int64_t>::max())
        return false;
    if (!value.is_number_integer())
        return false;
    out = value.get<std::int64_t>();
    return true;
}

bool toDouble(const json& value, double& out) {
    if (!value.is_number())
        return false;
    out = value.get<double>();
    return true;
}

} // namespace

Result<void> requireObject(const json& value, std::string_view context) {
    if (!value.is_object())
        return Error::badInput(fmt::format("{}: expected a JSON object", context));
    return success();
}

Result<void> readInt(const json& object, std::string_view key, std::int64_t& out, Need need,
                     std::string_view context) {
    return readWith(object, key, out, need, context, "an integer", toInt64);
}

Result<void> readInt(const json& object, std::string_view key, int& out, Need need,
                     std::string_view context) {
    return readWith(object, key, out, need, context, "an integer", [](const json& value, int& result) {
        std::int64_t wide = 0;
        if (!toInt64(value, wide) || wide < std::numeric_limits<int>::min() ||
            wide > std::numeric_limits<int>::max())
            return false;
        result = static_cast<int>(wide);
        return true;
    });
}

Result<void> readUnsigned(const json& object, std::string_view key, std::uint64_t& out, Need need,
                          std::string_view context) {
    return readWith(object, key, out, need, context, "a non-negative integer",
                    [](const json& value, std::uint64_t& result) {
                        if (!value.is_number_unsigned())
                            return false;
                        result = value.get<std::uint64_t>();
                        return true;
                    });
}

Result<void> readDouble(const json& object, std::string_view key, double& out, Need need,
                        std::string_view context) {
    return readWith(object, key, out, need, context, "a number", toDouble);
}

Result<void> readBool(const json& object, std::string_view key, bool& out, Need need,
                      std::string_view context) {
    return readWith(object, key, out, need, context, "true or false", [](const json& value, bool& result) {
        if (!value.is_boolean())
            return false;
        result = value.get<bool>();
        return true;
    });
}

Result<void> readString(const json& object, std::string_view key, std::string& out, Need need,
                        std::string_view context) {
    return readWith(object, key, out, need, context, "a string", [](const json& value, std::string& result) {
        if (!value.is_string())
            return false;
        result = value.get<std::string>();
        return true;
    });
}

Result<void> readIntList(const json& object, std::string_view key, std::vector<std::int64_t>& out, Need need,
                         std::string_view context) {
    return readWith(object, key, out, need, context, "a list of integers",
                    [](const json& value, std::vector<std::int64_t>& result) {
                        if (!value.is_array())
                            return false;
                        std::vector<std::int64_t> list(value.size());
                        for (std::size_t i = 0; i < value.size(); ++i)
                            if (!toInt64(value[i], list[i]))
                                return false;
                        result = std::move(list);
                        return true;
                    });
}

Result<void> readDoubleList(const json& object, std::string_view key, std::vector<double>& out, Need need,
                            std::string_view context) {
    return readWith(object, key, out, need, context, "a list of numbers",
                    [](const json& value, std::vector<double>& result) {
                        if (!value.is_array())
                            return false;
                        std::vector<double> list(value.size());
                        for (std::size_t i = 0; i < value.size(); ++i)
                            if (!toDouble(value[i], list[i]))
                                return false;
                        result = std::move(list);
                        return true;
                    });
}

} // namespace lupa::ml::detail
