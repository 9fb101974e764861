// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "DatasetRows.hpp"
#include "TableBuilder.hpp"

#include <fmt/format.h>

namespace lupa::anomaly {
namespace {

// The number of events of a valid `Particles` dataset (N, 19, 4).
Result<std::uint64_t> adcEventCount(const Hdf5File& file) {
    if (!file.hasDataset(kAdcDataset))
        return Error::badInput(fmt::format("not an ADC2021 file: the dataset '{}' is missing", kAdcDataset),
                               file.path().string());
    auto shape = file.shape(kAdcDataset);
    if (!shape)
        return std::move(shape).error();
    const Shape& s = *shape;
    if (s.size() != 3 || s[1] != kAdcObjects || s[2] != kAdcValuesPerObject)
        return Error::badInput(fmt::format("'{}' must have shape (N, {}, {}), not {}", kAdcDataset,
                                           kAdcObjects, kAdcValuesPerObject, shapeText(s)),
                               file.path().string());
    return s[0];
}

} // namespace

const std::vector<std::string>& adcFeatureNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> objects{"MET"};
        for (const auto& [prefix, count] : {std::pair{"e", 4}, std::pair{"mu", 4}, std::pair{"j", 10}})
            for (int i = 1; i <= count; ++i)
                objects.push_back(fmt::format("{}{}", prefix, i));
        std::vector<std::string> result;
        for (const auto& object : objects)
            for (const char* suffix : {"_pt", "_eta", "_phi"})
                result.push_back(object + suffix);
        return result;
    }();
    return names;
}

Result<FeatureTable> readAdcEvents(const std::filesystem::path& path, const TableOptions& options,
                                   ProgressSink& progress) {
    auto file = Hdf5File::openForReading(path);
    if (!file)
        return std::move(file).error();
    auto events = adcEventCount(*file);
    if (!events)
        return std::move(events).error();
    auto selected = selectColumns(adcFeatureNames(), options.columns, path);
    if (!selected)
        return std::move(selected).error();
    DatasetSelection selection{kAdcDataset, *events, kAdcObjects * kAdcValuesPerObject, {}, {}};
    for (const std::size_t feature : *selected) {
        selection.offsets.push_back(feature / 3 * kAdcValuesPerObject + feature % 3); // the class is skipped
        selection.names.push_back(adcFeatureNames()[feature]);
    }
    auto table = readDatasetRows(*file, selection, options, progress);
    if (table)
        table->adcLayout = true;
    return table;
}

} // namespace lupa::anomaly
