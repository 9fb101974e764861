// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Json.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/phoenix/Event.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lupa::phoenix::detail {

/// Where in a Phoenix file an object is, for error messages.
struct Where {
    std::string_view source; ///< the file
    std::string event;       ///< event key
    std::string type;        ///< object type, e.g. "Tracks"
    std::string collection;  ///< collection name
    std::size_t index = 0;   ///< 0-based index of the object in its collection

    /// A BadInput error: "event 'e', Tracks 'c', object 3: <message>", record = index + 1.
    [[nodiscard]] Error error(std::string_view message) const;
};

/// A required finite number.
[[nodiscard]] Result<double> number(const Json& object, const char* key, const Where& where);
/// An optional finite number (absent or null gives nullopt).
[[nodiscard]] Result<std::optional<double>> optionalNumber(const Json& object, const char* key,
                                                           const Where& where);
/// An optional integer.
[[nodiscard]] Result<std::optional<int>> optionalInteger(const Json& object, const char* key,
                                                         const Where& where);
/// An optional string ("" when absent).
[[nodiscard]] Result<std::string> optionalString(const Json& object, const char* key, const Where& where);
/// An optional list of strings.
[[nodiscard]] Result<std::vector<std::string>> optionalStrings(const Json& object, const char* key,
                                                               const Where& where);
/// A list of `count` finite numbers (`what` names it in errors).
[[nodiscard]] Result<std::vector<double>> numbers(const Json& value, std::size_t count, std::string_view what,
                                                  const Where& where);
/// [x, y, z] as a point.
[[nodiscard]] Result<Point3> point(const Json& value, std::string_view what, const Where& where);

} // namespace lupa::phoenix::detail
