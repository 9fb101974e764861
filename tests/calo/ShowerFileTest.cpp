// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Reading CaloChallenge shower files in blocks, and what makes a file not one.
#include <lupa/core/Hdf5File.hpp>
#include <lupa/core/calo/ShowerFile.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <numeric>

namespace lupa::calo {
namespace {

namespace fs = std::filesystem;

class caloShowerFile : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("lupa-shower-file-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    /// Writes `showers` x `voxels` energies 0, 1, 2, ... (float64) and incident energies 1000 * (i + 1).
    fs::path write(const std::string& name, std::uint64_t showers, std::uint64_t voxels,
                   std::uint64_t energyRows, bool energiesAsColumn = true) const {
        const fs::path path = m_dir / name;
        auto file = Hdf5File::create(path);
        EXPECT_TRUE(file.ok());
        std::vector<double> values(showers * voxels);
        std::iota(values.begin(), values.end(), 0.0);
        std::vector<double> energies(energyRows);
        for (std::size_t i = 0; i < energies.size(); ++i)
            energies[i] = 1000.0 * static_cast<double>(i + 1);
        EXPECT_TRUE(file->write<double>("showers", {showers, voxels}, values).ok());
        const Shape energyShape = energiesAsColumn ? Shape{energyRows, 1} : Shape{energyRows};
        EXPECT_TRUE(file->write<double>("incident_energies", energyShape, energies).ok());
        EXPECT_TRUE(file->commit().ok());
        return path;
    }

    fs::path m_dir;
};

TEST_F(caloShowerFile, ReadsBlocksOfShowersConvertedToFloat) {
    const auto reader = ShowerReader::open(write("showers.h5", 5, 3, 5));
    ASSERT_TRUE(reader.ok()) << reader.error().describe();
    EXPECT_EQ(reader->showerCount(), 5U);
    EXPECT_EQ(reader->voxelCount(), 3U);
    const auto block = reader->read(2, 2);
    ASSERT_TRUE(block.ok()) << block.error().describe();
    EXPECT_EQ(block->firstShower, 2U);
    ASSERT_EQ(block->showers(), 2U);
    EXPECT_FLOAT_EQ(block->incidentEnergies[0], 3000.0F);
    EXPECT_FLOAT_EQ(block->shower(1)[2], 11.0F) << "shower 3, voxel 2";
    const auto last = reader->read(4, 100);
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last->showers(), 1U) << "clipped at the end";
    EXPECT_EQ(reader->read(5, 10)->showers(), 0U);
}

TEST_F(caloShowerFile, AcceptsOneDimensionalIncidentEnergies) {
    const auto reader = ShowerReader::open(write("flat.h5", 4, 2, 4, false));
    ASSERT_TRUE(reader.ok()) << reader.error().describe();
    EXPECT_EQ(reader->showerCount(), 4U);
}

TEST_F(caloShowerFile, RefusesFilesThatAreNotShowerFiles) {
    const auto mismatched = ShowerReader::open(write("mismatch.h5", 5, 3, 4));
    ASSERT_FALSE(mismatched.ok());
    EXPECT_NE(mismatched.error().message.find("5 showers"), std::string::npos) << mismatched.error().message;
    EXPECT_NE(mismatched.error().file.find("mismatch.h5"), std::string::npos);

    const fs::path missing = m_dir / "missing.h5";
    {
        auto file = Hdf5File::create(missing);
        const std::vector<float> values(6, 1.0F);
        ASSERT_TRUE(file->write<float>("showers", {2, 3}, values).ok());
        ASSERT_TRUE(file->commit().ok());
    }
    const auto noEnergies = ShowerReader::open(missing);
    ASSERT_FALSE(noEnergies.ok());
    EXPECT_NE(noEnergies.error().message.find("incident_energies"), std::string::npos);

    const fs::path text = m_dir / "text.h5";
    std::ofstream(text) << "not hdf5";
    const auto notHdf5 = ShowerReader::open(text);
    ASSERT_FALSE(notHdf5.ok());
    EXPECT_EQ(notHdf5.error().kind, ErrorKind::BadInput);
}

} // namespace
} // namespace lupa::calo
