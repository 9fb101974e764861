// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace lupa::calo {

/// A block of consecutive showers, as read from or written to a CaloChallenge file.
struct ShowerBlock {
    std::uint64_t firstShower = 0;       ///< index of the first shower of the block in the file
    std::size_t voxels = 0;              ///< voxels per shower
    std::vector<float> incidentEnergies; ///< one per shower [MeV]
    std::vector<float> energies;         ///< showers x voxels, row-major [MeV]
    [[nodiscard]] std::size_t showers() const { return incidentEnergies.size(); }
    [[nodiscard]] std::span<const float> shower(std::size_t i) const {
        return {energies.data() + i * voxels, voxels};
    }
};

/// Reads a CaloChallenge HDF5 file (`incident_energies` (N, 1) and `showers` (N, voxels), MeV,
/// float32 or float64) in blocks of showers, so memory stays bounded whatever N is. Errors name the
/// file (and the dataset): missing datasets, N that differ between the two, a rank that is not 2.
class ShowerReader {
public:
    [[nodiscard]] static Result<ShowerReader> open(const std::filesystem::path& path);
    ShowerReader(ShowerReader&&) noexcept;
    ShowerReader& operator=(ShowerReader&&) noexcept;
    ~ShowerReader();

    [[nodiscard]] std::uint64_t showerCount() const;
    [[nodiscard]] std::size_t voxelCount() const;
    [[nodiscard]] const std::filesystem::path& path() const;
    /// Reads showers [first, first + count) (clipped at the end of the file).
    [[nodiscard]] Result<ShowerBlock> read(std::uint64_t first, std::size_t count) const;

private:
    struct Impl;
    explicit ShowerReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Writes a CaloChallenge HDF5 file (`incident_energies` (N, 1) and `showers` (N, voxels), float32,
/// MeV) block by block, so memory stays bounded whatever N is. The file appears only on commit(): a
/// writer destroyed before (an error, a cancelled job) leaves nothing behind.
class ShowerWriter {
public:
    /// @param compression deflate level 0 (none, fastest to read) to 9
    [[nodiscard]] static Result<ShowerWriter> create(const std::filesystem::path& path, std::size_t voxels,
                                                     int compression = 1);
    ShowerWriter(ShowerWriter&&) noexcept;
    ShowerWriter& operator=(ShowerWriter&&) noexcept;
    ~ShowerWriter();

    /// Appends the block's showers; a Usage error when its voxel count differs from the file's.
    Result<void> append(const ShowerBlock& block);
    /// Showers written so far.
    [[nodiscard]] std::uint64_t showerCount() const;
    /// Writes a string attribute on the file (e.g. what made it).
    Result<void> setAttribute(const std::string& name, const std::string& value);
    /// Closes the file and moves it into place.
    Result<void> commit();

private:
    struct Impl;
    explicit ShowerWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace lupa::calo
