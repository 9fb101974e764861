// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Validation end to end on simulated files: a larger distortion gives a larger separation power.
#include "../core/TempDir.hpp"

#include <lupa/core/calo/ShowerSimulator.hpp>
#include <lupa/core/calo/Validation.hpp>

#include <gtest/gtest.h>

namespace lupa::calo {
namespace {

std::filesystem::path simulate(const test::TempDir& dir, const std::string& name, Dataset dataset,
                               std::uint64_t seed, const Distortion& distortion, std::size_t showers) {
    const ShowerSimulator simulator(dataset, seed, distortion);
    auto writer = ShowerWriter::create(dir / name, simulator.binning().voxelCount());
    EXPECT_TRUE(writer.ok());
    EXPECT_TRUE(writer->append(simulator.simulate(0, showers)).ok());
    EXPECT_TRUE(writer->commit().ok());
    return dir / name;
}

const FeatureComparison& feature(const ValidationReport& report, const std::string& key) {
    for (const auto& f : report.features)
        if (f.column.key == key)
            return f;
    throw std::runtime_error("no feature " + key);
}

TEST(caloValidation, LargerDistortionGivesLargerSeparationPower) {
    test::TempDir dir;
    const auto reference = simulate(dir, "reference.h5", Dataset::OnePhotons, 1, {}, 1500);
    const auto same = simulate(dir, "same.h5", Dataset::OnePhotons, 2, {}, 1500);
    Distortion small, large;
    small.energyScale = 0.02;
    large.energyScale = 0.08;
    const auto a = simulate(dir, "small.h5", Dataset::OnePhotons, 3, small, 1500);
    const auto b = simulate(dir, "large.h5", Dataset::OnePhotons, 4, large, 1500);
    ValidationOptions options;
    options.physicsDistances = false;
    auto report = validateShowers(reference, {same, a, b}, Binning::builtin(Dataset::OnePhotons),
                                  NullProgress::instance(), options);
    ASSERT_TRUE(report.ok()) << report.error().describe();
    EXPECT_EQ(report->dataset, Dataset::OnePhotons);
    const auto& ratio = feature(*report, "Etot_Einc");
    ASSERT_EQ(ratio.metrics.size(), 3U);
    EXPECT_LT(ratio.metrics[0].separationPower, ratio.metrics[1].separationPower);
    EXPECT_LT(ratio.metrics[1].separationPower, ratio.metrics[2].separationPower);
    EXPECT_GT(ratio.metrics[2].separationPower, 0.3);
    EXPECT_NEAR(ratio.metrics[2].wasserstein, 0.08 * 0.95, 0.03);
    EXPECT_GT(ratio.metrics[2].kolmogorovSmirnov, ratio.metrics[0].kolmogorovSmirnov);
    EXPECT_GT(ratio.metrics[2].chi2, ratio.metrics[0].chi2);
    EXPECT_GT(ratio.metrics[0].separationPowerError, 0.0);
    EXPECT_EQ(ratio.reference.inRange() + ratio.reference.outside, 1500.0);
    // Dataset 1 also compares E_tot / E_inc per incident energy, and the voxel energies.
    EXPECT_NO_THROW(feature(*report, "Etot_Einc_E_65536"));
    EXPECT_GT(feature(*report, "voxel_energy").reference.inRange(), 0.0);
    EXPECT_NO_THROW(feature(*report, "ECEta_layer_1"));
    EXPECT_THROW(feature(*report, "ECEta_layer_0"), std::runtime_error) << "layer 0 has one angular bin";
}

TEST(caloValidation, ReportsAsJsonWithEveryNumber) {
    test::TempDir dir; // dataset 1 pions: 24 features for FPD and KPD (dataset 2 has 226: slow under ASan)
    const auto reference = simulate(dir, "reference.h5", Dataset::OnePions, 1, {}, 600);
    const auto same = simulate(dir, "same.h5", Dataset::OnePions, 2, {}, 600);
    Distortion wide;
    wide.lateralScale = 0.5;
    const auto candidate = simulate(dir, "wide.h5", Dataset::OnePions, 3, wide, 600);
    ValidationOptions options;
    auto report = validateShowers(reference, {same, candidate}, Binning::builtin(Dataset::OnePions),
                                  NullProgress::instance(), options);
    ASSERT_TRUE(report.ok()) << report.error().describe();
    ASSERT_TRUE(report->candidates[1].fpd.has_value());
    EXPECT_GT(report->candidates[1].fpd->value, report->candidates[0].fpd->value);
    const Json json = validationToJson(*report);
    EXPECT_EQ(json["dataset"], "1-pions");
    EXPECT_EQ(json["reference"]["showers"], 600);
    const auto separation = [&](int k, const char* key) {
        return json["candidates"][k]["features"][key]["separation_power"].get<double>();
    };
    EXPECT_GT(separation(1, "WidthR_layer_2"), separation(0, "WidthR_layer_2"))
        << "50 % wider showers are visible";
    EXPECT_TRUE(json["candidates"][1]["features"]["voxel_energy"]["wasserstein"].is_null());
    EXPECT_TRUE(json["candidates"][1]["kpd"]["value"].is_number());
    EXPECT_TRUE(json["candidates"][1]["classifiers"].empty());
}

TEST(caloValidation, NamesTheFileWhoseVoxelsDoNotFit) {
    test::TempDir dir;
    const auto reference = simulate(dir, "reference.h5", Dataset::OnePhotons, 1, {}, 20);
    const auto pions = simulate(dir, "pions.h5", Dataset::OnePions, 1, {}, 20);
    auto report =
        validateShowers(reference, {pions}, Binning::builtin(Dataset::OnePhotons), NullProgress::instance());
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, ErrorKind::BadInput);
    EXPECT_NE(report.error().describe().find("pions.h5"), std::string::npos);
    EXPECT_NE(report.error().describe().find("533"), std::string::npos);
    EXPECT_NE(report.error().describe().find("368"), std::string::npos);
}

} // namespace
} // namespace lupa::calo
