// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Hdf5File.hpp>
#include <lupa/core/calo/ShowerFile.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lupa::calo {
namespace {

constexpr const char* kEnergies = "incident_energies";
constexpr const char* kShowers = "showers";

Result<Shape> datasetShape(const Hdf5File& file, const char* name) {
    if (!file.hasDataset(name))
        return Error::badInput(fmt::format("not a CaloChallenge file: the dataset '{}' is missing", name),
                               file.path().string());
    return file.shape(name);
}

// (N, voxels) showers and (N, 1) or (N) incident energies with the same N.
Result<std::pair<std::uint64_t, std::uint64_t>> checkShapes(const Shape& showers, const Shape& energies,
                                                            const std::filesystem::path& path) {
    if (showers.size() != 2 || showers[1] == 0)
        return Error::badInput(
            fmt::format("'{}' must have shape (N, voxels), not rank {}", kShowers, showers.size()),
            path.string());
    const bool energiesOk = (energies.size() == 1) || (energies.size() == 2 && energies[1] == 1);
    if (!energiesOk)
        return Error::badInput(fmt::format("'{}' must have shape (N, 1)", kEnergies), path.string());
    if (energies[0] != showers[0])
        return Error::badInput(fmt::format("'{}' holds {} showers but '{}' {} incident energies", kShowers,
                                           showers[0], kEnergies, energies[0]),
                               path.string());
    return std::pair{showers[0], showers[1]};
}

} // namespace

struct ShowerReader::Impl {
    Hdf5File file;
    std::uint64_t showers = 0;
    std::size_t voxels = 0;
};

ShowerReader::ShowerReader(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
ShowerReader::ShowerReader(ShowerReader&&) noexcept = default;
ShowerReader& ShowerReader::operator=(ShowerReader&&) noexcept = default;
ShowerReader::~ShowerReader() = default;

Result<ShowerReader> ShowerReader::open(const std::filesystem::path& path) {
    auto file = Hdf5File::openForReading(path);
    if (!file)
        return std::move(file).error();
    auto showers = datasetShape(*file, kShowers);
    if (!showers)
        return std::move(showers).error();
    auto energies = datasetShape(*file, kEnergies);
    if (!energies)
        return std::move(energies).error();
    auto sizes = checkShapes(*showers, *energies, path);
    if (!sizes)
        return std::move(sizes).error();
    auto impl =
        std::make_unique<Impl>(Impl{std::move(*file), sizes->first, static_cast<std::size_t>(sizes->second)});
    return ShowerReader(std::move(impl));
}

std::uint64_t ShowerReader::showerCount() const {
    return m_impl->showers;
}

std::size_t ShowerReader::voxelCount() const {
    return m_impl->voxels;
}

const std::filesystem::path& ShowerReader::path() const {
    return m_impl->file.path();
}

Result<ShowerBlock> ShowerReader::read(std::uint64_t first, std::size_t count) const {
    ShowerBlock block;
    block.firstShower = first;
    block.voxels = m_impl->voxels;
    if (first >= m_impl->showers || count == 0)
        return block;
    count = static_cast<std::size_t>(std::min<std::uint64_t>(count, m_impl->showers - first));
    auto energies = m_impl->file.readRows<float>(kEnergies, first, count);
    if (!energies)
        return std::move(energies).error();
    auto showers = m_impl->file.readRows<float>(kShowers, first, count);
    if (!showers)
        return std::move(showers).error();
    block.incidentEnergies = std::move(energies->values);
    block.energies = std::move(showers->values);
    return block;
}

struct ShowerWriter::Impl {
    Hdf5File file;
    std::size_t voxels = 0;
    std::uint64_t showers = 0;
};

ShowerWriter::ShowerWriter(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
ShowerWriter::ShowerWriter(ShowerWriter&&) noexcept = default;
ShowerWriter& ShowerWriter::operator=(ShowerWriter&&) noexcept = default;
ShowerWriter::~ShowerWriter() = default;

Result<ShowerWriter> ShowerWriter::create(const std::filesystem::path& path, std::size_t voxels,
                                          int compression) {
    if (voxels == 0)
        return Error::usage("a shower file needs at least one voxel per shower");
    auto file = Hdf5File::create(path);
    if (!file)
        return std::move(file).error();
    LUPA_TRY(file->createRowDataset<float>(kEnergies, Shape{1}, compression));
    LUPA_TRY(file->createRowDataset<float>(kShowers, Shape{voxels}, compression));
    return ShowerWriter(std::make_unique<Impl>(Impl{std::move(*file), voxels, 0}));
}

Result<void> ShowerWriter::append(const ShowerBlock& block) {
    if (block.voxels != m_impl->voxels || block.energies.size() != block.showers() * block.voxels)
        return Error::usage(
            fmt::format("a block of {}-voxel showers cannot go into a file of {}-voxel showers", block.voxels,
                        m_impl->voxels));
    LUPA_TRY(m_impl->file.appendRows<float>(kEnergies, block.incidentEnergies));
    LUPA_TRY(m_impl->file.appendRows<float>(kShowers, block.energies));
    m_impl->showers += block.showers();
    return success();
}

std::uint64_t ShowerWriter::showerCount() const {
    return m_impl->showers;
}

Result<void> ShowerWriter::setAttribute(const std::string& name, const std::string& value) {
    return m_impl->file.writeAttribute(name, value);
}

Result<void> ShowerWriter::commit() {
    return m_impl->file.commit();
}

} // namespace lupa::calo
