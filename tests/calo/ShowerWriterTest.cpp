// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Writing CaloChallenge files block by block, read back by ShowerReader; nothing left on failure.
#include "../core/TempDir.hpp"

#include <lupa/core/calo/ShowerFile.hpp>

#include <gtest/gtest.h>

namespace lupa::calo {
namespace {

ShowerBlock block(std::uint64_t first, std::size_t showers, std::size_t voxels) {
    ShowerBlock b;
    b.firstShower = first;
    b.voxels = voxels;
    for (std::size_t i = 0; i < showers; ++i) {
        b.incidentEnergies.push_back(static_cast<float>(1000 * (first + i + 1)));
        for (std::size_t v = 0; v < voxels; ++v)
            b.energies.push_back(static_cast<float>((first + i) * 100 + v));
    }
    return b;
}

TEST(caloShowerWriter, BlocksReadBackAsOneFile) {
    test::TempDir dir;
    auto writer = ShowerWriter::create(dir / "showers.h5", 3);
    ASSERT_TRUE(writer.ok()) << writer.error().describe();
    ASSERT_TRUE(writer->append(block(0, 4, 3)).ok());
    ASSERT_TRUE(writer->append(block(4, 3, 3)).ok());
    EXPECT_EQ(writer->showerCount(), 7U);
    EXPECT_FALSE(std::filesystem::exists(dir / "showers.h5")) << "only after commit";
    ASSERT_TRUE(writer->commit().ok());
    auto reader = ShowerReader::open(dir / "showers.h5");
    ASSERT_TRUE(reader.ok()) << reader.error().describe();
    EXPECT_EQ(reader->showerCount(), 7U);
    EXPECT_EQ(reader->voxelCount(), 3U);
    const auto all = reader->read(0, 7).value();
    EXPECT_EQ(all.incidentEnergies[5], 6000.0F);
    EXPECT_EQ(all.shower(5)[2], 502.0F);
}

TEST(caloShowerWriter, LeavesNothingWithoutCommitAndRejectsOtherVoxelCounts) {
    test::TempDir dir;
    {
        auto writer = ShowerWriter::create(dir / "showers.h5", 3);
        ASSERT_TRUE(writer.ok());
        EXPECT_FALSE(writer->append(block(0, 2, 4)).ok());
        ASSERT_TRUE(writer->append(block(0, 2, 3)).ok());
    }
    EXPECT_EQ(dir.entryCount(), 0U);
    EXPECT_FALSE(ShowerWriter::create(dir / "x.h5", 0).ok());
}

} // namespace
} // namespace lupa::calo
