// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli calo simulate` and `calo validate` end to end, in every dataset geometry, and their bad input.
#include "../core/TempDir.hpp"
#include "CliRunner.hpp"

#include <lupa/core/Json.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>

namespace lupa::test {
namespace {

namespace fs = std::filesystem;

std::string simulate(const TempDir& dir, const std::string& dataset, const std::string& name, int showers,
                     int seed, const std::string& extra = "") {
    const auto path = (dir / name).string();
    const auto run = runCli(fmt::format("calo simulate --dataset {} --showers {} --seed {} {} --out {}",
                                        dataset, showers, seed, extra, path));
    EXPECT_EQ(run.exitCode, 0) << run.err;
    return path;
}

// The built-in geometry by name (the challenge's XML files are not shipped with the tests).
std::string binningFor(const std::string& dataset) {
    return dataset;
}

TEST(CaloCli, ValidatesGeneratedPairsInEveryGeometry) {
    for (const auto& [dataset, showers] : std::vector<std::pair<std::string, int>>{
             {"1-photons", 300}, {"1-pions", 300}, {"2", 150}, {"3", 40}}) {
        TempDir dir;
        const auto reference = simulate(dir, dataset, "reference.h5", showers, 1);
        const auto candidate = simulate(dir, dataset, "candidate.h5", showers, 2, "--distort width=0.3");
        const std::string binning = dataset == "2" ? "" : "--binning " + binningFor(dataset); // 2: detected
        const bool one = dataset[0] == '1'; // FPD/KPD on 226 features (datasets 2, 3) is slow under ASan
        const std::string distances = one ? "" : "--no-distances";
        const auto run =
            runCli(fmt::format("--json calo validate --reference {} --candidate {} {} {} --out {}", reference,
                               candidate, binning, distances, (dir / "out").string()));
        ASSERT_EQ(run.exitCode, 0) << dataset << ": " << run.err;
        const auto metrics = readJsonFile(dir / "out" / "metrics.json");
        ASSERT_TRUE(metrics.ok()) << dataset;
        EXPECT_EQ((*metrics)["dataset"], dataset);
        const Json& features = (*metrics)["candidates"][0]["features"];
        EXPECT_TRUE(features.contains("Etot_Einc")) << dataset;
        EXPECT_TRUE(features.contains("voxel_energy")) << dataset;
        EXPECT_TRUE(features["Etot_Einc"]["separation_power"].is_number()) << dataset;
        EXPECT_EQ((*metrics)["candidates"][0]["fpd"].is_object(), one) << dataset;
        for (const auto& plot : (*metrics)["plots"])
            EXPECT_GT(fs::file_size(dir / "out" / plot.get<std::string>()), 500U) << plot;
        EXPECT_TRUE(fs::exists(dir / "out" / "average_shower_reference.svg")) << dataset;
        EXPECT_TRUE(fs::exists(dir / "out" / "Etot_Einc.svg")) << dataset;
        EXPECT_NE(readFile(dir / "out" / "report.html").value().find("Etot_Einc.svg"), std::string::npos)
            << dataset;
        EXPECT_EQ(parseJson(run.out, "stdout").value()["candidates"].size(), 1U);
    }
}

TEST(CaloCli, SameInputsGiveTheSameMetrics) {
    TempDir dir;
    const auto reference = simulate(dir, "1-photons", "r.h5", 200, 5);
    const auto candidate =
        simulate(dir, "1-photons", "c.h5", 200, 6, "--distort shift=1 --distort fluct=0.5");
    std::string texts[2];
    for (int i = 0; i < 2; ++i) {
        const auto out = dir / ("out" + std::to_string(i));
        ASSERT_EQ(
            runCli(fmt::format("calo validate --reference {} --candidate {} --binning {} --out {} --no-plots",
                               reference, candidate, binningFor("1-photons"), out.string()))
                .exitCode,
            0);
        texts[i] = readFile(out / "metrics.json").value();
    }
    EXPECT_EQ(texts[0], texts[1]);
}

TEST(CaloCli, ClassifierTestThroughItsModule) {
    TempDir dir;
    const auto reference = simulate(dir, "1-photons", "r.h5", 400, 5);
    const auto candidate = simulate(dir, "1-photons", "c.h5", 400, 6, "--distort scale=0.5");
    const auto run = runCli(fmt::format("--json calo validate --reference {} --candidate {} --out {} "
                                        "--no-distances --classifier both --classifier-epochs 3",
                                        reference, candidate, (dir / "out").string()));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto metrics = readJsonFile(dir / "out" / "metrics.json").value();
    for (const char* kind : {"low", "high"}) {
        const Json& classifier = metrics["candidates"][0]["classifiers"][kind];
        ASSERT_TRUE(classifier["auc"].is_number()) << kind << ": " << metrics.dump();
        EXPECT_GE(classifier["auc"].get<double>(), 0.0);
        EXPECT_LE(classifier["auc"].get<double>(), 1.0);
        EXPECT_GT(classifier["auc_uncertainty"].get<double>(), 0.0);
        EXPECT_EQ(classifier["rows"]["evaluation"], 160);
    }
    EXPECT_TRUE(fs::exists(dir / "out" / "classifier_roc_low.svg"));
    EXPECT_TRUE(fs::exists(dir / "out" / "classifier_roc_high.svg"));
    EXPECT_GE(metrics["candidates"][0]["classifiers"]["high"]["roc"]["fpr"].size(), 2U);
    // How well it learns is tested in tests/ml (here: 400 showers, batches of 1000, 3 epochs).
}

TEST(CaloCli, BadInputIsRefusedWithTheFileNamed) {
    TempDir dir;
    const auto photons = simulate(dir, "1-photons", "photons.h5", 20, 1);
    const auto pions = simulate(dir, "1-pions", "pions.h5", 20, 1);
    const auto validate = [&](const std::string& candidate, const std::string& binning) {
        return runCli(fmt::format("calo validate --reference {} --candidate {} --binning {} --out {}",
                                  photons, candidate, binning, (dir / "out").string()));
    };
    auto run = validate(pions, binningFor("1-photons"));
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_NE(run.err.find("pions.h5"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("533"), std::string::npos) << run.err;
    const auto notHdf5 = dir.write("text.h5", "not an HDF5 file\n");
    run = validate(notHdf5.string(), binningFor("1-photons"));
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_NE(run.err.find("text.h5"), std::string::npos) << run.err;
    {
        std::ifstream in(photons, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        dir.write("truncated.h5", bytes.substr(0, bytes.size() / 2));
    }
    run = validate((dir / "truncated.h5").string(), binningFor("1-photons"));
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_NE(run.err.find("truncated.h5"), std::string::npos) << run.err;
    EXPECT_FALSE(fs::exists(dir / "out" / "metrics.json"));
    EXPECT_EQ(runCli("calo simulate --dataset 2 --showers 5 --distort tilt=1 --out x.h5").exitCode, 2);
    EXPECT_EQ(runCli("calo simulate --dataset 4 --showers 5 --out x.h5").exitCode, 2);
}

} // namespace
} // namespace lupa::test
