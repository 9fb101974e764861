// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/anomaly/FeatureTable.hpp>

#include <optional>
#include <span>

namespace lupa::anomaly {

/// Collects the rows of a FeatureTable, applying the options' NonFinitePolicy and maxRows.
class TableBuilder {
public:
    /// @param weights rows carry a weight: the last value of each row given to add()
    TableBuilder(const std::filesystem::path& path, std::vector<std::string> columns,
                 const TableOptions& options, bool labels, bool weights);

    /// Adds one row: the feature values, then the weight when the table has weights. With
    /// NonFinitePolicy::Reject, returns the index of the first non-finite value (nothing added).
    [[nodiscard]] std::optional<std::size_t> add(std::span<float> values, int label = 0);
    /// True once the table holds options.maxRows rows.
    [[nodiscard]] bool full() const { return m_maxRows > 0 && m_rows >= m_maxRows; }
    [[nodiscard]] std::uint64_t rowCount() const { return m_rows; }
    /// Values per row add() expects.
    [[nodiscard]] std::size_t rowWidth() const { return m_table.columns.size() + (m_weights ? 1 : 0); }
    /// The finished table.
    [[nodiscard]] FeatureTable finish() &&;

private:
    FeatureTable m_table;
    std::vector<float> m_values;
    NonFinitePolicy m_policy;
    std::uint64_t m_maxRows;
    std::uint64_t m_rows = 0;
    bool m_labels;
    bool m_weights;
};

/// Most values a table may hold (rows x columns): larger declared sizes are refused before allocating.
inline constexpr std::uint64_t kMaxTableValues = std::uint64_t{1} << 31;
/// Most columns a table may have: every column gets a name, so a declared width is refused above this.
inline constexpr std::uint64_t kMaxTableColumns = std::uint64_t{1} << 20;

/// The rows a reader will keep at most: `available`, or options.maxRows when fewer.
[[nodiscard]] std::uint64_t rowsToKeep(std::uint64_t available, const TableOptions& options);

/// A BadInput error naming the file when rows x columns exceeds kMaxTableValues or columns kMaxTableColumns.
[[nodiscard]] Result<void> checkTableSize(std::uint64_t rows, std::uint64_t columns,
                                          const std::filesystem::path& path);

/// Indices of the `wanted` names among `available` (all of them when `wanted` is empty); a BadInput
/// error naming the file and the first unknown name.
[[nodiscard]] Result<std::vector<std::size_t>> selectColumns(const std::vector<std::string>& available,
                                                             const std::vector<std::string>& wanted,
                                                             const std::filesystem::path& path);

/// Rows per block when reading `rowValues` values per row (about a million values per block).
[[nodiscard]] std::uint64_t rowsPerBlock(std::uint64_t rowValues);

/// The Reject error for a non-finite value at a 0-based row of a dataset, naming file, row and column.
[[nodiscard]] Error nonFiniteAtRow(const std::filesystem::path& path, std::uint64_t row,
                                   const std::string& column, float value);

} // namespace lupa::anomaly
