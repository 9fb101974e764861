// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Resource limits of the HDF5 reader: a file may declare a dataset of any shape without writing it
// (HDF5 then reads the fill value); lupa refuses declarations far larger than the stored bytes before
// allocating anything, and keeps reading real data, however well it compresses.
#include "TempDir.hpp"

#include <lupa/core/Hdf5File.hpp>

#include <gtest/gtest.h>
#include <hdf5.h>

#include <algorithm>
#include <vector>

namespace lupa {
namespace {

// Writes a file with one float dataset `name` of `shape` (small chunks) and nothing in it; false when
// libhdf5 refuses the shape.
bool writeDeclaredDataset(const std::filesystem::path& path, const char* name,
                          const std::vector<hsize_t>& shape) {
    const hid_t file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    const hid_t space = H5Screate_simple(static_cast<int>(shape.size()), shape.data(), nullptr);
    const hid_t properties = H5Pcreate(H5P_DATASET_CREATE);
    std::vector<hsize_t> chunk(shape.size(), 1);
    chunk.back() = std::min<hsize_t>(shape.back(), 1024);
    H5Pset_chunk(properties, static_cast<int>(chunk.size()), chunk.data());
    const hid_t dataset =
        H5Dcreate2(file, name, H5T_NATIVE_FLOAT, space, H5P_DEFAULT, properties, H5P_DEFAULT);
    const bool created = dataset >= 0;
    if (created)
        H5Dclose(dataset);
    H5Pclose(properties);
    H5Sclose(space);
    H5Fclose(file);
    return created;
}

TEST(Hdf5Limits, AHugeDeclaredDatasetWithNothingStoredIsRefusedBeforeReading) {
    const test::TempDir dir;
    const auto path = dir / "declared.h5";
    ASSERT_TRUE(writeDeclaredDataset(path, "showers", {100'000'000, 368})); // 147 GB declared
    ASSERT_LT(std::filesystem::file_size(path), 100'000U);
    auto file = Hdf5File::openForReading(path);
    ASSERT_TRUE(file.ok()) << file.error().describe();
    const auto shape = file->shape("showers");
    ASSERT_FALSE(shape.ok());
    EXPECT_EQ(shape.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(shape.error().file, path.string());
    EXPECT_NE(shape.error().message.find("refused before allocating"), std::string::npos)
        << shape.error().message;
    EXPECT_FALSE(file->readRows<float>("showers", 0, 10).ok());
}

TEST(Hdf5Limits, AShapeBeyondSixtyFourBitsIsRefused) {
    const test::TempDir dir;
    const auto path = dir / "overflow.h5";
    if (!writeDeclaredDataset(path, "x", {hsize_t{1} << 40, hsize_t{1} << 30}))
        GTEST_SKIP() << "this libhdf5 does not create a dataset of 2^70 elements";
    auto file = Hdf5File::openForReading(path);
    ASSERT_TRUE(file.ok());
    const auto shape = file->shape("x");
    ASSERT_FALSE(shape.ok());
    EXPECT_NE(shape.error().message.find("too large"), std::string::npos) << shape.error().message;
}

TEST(Hdf5Limits, SmallUnwrittenDatasetsReadAsTheirFillValue) {
    const test::TempDir dir;
    const auto path = dir / "small.h5";
    ASSERT_TRUE(writeDeclaredDataset(path, "x", {100, 10}));
    auto file = Hdf5File::openForReading(path);
    ASSERT_TRUE(file.ok());
    const auto values = file->read<float>("x");
    ASSERT_TRUE(values.ok()) << values.error().describe();
    EXPECT_EQ(values->values, std::vector<float>(1000, 0.0F));
}

TEST(Hdf5Limits, WellCompressedRealDataStillReads) {
    const test::TempDir dir;
    const auto path = dir / "zeros.h5";
    const std::vector<float> zeros(4000 * 2000, 0.0F); // 32 MB that deflate shrinks about 1000 times
    {
        auto file = Hdf5File::create(path);
        ASSERT_TRUE(file.ok());
        ASSERT_TRUE(file->write<float>("zeros", {4000, 2000}, zeros, 9).ok());
        ASSERT_TRUE(file->commit().ok());
    }
    auto file = Hdf5File::openForReading(path);
    ASSERT_TRUE(file.ok());
    const auto shape = file->shape("zeros");
    ASSERT_TRUE(shape.ok()) << shape.error().describe();
    EXPECT_EQ(*shape, (Shape{4000, 2000}));
    EXPECT_TRUE(file->readRows<float>("zeros", 3990, 100).ok());
}

} // namespace
} // namespace lupa
