// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/ml/Tensor.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace lupa::anomaly {

/// Objects per event in the ADC2021 layout: MET, 4 electrons, 4 muons, 10 jets.
inline constexpr int kAdcObjects = 19;
/// Values per object in the file: pT [GeV], eta, phi [rad], class.
inline constexpr int kAdcValuesPerObject = 4;
/// Features per event once flattened: (pT, eta, phi) of each of the 19 objects.
inline constexpr int kAdcFeatures = kAdcObjects * 3;
/// The name of the ADC2021 dataset: float (N, 19, 4).
inline constexpr const char* kAdcDataset = "Particles";

/// What a reader does with NaN or infinite values.
enum class NonFinitePolicy {
    Reject, ///< the read fails with a BadInput error naming the file, row and column of the first one
    Mask,   ///< the value becomes 0 (a padded entry); counted in FeatureTable::nonFiniteValues
    Drop,   ///< the whole row (event) is left out; counted in FeatureTable::droppedRows
};

/// How to read a feature table.
struct TableOptions {
    /// Columns to use as features, by name (CSV header, or the ADC2021 names "MET_pt", "e1_eta",
    /// ...); empty = every column except the label and weight columns.
    std::vector<std::string> columns;
    std::string labelColumn;  ///< CSV: column of integer labels (0 = background, >0 = signal); empty = none
    std::string weightColumn; ///< CSV: column of event weights; empty = all weights 1
    std::string dataset;      ///< HDF5 that is not ADC2021: the 2D dataset (N, features) to read
    NonFinitePolicy nonFinite = NonFinitePolicy::Reject;
    std::uint64_t maxRows = 0; ///< read at most this many rows (events); 0 = all
};

/// A table of events: one row per event, one column per feature, plus optional labels and weights.
struct FeatureTable {
    std::filesystem::path path;        ///< the file read
    std::vector<std::string> columns;  ///< feature names, one per column of `features`
    ml::Tensor features;               ///< shape {rows, columns.size()}, in the file's units
    std::vector<int> labels;           ///< one per row when a label column was read; else empty
    std::vector<float> weights;        ///< one per row when a weight column was read; else empty
    std::uint64_t nonFiniteValues = 0; ///< values masked to 0 (NonFinitePolicy::Mask)
    std::uint64_t droppedRows = 0;     ///< rows left out (NonFinitePolicy::Drop)
    bool adcLayout = false;            ///< read from an ADC2021 `Particles` dataset

    [[nodiscard]] std::int64_t rowCount() const { return features.rowCount(); }
};

/// The 57 ADC2021 feature names in flattening order: for each object (MET, e1..e4, mu1..mu4,
/// j1..j10) its "_pt", "_eta", "_phi", e.g. "MET_pt", "MET_eta", "MET_phi", "e1_pt", ...
[[nodiscard]] const std::vector<std::string>& adcFeatureNames();

/// Reads an ADC2021-layout HDF5 file: dataset `Particles` of shape (N, 19, 4), flattened to 57
/// features (the class value is dropped). Reads in blocks (bounded memory besides the result).
/// A BadInput error naming the file when the dataset is missing or has another shape, or
/// declares more rows than could fit in memory (> 2^31 values), before allocating.
[[nodiscard]] Result<FeatureTable> readAdcEvents(const std::filesystem::path& path,
                                                 const TableOptions& options = {},
                                                 ProgressSink& progress = NullProgress::instance());

/// Reads a CSV table (plain or gzip, with a header): the feature columns of `options` as floats,
/// the label and weight columns when named. Errors name the file, line and column: a missing
/// column, a field that is not a number, a label that is not an integer >= 0.
[[nodiscard]] Result<FeatureTable> readCsvTable(const std::filesystem::path& path,
                                                const TableOptions& options = {},
                                                ProgressSink& progress = NullProgress::instance());

/// Reads a 2D HDF5 dataset (options.dataset) as a feature table with columns "f0", "f1", ...
[[nodiscard]] Result<FeatureTable> readHdf5Table(const std::filesystem::path& path,
                                                 const TableOptions& options = {},
                                                 ProgressSink& progress = NullProgress::instance());

/// Any of the above, chosen by content: HDF5 with `Particles` -> readAdcEvents, other HDF5 ->
/// readHdf5Table (needs options.dataset, else a Usage error listing the datasets), else CSV.
[[nodiscard]] Result<FeatureTable> readFeatureTable(const std::filesystem::path& path,
                                                    const TableOptions& options = {},
                                                    ProgressSink& progress = NullProgress::instance());

} // namespace lupa::anomaly
