// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace lupa {

/// Shape of an n-dimensional dataset, slowest dimension first (rows first).
using Shape = std::vector<std::uint64_t>;

/// Values of a dataset together with its shape.
template <typename T>
struct Hdf5Array {
    Shape shape;
    std::vector<T> values; ///< row-major
};

/// An HDF5 file, opened for reading or created for writing, with typed reads and writes of datasets.
/// HDF5 converts between numeric types: a float64 dataset can be read as float. Reads of large
/// datasets go in row blocks (readRows) so memory stays bounded. A file created for writing lives
/// under a temporary name until commit(): a job that fails leaves nothing behind.
/// Supported element types: float, double, std::int32_t, std::int64_t, std::uint8_t.
class Hdf5File {
public:
    ~Hdf5File();
    Hdf5File(Hdf5File&&) noexcept;
    Hdf5File& operator=(Hdf5File&&) noexcept;

    /// Opens an existing file read-only; Io error when missing, BadInput when it is not HDF5.
    [[nodiscard]] static Result<Hdf5File> openForReading(const std::filesystem::path& path);
    /// Creates a new file (under a temporary name until commit()).
    [[nodiscard]] static Result<Hdf5File> create(const std::filesystem::path& path);

    [[nodiscard]] const std::filesystem::path& path() const;
    /// True when a dataset of this name (a path like "group/data" is allowed) exists.
    [[nodiscard]] bool hasDataset(const std::string& name) const;
    /// Names of the datasets at the top level.
    [[nodiscard]] std::vector<std::string> datasetNames() const;
    /// Shape of a dataset, or a BadInput error naming file and dataset.
    [[nodiscard]] Result<Shape> shape(const std::string& name) const;

    /// Reads a whole dataset converted to T.
    template <typename T>
    [[nodiscard]] Result<Hdf5Array<T>> read(const std::string& name) const;
    /// Reads rows [firstRow, firstRow + rowCount) along the first dimension; rowCount is clipped at the end.
    template <typename T>
    [[nodiscard]] Result<Hdf5Array<T>> readRows(const std::string& name, std::uint64_t firstRow,
                                                std::uint64_t rowCount) const;

    /// Writes a dataset of the given shape, chunked along the first dimension and deflate-compressed.
    /// @param compression deflate level 0 (none) to 9
    template <typename T>
    Result<void> write(const std::string& name, const Shape& shape, std::span<const T> values,
                       int compression = 4);

    /// Creates an empty dataset that grows by rows (appendRows()): shape (0, rowShape...), unlimited
    /// along the first dimension, chunked in whole rows and deflate-compressed.
    /// @param rowShape shape of one row (e.g. {voxels}); empty for a one-dimensional dataset
    /// @param compression deflate level 0 (none) to 9
    template <typename T>
    Result<void> createRowDataset(const std::string& name, const Shape& rowShape, int compression = 4);
    /// Appends rows to a dataset made by createRowDataset(); `values` holds whole rows, row-major.
    template <typename T>
    Result<void> appendRows(const std::string& name, std::span<const T> values);

    /// Writes a string attribute on the file's root group.
    Result<void> writeAttribute(const std::string& name, const std::string& value);
    /// Reads a string attribute of the root group; BadInput when missing.
    [[nodiscard]] Result<std::string> readAttribute(const std::string& name) const;

    /// Closes a created file and moves it into place; for files opened for reading it just closes.
    Result<void> commit();

private:
    struct Impl;
    explicit Hdf5File(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

#define LUPA_HDF5_EXTERN(T)                                                                                  \
    extern template Result<Hdf5Array<T>> Hdf5File::read<T>(const std::string&) const;                        \
    extern template Result<Hdf5Array<T>> Hdf5File::readRows<T>(const std::string&, std::uint64_t,            \
                                                               std::uint64_t) const;                         \
    extern template Result<void> Hdf5File::write<T>(const std::string&, const Shape&, std::span<const T>,    \
                                                    int);                                                    \
    extern template Result<void> Hdf5File::createRowDataset<T>(const std::string&, const Shape&, int);       \
    extern template Result<void> Hdf5File::appendRows<T>(const std::string&, std::span<const T>);
LUPA_HDF5_EXTERN(float)
LUPA_HDF5_EXTERN(double)
LUPA_HDF5_EXTERN(std::int32_t)
LUPA_HDF5_EXTERN(std::int64_t)
LUPA_HDF5_EXTERN(std::uint8_t)
#undef LUPA_HDF5_EXTERN

} // namespace lupa
