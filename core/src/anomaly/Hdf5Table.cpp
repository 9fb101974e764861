// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "DatasetRows.hpp"
#include "TableBuilder.hpp"

#include <fmt/format.h>

namespace lupa::anomaly {

Result<FeatureTable> readHdf5Table(const std::filesystem::path& path, const TableOptions& options,
                                   ProgressSink& progress) {
    auto file = Hdf5File::openForReading(path);
    if (!file)
        return std::move(file).error();
    const auto datasets = fmt::format("{}", fmt::join(file->datasetNames(), ", "));
    if (options.dataset.empty())
        return Error::usage(
            fmt::format("{}: name the dataset to read (datasets: {})", path.string(), datasets));
    if (!file->hasDataset(options.dataset))
        return Error::badInput(fmt::format("no dataset '{}' (datasets: {})", options.dataset, datasets),
                               path.string());
    auto shape = file->shape(options.dataset);
    if (!shape)
        return std::move(shape).error();
    if (shape->size() != 2 || (*shape)[1] == 0)
        return Error::badInput(
            fmt::format("'{}' must have shape (rows, features), not {}", options.dataset, shapeText(*shape)),
            path.string());
    // Rows are read whole: refuse absurd widths before naming the columns.
    LUPA_TRY(checkTableSize(rowsToKeep((*shape)[0], options), (*shape)[1], path));
    std::vector<std::string> names;
    for (std::uint64_t c = 0; c < (*shape)[1]; ++c)
        names.push_back(fmt::format("f{}", c));
    auto selected = selectColumns(names, options.columns, path);
    if (!selected)
        return std::move(selected).error();
    DatasetSelection selection{options.dataset, (*shape)[0], (*shape)[1], {}, {}};
    for (const std::size_t column : *selected) {
        selection.offsets.push_back(column);
        selection.names.push_back(names[column]);
    }
    return readDatasetRows(*file, selection, options, progress);
}

} // namespace lupa::anomaly
