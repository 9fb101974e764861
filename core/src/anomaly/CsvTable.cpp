// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TableBuilder.hpp"

#include <lupa/core/CsvReader.hpp>

#include <climits>
#include <fmt/format.h>

#include <cmath>
#include <optional>

namespace lupa::anomaly {
namespace {

constexpr std::uint64_t kRowsBetweenChecks = 16384;

// The CSV columns a table reads: features, then optionally the label and the weight.
struct CsvColumns {
    std::vector<std::string> names;
    std::vector<std::size_t> features;
    std::optional<std::size_t> label;
    std::optional<std::size_t> weight;
};

Result<CsvColumns> csvColumns(const CsvReader& reader, const TableOptions& options) {
    CsvColumns columns;
    columns.names = options.columns;
    if (columns.names.empty())
        for (const auto& name : reader.header())
            if (name != options.labelColumn && name != options.weightColumn)
                columns.names.push_back(name);
    if (columns.names.empty())
        return Error::badInput("the table has no feature columns", reader.path().string(), 1);
    auto features = reader.columnIndices(columns.names);
    if (!features)
        return std::move(features).error();
    columns.features = std::move(*features);
    for (auto [name, index] : {std::pair{&options.labelColumn, &columns.label},
                               std::pair{&options.weightColumn, &columns.weight}}) {
        if (name->empty())
            continue;
        auto found = reader.columnIndex(*name);
        if (!found)
            return std::move(found).error();
        *index = *found;
    }
    return columns;
}

Result<int> parseLabel(const CsvReader& reader, std::size_t index, const std::string& name) {
    const auto value = reader.get<double>(index);
    if (!value || !(*value >= 0) || *value > INT_MAX || *value != std::floor(*value))
        return reader.errorAtLine(
            fmt::format("column '{}': '{}' is not a label (an integer >= 0)", name, reader.field(index)));
    return static_cast<int>(*value);
}

// Reads the current row's values into `row` (features, then the weight).
Result<void> readValues(const CsvReader& reader, const CsvColumns& columns, std::vector<float>& row) {
    for (std::size_t c = 0; c < columns.features.size(); ++c) {
        auto value = reader.get<float>(columns.features[c]);
        if (!value)
            return std::move(value).error();
        row[c] = *value;
    }
    if (columns.weight) {
        auto weight = reader.get<float>(*columns.weight);
        if (!weight)
            return std::move(weight).error();
        row.back() = *weight;
    }
    return success();
}

} // namespace

Result<FeatureTable> readCsvTable(const std::filesystem::path& path, const TableOptions& options,
                                  ProgressSink& progress) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::move(reader).error();
    auto columns = csvColumns(*reader, options);
    if (!columns)
        return std::move(columns).error();
    TableBuilder builder(path, columns->names, options, columns->label.has_value(),
                         columns->weight.has_value());
    std::vector<float> row(builder.rowWidth());
    for (std::uint64_t read = 0; !builder.full(); ++read) {
        if (read % kRowsBetweenChecks == 0) {
            if (progress.isCancelled())
                return Error::cancelled();
            if (options.maxRows > 0) // otherwise the number of rows is unknown until the end
                progress.report(static_cast<double>(builder.rowCount()) /
                                    static_cast<double>(options.maxRows),
                                "reading table");
        }
        auto more = reader->next();
        if (!more)
            return std::move(more).error();
        if (!*more)
            break;
        LUPA_TRY(readValues(*reader, *columns, row));
        int label = 0;
        if (columns->label) {
            auto parsed = parseLabel(*reader, *columns->label, options.labelColumn);
            if (!parsed)
                return std::move(parsed).error();
            label = *parsed;
        }
        if (const auto bad = builder.add(row, label)) {
            const auto& name = *bad < columns->names.size() ? columns->names[*bad] : options.weightColumn;
            return reader->errorAtLine(
                fmt::format("column '{}' holds a non-finite value ({})", name, row[*bad]));
        }
    }
    progress.report(1.0, "reading table");
    return std::move(builder).finish();
}

} // namespace lupa::anomaly
