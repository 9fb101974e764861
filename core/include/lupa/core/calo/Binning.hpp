// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace lupa::calo {

/// The four geometries of the Fast Calorimeter Simulation Challenge 2022 ("CaloChallenge").
enum class Dataset {
    OnePhotons, ///< dataset 1, photons: 5 relevant layers, 368 voxels
    OnePions,   ///< dataset 1, charged pions: 7 relevant layers, 533 voxels
    Two,        ///< dataset 2, electrons: 45 layers x 9 radial x 16 angular bins, 6480 voxels
    Three,      ///< dataset 3, electrons: 45 layers x 18 radial x 50 angular bins, 40500 voxels
};

/// "1-photons", "1-pions", "2", "3" (the names lupa-cli uses).
[[nodiscard]] std::string datasetName(Dataset dataset);
/// The inverse of datasetName(); a Usage error naming the accepted names otherwise.
[[nodiscard]] Result<Dataset> parseDatasetName(std::string_view name);

/// One layer as a binning file describes it.
struct LayerSpec {
    int id = 0;                      ///< layer number in the file (0-based, in file order)
    std::vector<double> radialEdges; ///< bin edges in r [mm], ascending; one edge = no voxels in this layer
    int angularBins = 1;             ///< bins in alpha over [-pi, pi), >= 1
};

/// A layer of a Binning with its place in the flattened voxel array.
struct Layer {
    int id = 0;
    std::vector<double> radialEdges; ///< [mm]
    int radialBins = 0;              ///< radialEdges.size() - 1
    int angularBins = 1;
    std::size_t firstVoxel = 0; ///< index of this layer's first voxel in a shower
    std::size_t voxelCount = 0; ///< radialBins * angularBins (0 for layers without voxels)
};

/// The voxel geometry of a CaloChallenge dataset: layers, each with radial and angular bins.
///
/// Voxel order follows the challenge's reference code (XMLHandler.py): layer by layer; inside a layer
/// the angular bin is the slow index and the radial bin the fast one:
/// `index = layer.firstVoxel + alphaBin * layer.radialBins + rBin`.
/// Voxel centres use the reference's convention: r = middle of the radial bin, alpha = middle of the
/// angular bin over [-pi, pi) (0 for a layer with one angular bin), "eta" = r cos(alpha) and
/// "phi" = r sin(alpha) [mm] (the reference calls these eta and phi although they are lengths).
class Binning {
public:
    /// Builds a binning from layer specs; a BadInput error when a layer has descending or non-finite
    /// edges or fewer than one angular bin.
    [[nodiscard]] static Result<Binning> make(std::vector<LayerSpec> layers, int pdgId, std::string particle);
    /// Reads a CaloChallenge binning XML file (<Bins><Bin pid name><Layer id r_edges n_bin_alpha/>...).
    /// BadInput errors name the file and the line.
    [[nodiscard]] static Result<Binning> fromXmlFile(const std::filesystem::path& path);
    /// Parses binning XML text; `sourceName` names it in errors.
    [[nodiscard]] static Result<Binning> fromXmlText(std::string_view text, std::string_view sourceName);
    /// The built-in geometry of a challenge dataset (no file needed), identical to its binning file.
    [[nodiscard]] static Binning builtin(Dataset dataset);
    /// The built-in dataset whose voxel count is `voxels`, when exactly one matches.
    [[nodiscard]] static Result<Dataset> datasetForVoxelCount(std::size_t voxels);

    [[nodiscard]] int pdgId() const { return m_pdgId; }                      ///< 22, 211, 11
    [[nodiscard]] const std::string& particle() const { return m_particle; } ///< "photon", "pion", ...
    /// Every layer of the file, including layers without voxels.
    [[nodiscard]] const std::vector<Layer>& layers() const { return m_layers; }
    /// Indices into layers() of the layers with voxels (the reference's "relevant layers").
    [[nodiscard]] const std::vector<int>& relevantLayers() const { return m_relevantLayers; }
    /// Indices into layers() of the layers with voxels and more than one angular bin.
    [[nodiscard]] const std::vector<int>& layersWithAngularBinning() const { return m_angularLayers; }
    /// Voxels per shower.
    [[nodiscard]] std::size_t voxelCount() const { return m_voxelR.size(); }

    /// Per-voxel centre coordinates (size voxelCount()), see the class comment.
    [[nodiscard]] const std::vector<double>& voxelR() const { return m_voxelR; }         ///< [mm]
    [[nodiscard]] const std::vector<double>& voxelAlpha() const { return m_voxelAlpha; } ///< [rad]
    [[nodiscard]] const std::vector<double>& voxelEta() const { return m_voxelEta; } ///< r cos(alpha) [mm]
    [[nodiscard]] const std::vector<double>& voxelPhi() const { return m_voxelPhi; } ///< r sin(alpha) [mm]
    /// The layer index (into layers()) of each voxel.
    [[nodiscard]] const std::vector<int>& voxelLayer() const { return m_voxelLayer; }

private:
    int m_pdgId = 0;
    std::string m_particle;
    std::vector<Layer> m_layers;
    std::vector<int> m_relevantLayers;
    std::vector<int> m_angularLayers;
    std::vector<double> m_voxelR, m_voxelAlpha, m_voxelEta, m_voxelPhi;
    std::vector<int> m_voxelLayer;
};

} // namespace lupa::calo
