// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The CaloChallenge classifier test on simulated showers: it cannot tell a sample from itself, it
// tells a distorted one apart, more so the larger the distortion, and the same seed gives the same AUC.
#include "../core/TempDir.hpp"

#include <lupa/core/calo/ClassifierTest.hpp>
#include <lupa/core/calo/ShowerSimulator.hpp>

#include <gtest/gtest.h>

namespace lupa::calo {
namespace {

ShowerSample sampleOf(const test::TempDir& dir, const std::string& name, std::uint64_t seed, double scale,
                      std::size_t showers = 2000) {
    Distortion distortion;
    distortion.energyScale = scale;
    const ShowerSimulator simulator(Dataset::OnePhotons, seed, distortion);
    auto writer = ShowerWriter::create(dir / name, simulator.binning().voxelCount());
    EXPECT_TRUE(writer->append(simulator.simulate(0, showers)).ok());
    EXPECT_TRUE(writer->commit().ok());
    auto reader = ShowerReader::open(dir / name);
    return readShowerSample(*reader, simulator.binning(), NullProgress::instance()).value();
}

ClassifierOptions quick(ClassifierFeatures features) {
    ClassifierOptions options;
    options.features = features;
    options.hiddenLayers = 2;
    options.hiddenUnits = 64;
    options.epochs = 40;
    options.batchSize = 64;
    options.learningRate = 2e-3;
    options.bootstrapReplicas = 20;
    return options;
}

TEST(mlCaloClassifier, LargerDistortionGivesLargerAuc) {
    test::TempDir dir;
    const auto reference = highLevelInputs(sampleOf(dir, "r.h5", 1, 0.0), 0).value();
    const auto same = highLevelInputs(sampleOf(dir, "s.h5", 2, 0.0), 0).value();
    const auto small = highLevelInputs(sampleOf(dir, "a.h5", 3, 0.2), 0).value();
    const auto large = highLevelInputs(sampleOf(dir, "b.h5", 4, 1.0), 0).value();
    ASSERT_EQ(reference.shape, (std::vector<std::int64_t>{2000, 1 + 5 + 4 * 2}));
    const auto options = quick(ClassifierFeatures::HighLevel);
    const auto none = runClassifierTest(reference, same, options).value();
    const auto some = runClassifierTest(reference, small, options).value();
    const auto much = runClassifierTest(reference, large, options).value();
    EXPECT_LT(none.calibrated.auc, 0.6);
    EXPECT_LT(none.calibrated.auc, some.calibrated.auc);
    EXPECT_LT(some.calibrated.auc, much.calibrated.auc);
    EXPECT_GT(much.calibrated.auc, 0.9);
    EXPECT_GT(much.calibrated.jsd, none.calibrated.jsd);
    EXPECT_GT(much.aucUncertainty, 0.0);
    EXPECT_EQ(much.evaluationRows, 800U);
    EXPECT_EQ(much.trainRows, 2400U);
    const auto again = runClassifierTest(reference, large, options).value();
    EXPECT_EQ(again.calibrated.auc, much.calibrated.auc) << "seeded";
}

TEST(mlCaloClassifier, LowLevelInputsAsTheReferencePreparesThem) {
    test::TempDir dir;
    const ShowerSimulator simulator(Dataset::OnePhotons, 1);
    auto writer = ShowerWriter::create(dir / "r.h5", simulator.binning().voxelCount());
    const ShowerBlock block = simulator.simulate(0, 30);
    ASSERT_TRUE(writer->append(block).ok());
    ASSERT_TRUE(writer->commit().ok());
    auto reader = ShowerReader::open(dir / "r.h5");
    const auto inputs = lowLevelInputs(*reader, 20).value();
    ASSERT_EQ(inputs.shape, (std::vector<std::int64_t>{20, 369}));
    EXPECT_FLOAT_EQ(inputs.row(3)[0], std::log10(block.incidentEnergies[3]));
    EXPECT_FLOAT_EQ(inputs.row(3)[100], 100.0F * block.shower(3)[99] / block.incidentEnergies[3]);
    EXPECT_GT(defaultLowLevelShowers(6480), 10000U);
    EXPECT_FALSE(
        runClassifierTest(inputs, ml::Tensor::zeros({20, 5}), quick(ClassifierFeatures::LowLevel)).ok());
}

} // namespace
} // namespace lupa::calo
