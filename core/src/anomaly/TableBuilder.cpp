// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TableBuilder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace lupa::anomaly {
namespace {

// "a, b, c, ... (57 in all)": the first names of a list, for messages.
std::string nameList(const std::vector<std::string>& names) {
    constexpr std::size_t kShown = 8;
    std::string text;
    for (std::size_t i = 0; i < std::min(names.size(), kShown); ++i)
        text += fmt::format("{}{}", i == 0 ? "" : ", ", names[i]);
    if (names.size() > kShown)
        text += fmt::format(", ... ({} in all)", names.size());
    return text;
}

} // namespace

TableBuilder::TableBuilder(const std::filesystem::path& path, std::vector<std::string> columns,
                           const TableOptions& options, bool labels, bool weights)
    : m_policy(options.nonFinite)
    , m_maxRows(options.maxRows)
    , m_labels(labels)
    , m_weights(weights) {
    m_table.path = path;
    m_table.columns = std::move(columns);
}

std::optional<std::size_t> TableBuilder::add(std::span<float> values, int label) {
    const auto bad = std::find_if(values.begin(), values.end(), [](float v) { return !std::isfinite(v); });
    if (bad != values.end()) {
        switch (m_policy) {
        case NonFinitePolicy::Reject:
            return static_cast<std::size_t>(bad - values.begin());
        case NonFinitePolicy::Drop:
            ++m_table.droppedRows;
            return std::nullopt;
        case NonFinitePolicy::Mask:
            for (float& v : values)
                if (!std::isfinite(v)) {
                    v = 0.0F;
                    ++m_table.nonFiniteValues;
                }
            break;
        }
    }
    const std::size_t features = m_table.columns.size();
    m_values.insert(m_values.end(), values.begin(), values.begin() + static_cast<std::ptrdiff_t>(features));
    if (m_weights)
        m_table.weights.push_back(values[features]);
    if (m_labels)
        m_table.labels.push_back(label);
    ++m_rows;
    return std::nullopt;
}

FeatureTable TableBuilder::finish() && {
    m_table.features.shape = {static_cast<std::int64_t>(m_rows),
                              static_cast<std::int64_t>(m_table.columns.size())};
    m_table.features.values = std::move(m_values);
    return std::move(m_table);
}

std::uint64_t rowsToKeep(std::uint64_t available, const TableOptions& options) {
    return options.maxRows > 0 ? std::min(available, options.maxRows) : available;
}

Result<void> checkTableSize(std::uint64_t rows, std::uint64_t columns, const std::filesystem::path& path) {
    if (columns > kMaxTableColumns)
        return Error::badInput(fmt::format("{} columns are more than lupa reads (2^20 columns)", columns),
                               path.string());
    if (columns > 0 && rows > kMaxTableValues / columns)
        return Error::badInput(
            fmt::format("{} rows of {} values are more than lupa reads at once (2^31 values); "
                        "read fewer rows",
                        rows, columns),
            path.string());
    return success();
}

Result<std::vector<std::size_t>> selectColumns(const std::vector<std::string>& available,
                                               const std::vector<std::string>& wanted,
                                               const std::filesystem::path& path) {
    std::vector<std::size_t> indices;
    if (wanted.empty()) {
        for (std::size_t i = 0; i < available.size(); ++i)
            indices.push_back(i);
        return indices;
    }
    for (const auto& name : wanted) {
        const auto it = std::find(available.begin(), available.end(), name);
        if (it == available.end())
            return Error::badInput(
                fmt::format("no column named '{}' (columns: {})", name, nameList(available)), path.string());
        indices.push_back(static_cast<std::size_t>(it - available.begin()));
    }
    return indices;
}

std::uint64_t rowsPerBlock(std::uint64_t rowValues) {
    constexpr std::uint64_t kBlockValues = std::uint64_t{1} << 20;
    return std::max<std::uint64_t>(1, kBlockValues / std::max<std::uint64_t>(1, rowValues));
}

Error nonFiniteAtRow(const std::filesystem::path& path, std::uint64_t row, const std::string& column,
                     float value) {
    Error error = Error::badInput(fmt::format("column '{}' holds a non-finite value ({})", column, value),
                                  path.string(), static_cast<std::int64_t>(row));
    error.lineLabel = "row";
    return error;
}

} // namespace lupa::anomaly
