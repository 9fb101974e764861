// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// Structure-aware HDF5 inputs for the fuzz targets of lupa's HDF5 readers. Byte-level mutation of
// HDF5 files mostly finds bugs inside libhdf5 itself; instead the fuzzer's bytes choose what a real
// file holds (datasets or other objects under the names a reader looks for, element types, shapes,
// layouts, fill values and values, including NaN, infinities and huge numbers), the file is written
// with the HDF5 C API and then given to lupa's reader. One raw-byte path remains: the written file
// can be truncated (a real field failure). Changing a byte of it is left out: libhdf5 1.10.8 then
// leaks object headers while it fails on the corrupt file, which lupa cannot fix.
//
// Every decision takes exactly one byte from the END of the input (FuzzedDataProvider's integers),
// in the order the code below makes them; once all are made, the rest of the input (from its
// start) gives the values, one byte per number. So a seed is `values + reversed(decisions)`.

#include "FuzzInput.hpp"

#include <hdf5.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fuzzer/FuzzedDataProvider.h>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace lupa::fuzz {

/// One decision in [0, n): always one byte of the input (0 when the input is used up).
inline unsigned pick(FuzzedDataProvider& provider, unsigned n) {
    return provider.ConsumeIntegral<std::uint8_t>() % n;
}

/// Prints `what` when LUPA_FUZZ_VERBOSE is set (to check that a seed reaches the reader's depths).
inline void note(const std::string& what) {
    static const bool verbose = std::getenv("LUPA_FUZZ_VERBOSE") != nullptr;
    if (verbose)
        std::fprintf(stderr, "%s\n", what.c_str());
}

/// Closes an HDF5 identifier at the end of its scope.
class H5Id {
public:
    H5Id(hid_t id, herr_t (*closer)(hid_t))
        : m_id(id)
        , m_closer(closer) {}
    ~H5Id() {
        if (m_id >= 0)
            m_closer(m_id);
    }
    H5Id(const H5Id&) = delete;
    H5Id& operator=(const H5Id&) = delete;
    [[nodiscard]] hid_t get() const { return m_id; }
    [[nodiscard]] bool valid() const { return m_id >= 0; }

private:
    hid_t m_id;
    herr_t (*m_closer)(hid_t);
};

/// The values of the datasets, one byte at a time (0 once used up).
class ValueBytes {
public:
    explicit ValueBytes(std::vector<std::uint8_t> bytes)
        : m_bytes(std::move(bytes)) {}
    std::uint8_t next() { return m_at < m_bytes.size() ? m_bytes[m_at++] : 0; }

    /// A number: byte b < 240 gives b * scale; 240..255 one of the values readers trip over.
    double number(double scale) {
        static constexpr double kInf = std::numeric_limits<double>::infinity();
        static constexpr std::array<double, 16> kSpecial{
            0.0,
            -0.0,
            std::numeric_limits<double>::quiet_NaN(),
            -std::numeric_limits<double>::quiet_NaN(),
            kInf,
            -kInf,
            -1.0,
            -1e6,
            1e30,
            -1e30,
            3.4028234663852886e38 /* FLT_MAX */,
            std::numeric_limits<double>::max() /* overflows float */,
            1e-45 /* float denormal */,
            2147483648.0,
            -9.3e18,
            1e300};
        const std::uint8_t b = next();
        return b < 240 ? b * scale : kSpecial[b - 240U];
    }

private:
    std::vector<std::uint8_t> m_bytes;
    std::size_t m_at = 0;
};

/// What goes under a name a reader looks for.
enum class ObjectKind {
    Dataset,        ///< a dataset as planned (the usual case)
    Missing,        ///< nothing
    Group,          ///< a group of that name
    SoftLink,       ///< a soft link to the other planned object
    DanglingLink,   ///< a soft link to nothing
    NamedType,      ///< a committed datatype
    DatasetInGroup, ///< the dataset lives in group "g", the name is a soft link to it
    HardLink,       ///< a second hard link to the other planned object
    ExternalLink,   ///< an external link to a file that does not exist
    Count
};

/// Element types of a dataset in the file.
enum class ElementType {
    Float32,
    Float64,
    Int32,
    Int64,
    UInt8,
    Int8,
    UInt16BE,
    UInt64,
    Float32BE,
    Float64BE,
    Float16, ///< h5py's float16 (a custom IEEE type)
    FixedString,
    VarString,
    Compound,
    Enum,
    FloatArray,
    Opaque,
    Bitfield,
    Count
};

/// A dataset (or other object) to write under `name`.
struct DatasetPlan {
    std::string name;
    std::string other; ///< target of links
    ObjectKind kind = ObjectKind::Dataset;
    ElementType type = ElementType::Float32;
    int space = 0;              ///< 0 simple, 1 scalar, 2 null
    std::vector<hsize_t> dims;  ///< for a simple dataspace
    int layout = 0;             ///< 0 contiguous, 1-4 chunked (+deflate, +shuffle, +fletcher32), 5 compact
    std::vector<hsize_t> chunk; ///< for chunked layouts
    bool unlimited = false;     ///< maximum dimensions unlimited (chunked only)
    int fill = 0;               ///< 0 values written, 1 none written, 2 a fill value and none written
    double fillValue = 0;
    double scale = 1; ///< see ValueBytes::number
};

/// A whole file: format version, user block, the objects and where to truncate it.
struct FilePlan {
    int libver = 0; ///< lowest library version of the format: 0 earliest, 1 1.8, 2 1.10
    bool userblock = false;
    std::vector<DatasetPlan> datasets;
    bool truncate = false;
    unsigned position = 0; ///< where to truncate, in 1/65536 of the file
};

/// Plans the object under `name`. With `usual` dims most decisions give what the reader expects:
/// shape mode 0 keeps them, 1 changes one dimension, 2 is a random small shape; mode 3 a scalar,
/// 4 a null dataspace.
inline DatasetPlan planDataset(FuzzedDataProvider& p, std::string name, std::string other,
                               const std::vector<hsize_t>& usual) {
    static constexpr std::array<double, 8> kScales{1, 0.01, 100, 1e4, -1, 1e-3, 1e6, 0.5};
    DatasetPlan plan;
    plan.name = std::move(name);
    plan.other = std::move(other);
    plan.kind = static_cast<ObjectKind>(pick(p, static_cast<unsigned>(ObjectKind::Count)));
    plan.type = static_cast<ElementType>(pick(p, static_cast<unsigned>(ElementType::Count)));
    switch (pick(p, 5)) {
    case 0:
        plan.dims = usual;
        break;
    case 1:
        plan.dims = usual;
        if (!plan.dims.empty()) {
            const unsigned which = pick(p, static_cast<unsigned>(plan.dims.size()));
            plan.dims[which] = pick(p, 8);
        }
        break;
    case 2:
        plan.dims.resize(pick(p, 5));
        for (auto& d : plan.dims)
            d = pick(p, 6);
        break;
    case 3:
        plan.space = 1;
        break;
    default:
        plan.space = 2;
        break;
    }
    plan.layout = static_cast<int>(pick(p, 6));
    if (plan.layout >= 1 && plan.layout <= 4) {
        for (const auto d : plan.dims)
            plan.chunk.push_back(1 + pick(p, static_cast<unsigned>(std::max<hsize_t>(d, 1))));
        plan.unlimited = pick(p, 2) == 1;
    }
    plan.fill = static_cast<int>(pick(p, 3));
    if (plan.fill == 2) {
        ValueBytes fillByte({static_cast<std::uint8_t>(pick(p, 256))});
        plan.fillValue = fillByte.number(1);
    }
    plan.scale = kScales[pick(p, kScales.size())];
    return plan;
}

/// Plans the file around `datasets`: format, user block, truncation.
inline FilePlan planFile(FuzzedDataProvider& p, std::vector<DatasetPlan> datasets) {
    FilePlan plan;
    plan.libver = static_cast<int>(pick(p, 3));
    plan.userblock = pick(p, 2) == 1;
    plan.datasets = std::move(datasets);
    plan.truncate = pick(p, 2) == 1;
    if (plan.truncate) {
        plan.position = pick(p, 256) << 8;
        plan.position |= pick(p, 256);
    }
    return plan;
}

namespace detail {

inline hid_t makeType(ElementType type) {
    switch (type) {
    case ElementType::Float32:
        return H5Tcopy(H5T_IEEE_F32LE);
    case ElementType::Float64:
        return H5Tcopy(H5T_IEEE_F64LE);
    case ElementType::Int32:
        return H5Tcopy(H5T_STD_I32LE);
    case ElementType::Int64:
        return H5Tcopy(H5T_STD_I64LE);
    case ElementType::UInt8:
        return H5Tcopy(H5T_STD_U8LE);
    case ElementType::Int8:
        return H5Tcopy(H5T_STD_I8LE);
    case ElementType::UInt16BE:
        return H5Tcopy(H5T_STD_U16BE);
    case ElementType::UInt64:
        return H5Tcopy(H5T_STD_U64LE);
    case ElementType::Float32BE:
        return H5Tcopy(H5T_IEEE_F32BE);
    case ElementType::Float64BE:
        return H5Tcopy(H5T_IEEE_F64BE);
    case ElementType::Float16: { // as h5py writes numpy's float16
        const hid_t t = H5Tcopy(H5T_IEEE_F32LE);
        H5Tset_fields(t, 15, 10, 5, 0, 10);
        H5Tset_size(t, 2);
        H5Tset_ebias(t, 15);
        return t;
    }
    case ElementType::FixedString: {
        const hid_t t = H5Tcopy(H5T_C_S1);
        H5Tset_size(t, 4);
        return t;
    }
    case ElementType::VarString: {
        const hid_t t = H5Tcopy(H5T_C_S1);
        H5Tset_size(t, H5T_VARIABLE);
        return t;
    }
    case ElementType::Compound: {
        const hid_t t = H5Tcreate(H5T_COMPOUND, 8);
        H5Tinsert(t, "energy", 0, H5T_IEEE_F32LE);
        H5Tinsert(t, "id", 4, H5T_STD_I32LE);
        return t;
    }
    case ElementType::Enum: {
        const hid_t t = H5Tenum_create(H5T_STD_I32LE);
        int value = 0;
        H5Tenum_insert(t, "a", &value);
        value = 1;
        H5Tenum_insert(t, "b", &value);
        return t;
    }
    case ElementType::FloatArray: {
        const hsize_t two = 2;
        return H5Tarray_create2(H5T_IEEE_F32LE, 1, &two);
    }
    case ElementType::Opaque: {
        const hid_t t = H5Tcreate(H5T_OPAQUE, 4);
        H5Tset_tag(t, "fuzz");
        return t;
    }
    default:
        return H5Tcopy(H5T_STD_B8LE);
    }
}

inline bool isNumber(ElementType type) {
    return type <= ElementType::Float16;
}

inline void writeValues(hid_t dataset, hid_t type, hid_t space, const DatasetPlan& plan, ValueBytes& values) {
    const hssize_t points = H5Sget_select_npoints(space);
    if (points <= 0)
        return;
    const auto n = static_cast<std::size_t>(points);
    if (isNumber(plan.type)) {
        std::vector<double> buffer(n);
        for (auto& v : buffer)
            v = values.number(plan.scale);
        H5Dwrite(dataset, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data());
    } else if (plan.type == ElementType::VarString) {
        std::vector<std::string> strings(n);
        std::vector<const char*> pointers(n);
        for (std::size_t i = 0; i < n; ++i) {
            strings[i] = std::to_string(values.number(plan.scale));
            pointers[i] = strings[i].c_str();
        }
        H5Dwrite(dataset, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data());
    } else {
        std::vector<std::uint8_t> buffer(n * H5Tget_size(type));
        for (auto& b : buffer)
            b = values.next();
        H5Dwrite(dataset, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data());
    }
}

inline void writeDataset(hid_t location, const std::string& name, const DatasetPlan& plan,
                         ValueBytes& values) {
    const H5Id type(makeType(plan.type), H5Tclose);
    const auto rank = static_cast<int>(plan.dims.size());
    std::vector<hsize_t> maxDims(plan.dims.size(), H5S_UNLIMITED);
    const H5Id space(plan.space == 1   ? H5Screate(H5S_SCALAR)
                     : plan.space == 2 ? H5Screate(H5S_NULL)
                                       : H5Screate_simple(rank, plan.dims.data(),
                                                          plan.unlimited ? maxDims.data() : nullptr),
                     H5Sclose);
    const H5Id properties(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
    if (plan.layout == 5) {
        H5Pset_layout(properties.get(), H5D_COMPACT);
    } else if (plan.layout >= 1 && !plan.chunk.empty()) {
        H5Pset_chunk(properties.get(), static_cast<int>(plan.chunk.size()), plan.chunk.data());
        if (plan.layout == 3)
            H5Pset_shuffle(properties.get());
        if (plan.layout == 2 || plan.layout == 3)
            H5Pset_deflate(properties.get(), 1);
        if (plan.layout == 4)
            H5Pset_fletcher32(properties.get());
    }
    if (plan.fill == 2 && isNumber(plan.type))
        H5Pset_fill_value(properties.get(), H5T_NATIVE_DOUBLE, &plan.fillValue);
    const H5Id dataset(H5Dcreate2(location, name.c_str(), type.get(), space.get(), H5P_DEFAULT,
                                  properties.get(), H5P_DEFAULT),
                       H5Dclose);
    if (dataset.valid() && plan.fill == 0)
        writeValues(dataset.get(), type.get(), space.get(), plan, values);
}

inline void writeObject(hid_t file, const DatasetPlan& plan, ValueBytes& values, bool links) {
    const char* name = plan.name.c_str();
    const bool isLink = plan.kind == ObjectKind::SoftLink || plan.kind == ObjectKind::DanglingLink ||
                        plan.kind == ObjectKind::HardLink || plan.kind == ObjectKind::ExternalLink;
    if (isLink != links)
        return;
    switch (plan.kind) {
    case ObjectKind::Dataset:
        writeDataset(file, plan.name, plan, values);
        break;
    case ObjectKind::Group:
        H5Id(H5Gcreate2(file, name, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose);
        break;
    case ObjectKind::SoftLink:
        H5Lcreate_soft(plan.other.c_str(), file, name, H5P_DEFAULT, H5P_DEFAULT);
        break;
    case ObjectKind::DanglingLink:
        H5Lcreate_soft("/nowhere", file, name, H5P_DEFAULT, H5P_DEFAULT);
        break;
    case ObjectKind::NamedType: {
        const H5Id type(makeType(plan.type), H5Tclose);
        H5Tcommit2(file, name, type.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        break;
    }
    case ObjectKind::DatasetInGroup: {
        if (H5Lexists(file, "g", H5P_DEFAULT) <= 0)
            H5Id(H5Gcreate2(file, "g", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose);
        const H5Id group(H5Gopen2(file, "g", H5P_DEFAULT), H5Gclose);
        writeDataset(group.get(), plan.name, plan, values);
        H5Lcreate_soft(("/g/" + plan.name).c_str(), file, name, H5P_DEFAULT, H5P_DEFAULT);
        break;
    }
    case ObjectKind::HardLink:
        H5Lcreate_hard(file, plan.other.c_str(), file, name, H5P_DEFAULT, H5P_DEFAULT);
        break;
    case ObjectKind::ExternalLink:
        H5Lcreate_external("lupa-fuzz-no-such-file.h5", "/data", file, name, H5P_DEFAULT, H5P_DEFAULT);
        break;
    default:
        break;
    }
}

} // namespace detail

/// Writes `plan` as an HDF5 file named `name` in the fuzzer's scratch folder, values from `values`,
/// truncates it when planned and returns its path.
inline std::filesystem::path writeHdf5(const FilePlan& plan, ValueBytes& values, const std::string& name) {
    static const bool silenced = [] {
        return H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr) >= 0;
    }();
    (void)silenced;
    const auto path = asFile(nullptr, 0, name);
    {
        const H5Id access(H5Pcreate(H5P_FILE_ACCESS), H5Pclose);
        static constexpr std::array<H5F_libver_t, 3> kLow{H5F_LIBVER_EARLIEST, H5F_LIBVER_V18,
                                                          H5F_LIBVER_V110};
        H5Pset_libver_bounds(access.get(), kLow[static_cast<std::size_t>(plan.libver)], H5F_LIBVER_LATEST);
        H5Pset_fclose_degree(access.get(), H5F_CLOSE_STRONG);
        const H5Id creation(H5Pcreate(H5P_FILE_CREATE), H5Pclose);
        if (plan.userblock)
            H5Pset_userblock(creation.get(), 512);
        const H5Id file(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, creation.get(), access.get()), H5Fclose);
        if (!file.valid())
            std::abort(); // the scratch folder must be writable
        for (const bool links : {false, true})
            for (const auto& dataset : plan.datasets)
                detail::writeObject(file.get(), dataset, values, links);
        for (const auto& d : plan.datasets) {
            std::string dims;
            for (const auto n : d.dims)
                dims += " " + std::to_string(n);
            note(d.name + ": kind " + std::to_string(static_cast<int>(d.kind)) + " type " +
                 std::to_string(static_cast<int>(d.type)) + " space " + std::to_string(d.space) + " dims" +
                 dims + " layout " + std::to_string(d.layout) + " fill " + std::to_string(d.fill));
        }
        note("file: libver " + std::to_string(plan.libver) + " userblock " + std::to_string(plan.userblock) +
             " truncate " + std::to_string(plan.truncate));
    }
    if (plan.truncate) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec)
            std::filesystem::resize_file(path, size * plan.position / 65536, ec);
    }
    return path;
}

} // namespace lupa::fuzz
