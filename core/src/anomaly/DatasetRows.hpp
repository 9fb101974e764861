// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Hdf5File.hpp>
#include <lupa/core/anomaly/FeatureTable.hpp>

namespace lupa::anomaly {

/// What to take from each row of an HDF5 dataset whose rows hold `rowValues` values.
struct DatasetSelection {
    std::string dataset;
    std::uint64_t rows = 0;           ///< rows of the dataset
    std::uint64_t rowValues = 0;      ///< values per row in the file
    std::vector<std::size_t> offsets; ///< offset within a row of each feature
    std::vector<std::string> names;   ///< name of each feature
};

/// Reads the selected values of a dataset row block by row block into a table (no labels, no
/// weights), applying the options' NonFinitePolicy and maxRows; cancellable between blocks.
[[nodiscard]] Result<FeatureTable> readDatasetRows(const Hdf5File& file, const DatasetSelection& selection,
                                                   const TableOptions& options, ProgressSink& progress);

/// "(5, 19, 3)": a dataset shape for messages.
[[nodiscard]] std::string shapeText(const Shape& shape);

} // namespace lupa::anomaly
