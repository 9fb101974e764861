// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/CsvReader.hpp>
#include <lupa/core/Result.hpp>

#include <cmath>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <type_traits>
#include <vector>

namespace lupa::trackml::detail {

/// A row of a CSV file whose columns were looked up by name: typed access by position in the list
/// of names given to forEachRow(); -1 marks an optional column the file lacks.
class Row {
public:
    Row(const CsvReader& reader, const std::vector<std::ptrdiff_t>& columns)
        : m_reader(reader)
        , m_columns(columns) {}

    /// Field `name` (its position in the names list) as T; errors name file, line and column.
    template <typename T>
    [[nodiscard]] Result<T> get(std::size_t name) const {
        return m_reader.get<T>(static_cast<std::size_t>(m_columns[name]));
    }
    /// Like get() but non-finite numbers are an error too.
    [[nodiscard]] Result<double> finite(std::size_t name) const {
        auto value = get<double>(name);
        if (value && !std::isfinite(*value))
            return m_reader.errorAtLine("the value of '" +
                                        m_reader.header()[static_cast<std::size_t>(m_columns[name])] +
                                        "' is not a finite number");
        return value;
    }
    /// True when the optional column `name` exists in the file.
    [[nodiscard]] bool has(std::size_t name) const { return m_columns[name] >= 0; }
    /// A BadInput error at this row's line.
    [[nodiscard]] Error error(std::string message) const { return m_reader.errorAtLine(std::move(message)); }

private:
    const CsvReader& m_reader;
    const std::vector<std::ptrdiff_t>& m_columns;
};

/// Reads field `name` of `row` into `out` (finite for doubles); for LUPA_TRY(field(row, 2, hit.x)).
template <typename T>
[[nodiscard]] Result<void> field(const Row& row, std::size_t name, T& out) {
    if constexpr (std::is_floating_point_v<T>) {
        auto value = row.finite(name);
        if (!value)
            return std::move(value).error();
        out = static_cast<T>(*value);
    } else {
        auto value = row.get<T>(name);
        if (!value)
            return std::move(value).error();
        out = *value;
    }
    return {};
}

/// Opens `path`, finds the `required` columns (BadInput naming the missing one) and the `optional` ones,
/// and calls `onRow` for every row; the first error stops the reading and is returned. Columns are
/// numbered in the Row as required first, then optional.
Result<void> forEachRow(const std::filesystem::path& path, const std::vector<std::string>& required,
                        const std::vector<std::string>& optional,
                        const std::function<Result<void>(const Row&)>& onRow);

} // namespace lupa::trackml::detail
