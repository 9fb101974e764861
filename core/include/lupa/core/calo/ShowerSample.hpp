// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/calo/Binning.hpp>
#include <lupa/core/calo/Histogram.hpp>
#include <lupa/core/calo/ShowerFile.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lupa::calo {

/// The high-level features compared between samples, one kind per histogram family of the
/// CaloChallenge evaluation (plus sparsity and the radial moments, which lupa adds).
enum class FeatureKind {
    EtotOverEinc, ///< E_tot / E_inc
    LayerEnergy,  ///< energy per layer [MeV]
    CentreEta,    ///< centre of energy in "eta" per angular layer [mm]
    CentrePhi,    ///< centre of energy in "phi" per angular layer [mm]
    WidthEta,     ///< width in "eta" per angular layer [mm]
    WidthPhi,     ///< width in "phi" per angular layer [mm]
    Sparsity,     ///< fraction of empty voxels per layer
    CentreR,      ///< centre of energy in r per layer [mm]
    WidthR,       ///< width in r per layer [mm]
};

/// One column of a sample's feature table.
struct FeatureColumn {
    FeatureKind kind = FeatureKind::EtotOverEinc;
    int layerId = -1;  ///< the layer number of the binning file, -1 for whole-shower features
    std::string key;   ///< stable name used in metrics.json and file names: "Etot_Einc", "E_layer_3", ...
    std::string title; ///< axis title: "E_tot / E_inc", "E layer 3 [MeV]", ...
};

/// The feature columns of a binning, in a fixed order: E_tot/E_inc, then per kind and layer.
[[nodiscard]] std::vector<FeatureColumn> featureColumns(const Binning& binning);

/// Invalid values met while reading a sample (the reference evaluation would use them as they
/// are; lupa does the same and reports how many there were).
struct BadValueCounts {
    std::uint64_t nonFiniteVoxels = 0;     ///< NaN or infinite voxel energies
    std::uint64_t negativeVoxels = 0;      ///< voxel energies below zero
    std::uint64_t badIncidentEnergies = 0; ///< incident energies that are not finite and positive
    [[nodiscard]] bool any() const { return nonFiniteVoxels + negativeVoxels + badIncidentEnergies > 0; }
};

/// What validation keeps of one shower file: the feature table, the mean shower and the counts.
struct ShowerSample {
    std::filesystem::path path;
    std::uint64_t showers = 0;
    std::vector<FeatureColumn> columns;
    std::vector<std::vector<double>> values; ///< values[column][shower]
    std::vector<float> incidentEnergies;     ///< [MeV]
    std::vector<double> meanShower;          ///< mean energy per voxel [MeV]
    double maxVoxel = 0;                     ///< largest finite voxel energy [MeV]
    std::optional<Histogram> voxelEnergies;  ///< filled when readShowerSample got voxel edges
    BadValueCounts bad;
};

/// Reads every shower of `reader` in blocks of `blockShowers` and computes its features in
/// parallel; memory grows with the number of features, not voxels. With `voxelEdges`, also fills
/// the voxel energy histogram. A Usage error when the file's voxel count differs from the binning's.
[[nodiscard]] Result<ShowerSample> readShowerSample(const ShowerReader& reader, const Binning& binning,
                                                    ProgressSink& progress,
                                                    const std::vector<double>* voxelEdges = nullptr,
                                                    std::size_t blockShowers = 512);

/// Fills a histogram of every voxel energy of the file (a second pass, once the binning of the
/// histogram is known from the reference's largest voxel).
[[nodiscard]] Result<Histogram> readVoxelHistogram(const ShowerReader& reader, std::vector<double> edges,
                                                   ProgressSink& progress, std::size_t blockShowers = 512);

} // namespace lupa::calo
