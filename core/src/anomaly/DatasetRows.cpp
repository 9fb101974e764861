// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "DatasetRows.hpp"

#include "TableBuilder.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace lupa::anomaly {

Result<FeatureTable> readDatasetRows(const Hdf5File& file, const DatasetSelection& selection,
                                     const TableOptions& options, ProgressSink& progress) {
    LUPA_TRY(checkTableSize(rowsToKeep(selection.rows, options), selection.offsets.size(), file.path()));
    TableBuilder builder(file.path(), selection.names, options, false, false);
    std::vector<float> row(selection.offsets.size());
    const std::uint64_t block = rowsPerBlock(selection.rowValues);
    const auto wanted = static_cast<double>(std::max<std::uint64_t>(1, rowsToKeep(selection.rows, options)));
    for (std::uint64_t first = 0; first < selection.rows && !builder.full(); first += block) {
        if (progress.isCancelled())
            return Error::cancelled();
        auto values = file.readRows<float>(selection.dataset, first, block);
        if (!values)
            return std::move(values).error();
        const std::uint64_t rows = values->shape.empty() ? 0 : values->shape.front();
        for (std::uint64_t r = 0; r < rows && !builder.full(); ++r) {
            const float* source = values->values.data() + r * selection.rowValues;
            for (std::size_t c = 0; c < row.size(); ++c)
                row[c] = source[selection.offsets[c]];
            if (const auto bad = builder.add(row))
                return nonFiniteAtRow(file.path(), first + r, selection.names[*bad], row[*bad]);
        }
        progress.report(std::min(1.0, static_cast<double>(builder.rowCount()) / wanted), "reading events");
    }
    return std::move(builder).finish();
}

std::string shapeText(const Shape& shape) {
    return fmt::format("({})", fmt::join(shape, ", "));
}

} // namespace lupa::anomaly
