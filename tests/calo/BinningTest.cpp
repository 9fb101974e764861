// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// CaloChallenge geometries: voxel counts and order, voxel centres, the XML reader, the built-in tables.
#include <lupa/core/calo/Binning.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace lupa::calo {
namespace {

TEST(caloBinning, BuiltinDatasetsHaveTheChallengesVoxelCounts) {
    EXPECT_EQ(Binning::builtin(Dataset::OnePhotons).voxelCount(), 368U);
    EXPECT_EQ(Binning::builtin(Dataset::OnePions).voxelCount(), 533U);
    EXPECT_EQ(Binning::builtin(Dataset::Two).voxelCount(), 6480U);
    EXPECT_EQ(Binning::builtin(Dataset::Three).voxelCount(), 40500U);
    EXPECT_EQ(Binning::builtin(Dataset::OnePhotons).relevantLayers(), (std::vector<int>{0, 1, 2, 3, 12}));
    EXPECT_EQ(*Binning::datasetForVoxelCount(6480), Dataset::Two);
    const auto unknown = Binning::datasetForVoxelCount(6000);
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message.find("6000"), std::string::npos);
    EXPECT_NE(unknown.error().message.find("6480"), std::string::npos);
}

TEST(caloBinning, VoxelsRunAngleSlowRadiusFastWithCentresAsTheReference) {
    const auto binning = Binning::make({{0, {0.0}, 1}, {1, {0, 2, 6}, 4}}, 22, "photon");
    ASSERT_TRUE(binning.ok()) << binning.error().describe();
    EXPECT_EQ(binning->voxelCount(), 8U);
    EXPECT_EQ(binning->relevantLayers(), std::vector<int>{1});
    EXPECT_EQ(binning->layersWithAngularBinning(), std::vector<int>{1});
    EXPECT_EQ(binning->layers()[1].firstVoxel, 0U);
    // Voxel 3 = angular bin 1 (centre -pi/4), radial bin 1 (centre 4 mm).
    EXPECT_DOUBLE_EQ(binning->voxelR()[3], 4.0);
    EXPECT_DOUBLE_EQ(binning->voxelAlpha()[3], -std::numbers::pi / 4);
    EXPECT_NEAR(binning->voxelEta()[3], 4.0 * std::cos(-std::numbers::pi / 4), 1e-12);
    EXPECT_NEAR(binning->voxelPhi()[3], 4.0 * std::sin(-std::numbers::pi / 4), 1e-12);
    EXPECT_EQ(binning->voxelLayer()[3], 1);
    // One angular bin: alpha = 0, so eta = r and phi = 0.
    const auto single = Binning::make({{0, {0, 10}, 1}}, 11, "electron");
    EXPECT_DOUBLE_EQ(single->voxelEta()[0], 5.0);
    EXPECT_DOUBLE_EQ(single->voxelPhi()[0], 0.0);
}

TEST(caloBinning, ReadsBinningXml) {
    const auto binning = Binning::fromXmlText(R"(<?xml version="1.0"?>
<!-- two layers -->
<Bins>
   <Bin pid="211" etaMin="0" etaMax="80" name="pion">
      <Layer id="0"  r_edges="0,5,10" n_bin_alpha="1" />
      <Layer id="1" r_edges="0" n_bin_alpha="1"/>
      <Layer id="2"  r_edges=" 0, 1,4" n_bin_alpha="10"></Layer>
   </Bin>
</Bins>)",
                                              "pions.xml");
    ASSERT_TRUE(binning.ok()) << binning.error().describe();
    EXPECT_EQ(binning->pdgId(), 211);
    EXPECT_EQ(binning->particle(), "pion");
    EXPECT_EQ(binning->layers().size(), 3U);
    EXPECT_EQ(binning->voxelCount(), 2U + 20U);
    EXPECT_EQ(binning->relevantLayers(), (std::vector<int>{0, 2}));
}

TEST(caloBinning, XmlErrorsNameTheLine) {
    struct Case {
        const char* text;
        int line;
    };
    for (const Case& bad :
         {Case{"<Bins>\n<Bin pid=\"11\">\n<Layer id=\"0\" r_edges=\"0,x\" n_bin_alpha=\"1\"/>\n</Bin></Bins>",
               3},
          Case{"<Bins>\n<Bin pid=\"11\">\n<Layer id=\"0\" r_edges=\"0,5,2\" "
               "n_bin_alpha=\"1\"/>\n</Bin></Bins>",
               3},
          Case{"<Bins>\n<Bin pid=\"11\">\n<Layer id=\"0\" r_edges=\"0,5\"/>\n</Bin></Bins>", 3},
          Case{"<Bins>\n<Bin pid=\"11\">\n<Layer id=\"1\" r_edges=\"0,5\" n_bin_alpha=\"1\"/>\n</Bin></Bins>",
               3},
          Case{"<Bins>\n<Bin pid=\"11\">\n<Layer id=\"0\" r_edges=\"0,5\" n_bin_alpha=\"1\">\n</Bins>", 4},
          Case{"<Bins>\n<Bin pid=\"eleven\">\n</Bin></Bins>", 2}}) {
        const auto binning = Binning::fromXmlText(bad.text, "bad.xml");
        ASSERT_FALSE(binning.ok()) << bad.text;
        EXPECT_EQ(binning.error().kind, ErrorKind::BadInput);
        EXPECT_EQ(binning.error().file, "bad.xml");
        EXPECT_EQ(binning.error().line, bad.line) << bad.text << "\n" << binning.error().message;
    }
    EXPECT_FALSE(Binning::fromXmlText("", "empty.xml").ok());
    EXPECT_FALSE(Binning::fromXmlText("<Bins><Bin pid=\"1\"></Bin></Bins>", "nolayers.xml").ok());
}

TEST(caloBinning, DatasetNamesRoundTrip) {
    for (const Dataset dataset : {Dataset::OnePhotons, Dataset::OnePions, Dataset::Two, Dataset::Three})
        EXPECT_EQ(*parseDatasetName(datasetName(dataset)), dataset);
    EXPECT_EQ(parseDatasetName("4").error().kind, ErrorKind::Usage);
}

TEST(caloBinningSharedData, BuiltinGeometriesEqualTheChallengesFiles) {
    const std::filesystem::path folder = std::filesystem::path(LUPA_SHARED_DATA_DIR) / "calochallenge";
    if (!std::filesystem::exists(folder))
        GTEST_SKIP() << "no ../shared/data/calochallenge here";
    const std::pair<Dataset, const char*> files[] = {{Dataset::OnePhotons, "binning_dataset_1_photons.xml"},
                                                     {Dataset::OnePions, "binning_dataset_1_pions.xml"},
                                                     {Dataset::Two, "binning_dataset_2.xml"},
                                                     {Dataset::Three, "binning_dataset_3.xml"}};
    for (const auto& [dataset, name] : files) {
        const auto read = Binning::fromXmlFile(folder / name);
        ASSERT_TRUE(read.ok()) << read.error().describe();
        const Binning builtin = Binning::builtin(dataset);
        EXPECT_EQ(read->pdgId(), builtin.pdgId()) << name;
        EXPECT_EQ(read->particle(), builtin.particle()) << name;
        ASSERT_EQ(read->layers().size(), builtin.layers().size()) << name;
        for (std::size_t i = 0; i < builtin.layers().size(); ++i) {
            const Layer& a = read->layers()[i];
            const Layer& b = builtin.layers()[i];
            EXPECT_EQ(a.angularBins, b.angularBins) << name << " layer " << i;
            ASSERT_EQ(a.radialEdges.size(), b.radialEdges.size()) << name << " layer " << i;
            for (std::size_t e = 0; e < a.radialEdges.size(); ++e)
                EXPECT_NEAR(a.radialEdges[e], b.radialEdges[e], 1e-9) << name << " layer " << i;
        }
        EXPECT_EQ(read->voxelCount(), builtin.voxelCount()) << name;
    }
}

} // namespace
} // namespace lupa::calo
