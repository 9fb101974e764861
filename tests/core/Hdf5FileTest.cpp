// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TempDir.hpp"

#include <lupa/core/Hdf5File.hpp>

#include <gtest/gtest.h>

#include <numeric>

namespace lupa {
namespace {

std::filesystem::path writeShowers(const test::TempDir& dir, std::uint64_t rows, std::uint64_t voxels) {
    std::vector<float> showers(rows * voxels);
    std::iota(showers.begin(), showers.end(), 0.0f);
    std::vector<double> energies(rows);
    std::iota(energies.begin(), energies.end(), 1000.0);
    auto file = Hdf5File::create(dir / "showers.h5");
    EXPECT_TRUE(file.ok());
    EXPECT_TRUE(file->write<float>("showers", {rows, voxels}, showers).ok());
    EXPECT_TRUE(file->write<double>("incident_energies", {rows, 1}, energies).ok());
    EXPECT_TRUE(file->writeAttribute("origin", "lupa test").ok());
    EXPECT_TRUE(file->commit().ok());
    return dir / "showers.h5";
}

TEST(Hdf5File, RoundTripsDatasetsWithShapes) {
    test::TempDir dir;
    auto file = Hdf5File::openForReading(writeShowers(dir, 10, 6));
    ASSERT_TRUE(file.ok()) << file.error().describe();
    EXPECT_TRUE(file->hasDataset("showers"));
    EXPECT_FALSE(file->hasDataset("nope"));
    EXPECT_EQ(file->datasetNames(), (std::vector<std::string>{"incident_energies", "showers"}));
    EXPECT_EQ(*file->shape("showers"), (Shape{10, 6}));
    const auto showers = file->read<float>("showers");
    ASSERT_TRUE(showers.ok());
    EXPECT_EQ(showers->values.size(), 60u);
    EXPECT_FLOAT_EQ(showers->values[59], 59.0f);
    EXPECT_EQ(*file->readAttribute("origin"), "lupa test");
}

TEST(Hdf5File, ReadsRowBlocksAndConvertsTypes) {
    test::TempDir dir;
    auto file = Hdf5File::openForReading(writeShowers(dir, 1000, 8));
    const auto block = file->readRows<double>("showers", 998, 100); // clipped at the end
    ASSERT_TRUE(block.ok());
    EXPECT_EQ(block->shape, (Shape{2, 8}));
    EXPECT_DOUBLE_EQ(block->values.front(), 998.0 * 8);
    const auto energies = file->readRows<float>("incident_energies", 10, 2);
    EXPECT_FLOAT_EQ(energies->values[1], 1011.0f);
    EXPECT_FALSE(file->readRows<float>("showers", 1001, 1).ok());
}

TEST(Hdf5File, ErrorsNameTheFileAndDataset) {
    test::TempDir dir;
    auto file = Hdf5File::openForReading(writeShowers(dir, 2, 2));
    const auto missing = file->read<float>("Particles");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::BadInput);
    EXPECT_NE(missing.error().describe().find("showers.h5"), std::string::npos);
    EXPECT_NE(missing.error().message.find("Particles"), std::string::npos);
    EXPECT_EQ(Hdf5File::openForReading(dir / "absent.h5").error().kind, ErrorKind::Io);
    EXPECT_EQ(Hdf5File::openForReading(dir.write("text.h5", "not hdf5 at all")).error().kind,
              ErrorKind::BadInput);
}

TEST(Hdf5File, TruncatedFileIsRejectedNotCrashed) {
    test::TempDir dir;
    const auto path = writeShowers(dir, 200, 50);
    const auto size = std::filesystem::file_size(path);
    for (const double keep : {0.1, 0.5, 0.9}) {
        const auto cut = dir / "cut.h5";
        std::filesystem::copy_file(path, cut, std::filesystem::copy_options::overwrite_existing);
        std::filesystem::resize_file(cut, static_cast<std::uintmax_t>(keep * static_cast<double>(size)));
        auto file = Hdf5File::openForReading(cut);
        if (file.ok()) {
            EXPECT_FALSE(file->read<float>("showers").ok()) << "kept " << keep;
        }
    }
}

TEST(Hdf5File, UncommittedFileLeavesNothingBehind) {
    test::TempDir dir;
    {
        auto file = Hdf5File::create(dir / "partial.h5");
        const std::vector<int> values{1, 2, 3};
        ASSERT_TRUE(file->write<std::int32_t>("x", {3}, values).ok());
    }
    EXPECT_EQ(dir.entryCount(), 0u);
}

TEST(Hdf5File, RefusesAMismatchedShape) {
    test::TempDir dir;
    auto file = Hdf5File::create(dir / "x.h5");
    const std::vector<float> values(5);
    EXPECT_EQ(file->write<float>("x", {2, 3}, values).error().kind, ErrorKind::Usage);
}

} // namespace
} // namespace lupa
