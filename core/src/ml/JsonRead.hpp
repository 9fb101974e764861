// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Strict readers of JSON fields for the ML part: unlike nlohmann's get<T>(), they refuse a float
// where an integer belongs, and they return BadInput errors "context: 'key' must be ..." instead of
// throwing.
namespace lupa::ml::detail {

/// Whether a field must be present; an absent optional field leaves the output untouched.
enum class Need { Required, Optional };

Result<void> requireObject(const nlohmann::json& json, std::string_view context);
Result<void> readInt(const nlohmann::json& object, std::string_view key, std::int64_t& out, Need need,
                     std::string_view context);
Result<void> readInt(const nlohmann::json& object, std::string_view key, int& out, Need need,
                     std::string_view context);
Result<void> readUnsigned(const nlohmann::json& object, std::string_view key, std::uint64_t& out, Need need,
                          std::string_view context);
Result<void> readDouble(const nlohmann::json& object, std::string_view key, double& out, Need need,
                        std::string_view context);
Result<void> readBool(const nlohmann::json& object, std::string_view key, bool& out, Need need,
                      std::string_view context);
Result<void> readString(const nlohmann::json& object, std::string_view key, std::string& out, Need need,
                        std::string_view context);
Result<void> readIntList(const nlohmann::json& object, std::string_view key, std::vector<std::int64_t>& out,
                         Need need, std::string_view context);
Result<void> readDoubleList(const nlohmann::json& object, std::string_view key, std::vector<double>& out,
                            Need need, std::string_view context);

} // namespace lupa::ml::detail
