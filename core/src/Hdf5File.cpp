// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/Hdf5File.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <hdf5.h>

#include <algorithm>
#include <limits>
#include <mutex>
#include <numeric>

namespace lupa {
namespace {

// Owns one HDF5 identifier and closes it with the matching function.
class Handle {
public:
    using Closer = herr_t (*)(hid_t);
    Handle() = default;
    Handle(hid_t id, Closer closer)
        : m_id(id)
        , m_closer(closer) {}
    ~Handle() { reset(); }
    Handle(Handle&& other) noexcept
        : m_id(std::exchange(other.m_id, H5I_INVALID_HID))
        , m_closer(other.m_closer) {}
    Handle& operator=(Handle&& other) noexcept {
        if (this != &other) {
            reset();
            m_id = std::exchange(other.m_id, H5I_INVALID_HID);
            m_closer = other.m_closer;
        }
        return *this;
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;

    [[nodiscard]] hid_t get() const { return m_id; }
    [[nodiscard]] bool valid() const { return m_id >= 0; }
    herr_t reset() {
        herr_t status = 0;
        if (m_id >= 0 && m_closer)
            status = m_closer(m_id);
        m_id = H5I_INVALID_HID;
        return status;
    }

private:
    hid_t m_id = H5I_INVALID_HID;
    Closer m_closer = nullptr;
};

// HDF5's default error printing goes to stderr; lupa reports errors itself.
void silenceHdf5() {
    static std::once_flag once;
    std::call_once(once, [] { H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); });
}

template <typename T>
hid_t memoryType() {
    if constexpr (std::is_same_v<T, float>)
        return H5T_NATIVE_FLOAT;
    else if constexpr (std::is_same_v<T, double>)
        return H5T_NATIVE_DOUBLE;
    else if constexpr (std::is_same_v<T, std::int32_t>)
        return H5T_NATIVE_INT32;
    else if constexpr (std::is_same_v<T, std::int64_t>)
        return H5T_NATIVE_INT64;
    else
        return H5T_NATIVE_UINT8;
}

std::uint64_t elementCount(const Shape& shape) {
    return std::accumulate(shape.begin(), shape.end(), std::uint64_t{1}, std::multiplies<>());
}

// Rows per chunk so that a chunk holds about 1 MiB (whole rows, so that row-block reads decompress
// little extra).
hsize_t rowsPerChunk(std::uint64_t rowBytes, hsize_t rows) {
    return std::clamp<hsize_t>((1u << 20) / std::max<std::uint64_t>(1, rowBytes), 1,
                               std::max<hsize_t>(rows, 1));
}

// Dataset-creation properties: chunks of `chunk`, deflate at `compression` (0 = none).
Handle chunkedProperties(const std::vector<hsize_t>& chunk, int compression) {
    Handle properties(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
    H5Pset_chunk(properties.get(), static_cast<int>(chunk.size()), chunk.data());
    if (compression > 0)
        H5Pset_deflate(properties.get(), static_cast<unsigned>(std::clamp(compression, 0, 9)));
    return properties;
}

/// deflate (the filter HDF5 files use) cannot compress by more than 1032:1; a dataset whose declared
/// size exceeds its stored bytes by more than this is not data but a declaration.
constexpr std::uint64_t kMaxCompressionRatio = 1100;
/// Datasets up to this size may be unwritten (read as their fill value) without raising suspicion.
constexpr std::uint64_t kUnstoredBytesAllowed = std::uint64_t{16} << 20;

} // namespace

struct Hdf5File::Impl {
    std::filesystem::path path;
    std::filesystem::path temporary; // non-empty for files being created
    Handle file;

    Error error(const std::string& message) const { return Error::badInput(message, path.string()); }

    Result<Handle> openDataset(const std::string& name) const {
        if (!file.valid())
            return Error::runtime(fmt::format("'{}' is closed", path.string()));
        if (H5Lexists(file.get(), name.c_str(), H5P_DEFAULT) <= 0)
            return error(fmt::format("no dataset named '{}'", name));
        Handle dataset(H5Dopen2(file.get(), name.c_str(), H5P_DEFAULT), H5Dclose);
        if (!dataset.valid())
            return error(fmt::format("'{}' is not a readable dataset", name));
        return dataset;
    }

    Result<Handle> createDataset(const std::string& name, hid_t type, hid_t space, hid_t properties) const {
        Handle dataset(
            H5Dcreate2(file.get(), name.c_str(), type, space, H5P_DEFAULT, properties, H5P_DEFAULT),
            H5Dclose);
        if (!dataset.valid())
            return Error::io(fmt::format("cannot create dataset '{}'", name), path.string());
        return dataset;
    }

    /// The dataset's shape, refused when it declares far more data than the file stores for it: a
    /// file of a few kB must not make a reader allocate gigabytes (docs/reliability.md, "Resource limits").
    Result<Shape> plausibleShapeOf(hid_t dataset, const std::string& name) const {
        Handle space(H5Dget_space(dataset), H5Sclose);
        Shape shape = shapeOf(space.get());
        if (!temporary.empty())
            return shape; // a file lupa is writing: its own data
        Handle type(H5Dget_type(dataset), H5Tclose);
        std::uint64_t declared = type.valid() ? H5Tget_size(type.get()) : 1;
        for (const std::uint64_t extent : shape) {
            if (extent != 0 && declared > std::numeric_limits<std::uint64_t>::max() / extent)
                return error(fmt::format("dataset '{}' declares a shape ({}) too large to address", name,
                                         fmt::join(shape, ", ")));
            declared *= extent;
        }
        const std::uint64_t stored = H5Dget_storage_size(dataset);
        if (declared > kUnstoredBytesAllowed && declared / kMaxCompressionRatio > stored)
            return error(
                fmt::format("dataset '{}' declares shape ({}), {} bytes, but the file stores only {} "
                            "bytes for it; refused before allocating (damaged or unfinished file?)",
                            name, fmt::join(shape, ", "), declared, stored));
        return shape;
    }

    static Shape shapeOf(hid_t space) {
        const int rank = H5Sget_simple_extent_ndims(space);
        Shape shape(static_cast<std::size_t>(std::max(rank, 0)));
        if (rank > 0) {
            std::vector<hsize_t> dims(shape.size());
            H5Sget_simple_extent_dims(space, dims.data(), nullptr);
            std::copy(dims.begin(), dims.end(), shape.begin());
        }
        return shape;
    }
};

Hdf5File::Hdf5File(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
Hdf5File::Hdf5File(Hdf5File&&) noexcept = default;
Hdf5File& Hdf5File::operator=(Hdf5File&&) noexcept = default;

Hdf5File::~Hdf5File() {
    if (m_impl && !m_impl->temporary.empty()) {
        m_impl->file.reset();
        std::error_code ignored;
        std::filesystem::remove(m_impl->temporary, ignored);
    }
}

Result<Hdf5File> Hdf5File::openForReading(const std::filesystem::path& path) {
    silenceHdf5();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return Error::io("no such file", path.string());
    if (H5Fis_hdf5(path.c_str()) <= 0)
        return Error::badInput("not an HDF5 file", path.string());
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->file = Handle(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
    if (!impl->file.valid())
        return Error::badInput("cannot open as HDF5 (corrupt or truncated?)", path.string());
    return Hdf5File(std::move(impl));
}

Result<Hdf5File> Hdf5File::create(const std::filesystem::path& path) {
    silenceHdf5();
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->temporary = temporarySiblingOf(path);
    impl->file =
        Handle(H5Fcreate(impl->temporary.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), H5Fclose);
    if (!impl->file.valid())
        return Error::io("cannot create an HDF5 file here", path.string());
    return Hdf5File(std::move(impl));
}

const std::filesystem::path& Hdf5File::path() const {
    return m_impl->path;
}

bool Hdf5File::hasDataset(const std::string& name) const {
    return m_impl->file.valid() && H5Lexists(m_impl->file.get(), name.c_str(), H5P_DEFAULT) > 0;
}

std::vector<std::string> Hdf5File::datasetNames() const {
    std::vector<std::string> names;
    if (!m_impl->file.valid())
        return names;
    H5Literate(
        m_impl->file.get(), H5_INDEX_NAME, H5_ITER_INC, nullptr,
        [](hid_t, const char* name, const H5L_info_t*, void* data) -> herr_t {
            static_cast<std::vector<std::string>*>(data)->emplace_back(name);
            return 0;
        },
        &names);
    return names;
}

Result<Shape> Hdf5File::shape(const std::string& name) const {
    auto dataset = m_impl->openDataset(name);
    if (!dataset)
        return std::move(dataset).error();
    return m_impl->plausibleShapeOf(dataset->get(), name);
}

template <typename T>
Result<Hdf5Array<T>> Hdf5File::read(const std::string& name) const {
    auto fullShape = shape(name);
    if (!fullShape)
        return std::move(fullShape).error();
    return readRows<T>(name, 0, fullShape->empty() ? 1 : fullShape->front());
}

template <typename T>
Result<Hdf5Array<T>> Hdf5File::readRows(const std::string& name, std::uint64_t firstRow,
                                        std::uint64_t rowCount) const {
    auto dataset = m_impl->openDataset(name);
    if (!dataset)
        return std::move(dataset).error();
    auto plausible = m_impl->plausibleShapeOf(dataset->get(), name);
    if (!plausible)
        return std::move(plausible).error();
    Handle fileSpace(H5Dget_space(dataset->get()), H5Sclose);
    Hdf5Array<T> result;
    result.shape = std::move(*plausible);
    if (result.shape.empty()) { // scalar dataset
        result.values.resize(1);
        if (H5Dread(dataset->get(), memoryType<T>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, result.values.data()) < 0)
            return m_impl->error(fmt::format("cannot read dataset '{}' as a number", name));
        return result;
    }
    const std::uint64_t rows = result.shape.front();
    if (firstRow > rows)
        return m_impl->error(fmt::format("dataset '{}' has {} rows; row {} requested", name, rows, firstRow));
    rowCount = std::min(rowCount, rows - firstRow);
    std::vector<hsize_t> start(result.shape.size(), 0), count(result.shape.begin(), result.shape.end());
    start[0] = firstRow;
    count[0] = rowCount;
    result.shape[0] = rowCount;
    result.values.resize(elementCount(result.shape));
    if (rowCount == 0)
        return result;
    H5Sselect_hyperslab(fileSpace.get(), H5S_SELECT_SET, start.data(), nullptr, count.data(), nullptr);
    Handle memorySpace(H5Screate_simple(static_cast<int>(count.size()), count.data(), nullptr), H5Sclose);
    if (H5Dread(dataset->get(), memoryType<T>(), memorySpace.get(), fileSpace.get(), H5P_DEFAULT,
                result.values.data()) < 0)
        return m_impl->error(fmt::format("cannot read rows {}-{} of dataset '{}' (corrupt, or not numeric?)",
                                         firstRow, firstRow + rowCount, name));
    return result;
}

template <typename T>
Result<void> Hdf5File::write(const std::string& name, const Shape& shape, std::span<const T> values,
                             int compression) {
    if (m_impl->temporary.empty())
        return Error::usage(fmt::format("'{}' was opened for reading", m_impl->path.string()));
    if (elementCount(shape) != values.size())
        return Error::usage(fmt::format("dataset '{}': shape holds {} values but {} were given", name,
                                        elementCount(shape), values.size()));
    std::vector<hsize_t> dims(shape.begin(), shape.end());
    Handle space(H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr), H5Sclose);
    Handle properties(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
    if (!dims.empty() && elementCount(shape) > 0 && compression > 0) {
        std::vector<hsize_t> chunk = dims;
        chunk[0] = rowsPerChunk(elementCount(shape) / dims[0] * sizeof(T), dims[0]);
        properties = chunkedProperties(chunk, compression);
    }
    auto dataset = m_impl->createDataset(name, memoryType<T>(), space.get(), properties.get());
    if (!dataset)
        return std::move(dataset).error();
    if (!values.empty() &&
        H5Dwrite(dataset->get(), memoryType<T>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()) < 0)
        return Error::io(fmt::format("cannot write dataset '{}' (disk full?)", name), m_impl->path.string());
    return success();
}

template <typename T>
Result<void> Hdf5File::createRowDataset(const std::string& name, const Shape& rowShape, int compression) {
    if (m_impl->temporary.empty())
        return Error::usage(fmt::format("'{}' was opened for reading", m_impl->path.string()));
    std::vector<hsize_t> dims{0}, maxDims{H5S_UNLIMITED};
    dims.insert(dims.end(), rowShape.begin(), rowShape.end());
    maxDims.insert(maxDims.end(), rowShape.begin(), rowShape.end());
    Handle space(H5Screate_simple(static_cast<int>(dims.size()), dims.data(), maxDims.data()), H5Sclose);
    std::vector<hsize_t> chunk = maxDims;
    chunk[0] = rowsPerChunk(elementCount(rowShape) * sizeof(T), hsize_t{1} << 20);
    const Handle properties = chunkedProperties(chunk, compression);
    auto dataset = m_impl->createDataset(name, memoryType<T>(), space.get(), properties.get());
    if (!dataset)
        return std::move(dataset).error();
    return success();
}

template <typename T>
Result<void> Hdf5File::appendRows(const std::string& name, std::span<const T> values) {
    if (m_impl->temporary.empty())
        return Error::usage(fmt::format("'{}' was opened for reading", m_impl->path.string()));
    auto dataset = m_impl->openDataset(name);
    if (!dataset)
        return std::move(dataset).error();
    Handle oldSpace(H5Dget_space(dataset->get()), H5Sclose);
    const Shape shape = Impl::shapeOf(oldSpace.get());
    const std::uint64_t rowSize = shape.empty() ? 1 : elementCount(Shape(shape.begin() + 1, shape.end()));
    if (shape.empty() || values.size() % rowSize != 0)
        return Error::usage(
            fmt::format("dataset '{}': {} values are not whole rows of {}", name, values.size(), rowSize));
    if (values.empty())
        return success();
    std::vector<hsize_t> start(shape.size(), 0), count(shape.begin(), shape.end()), size(count);
    start[0] = shape[0];
    count[0] = values.size() / rowSize;
    size[0] = shape[0] + count[0];
    if (H5Dset_extent(dataset->get(), size.data()) < 0)
        return Error::io(fmt::format("cannot grow dataset '{}'", name), m_impl->path.string());
    Handle fileSpace(H5Dget_space(dataset->get()), H5Sclose);
    H5Sselect_hyperslab(fileSpace.get(), H5S_SELECT_SET, start.data(), nullptr, count.data(), nullptr);
    Handle memorySpace(H5Screate_simple(static_cast<int>(count.size()), count.data(), nullptr), H5Sclose);
    if (H5Dwrite(dataset->get(), memoryType<T>(), memorySpace.get(), fileSpace.get(), H5P_DEFAULT,
                 values.data()) < 0)
        return Error::io(fmt::format("cannot write to dataset '{}' (disk full?)", name),
                         m_impl->path.string());
    return success();
}

Result<void> Hdf5File::writeAttribute(const std::string& name, const std::string& value) {
    Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(type.get(), std::max<std::size_t>(value.size(), 1));
    Handle space(H5Screate(H5S_SCALAR), H5Sclose);
    Handle attribute(
        H5Acreate2(m_impl->file.get(), name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
        H5Aclose);
    if (!attribute.valid() || H5Awrite(attribute.get(), type.get(), value.c_str()) < 0)
        return Error::io(fmt::format("cannot write attribute '{}'", name), m_impl->path.string());
    return success();
}

Result<std::string> Hdf5File::readAttribute(const std::string& name) const {
    if (H5Aexists(m_impl->file.get(), name.c_str()) <= 0)
        return m_impl->error(fmt::format("no attribute named '{}'", name));
    Handle attribute(H5Aopen(m_impl->file.get(), name.c_str(), H5P_DEFAULT), H5Aclose);
    Handle type(H5Aget_type(attribute.get()), H5Tclose);
    if (H5Tget_class(type.get()) != H5T_STRING || H5Tis_variable_str(type.get()) > 0)
        return m_impl->error(fmt::format("attribute '{}' is not a fixed-length string", name));
    std::string value(H5Tget_size(type.get()), '\0');
    if (H5Aread(attribute.get(), type.get(), value.data()) < 0)
        return m_impl->error(fmt::format("cannot read attribute '{}'", name));
    value.erase(std::find(value.begin(), value.end(), '\0'), value.end());
    return value;
}

Result<void> Hdf5File::commit() {
    if (m_impl->file.reset() < 0)
        return Error::io("closing the HDF5 file failed (disk full?)", m_impl->path.string());
    if (m_impl->temporary.empty())
        return success();
    auto temporary = std::exchange(m_impl->temporary, {});
    return replaceAtomically(temporary, m_impl->path);
}

#define LUPA_HDF5_INSTANTIATE(T)                                                                             \
    template Result<Hdf5Array<T>> Hdf5File::read<T>(const std::string&) const;                               \
    template Result<Hdf5Array<T>> Hdf5File::readRows<T>(const std::string&, std::uint64_t, std::uint64_t)    \
        const;                                                                                               \
    template Result<void> Hdf5File::write<T>(const std::string&, const Shape&, std::span<const T>, int);     \
    template Result<void> Hdf5File::createRowDataset<T>(const std::string&, const Shape&, int);              \
    template Result<void> Hdf5File::appendRows<T>(const std::string&, std::span<const T>);
LUPA_HDF5_INSTANTIATE(float)
LUPA_HDF5_INSTANTIATE(double)
LUPA_HDF5_INSTANTIATE(std::int32_t)
LUPA_HDF5_INSTANTIATE(std::int64_t)
LUPA_HDF5_INSTANTIATE(std::uint8_t)
#undef LUPA_HDF5_INSTANTIATE

} // namespace lupa
