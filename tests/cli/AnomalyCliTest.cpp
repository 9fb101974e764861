// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli anomaly simulate | train | score | eval | export` end to end, on ADC2021 files and on a
// generic CSV table with a label column, and their bad input.
#include "../core/TempDir.hpp"
#include "CliRunner.hpp"

#include <lupa/core/Json.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>
#include <random>

namespace lupa::test {
namespace {

namespace fs = std::filesystem;

std::string simulate(const TempDir& dir, const std::string& process, int events, int seed,
                     const std::string& extra = "") {
    const auto path = (dir / (process + ".h5")).string();
    const auto run = runCli(fmt::format("anomaly simulate --process {} --events {} --seed {} {} --out {}",
                                        process, events, seed, extra, path));
    EXPECT_EQ(run.exitCode, 0) << run.err;
    return path;
}

std::string train(const TempDir& dir, const std::string& background, const std::string& extra = "") {
    const auto model = (dir / "ae.lupa").string();
    const auto run =
        runCli(fmt::format("anomaly train --background {} --epochs 4 {} --out {}", background, extra, model));
    EXPECT_EQ(run.exitCode, 0) << run.err;
    return model;
}

// Ten Gaussian features; signal events (label 1) have a wider spread in the last three.
void writeGaussianTable(const fs::path& path, int events, bool withSignal, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal;
    std::ofstream out(path);
    for (int c = 0; c < 10; ++c)
        out << "x" << c << ',';
    out << "label\n";
    for (int e = 0; e < events; ++e) {
        const bool signal = withSignal && e % 2 == 1;
        for (int c = 0; c < 10; ++c)
            out << normal(random) * (signal && c >= 7 ? 4.0 : 1.0) << ',';
        out << (signal ? 1 : 0) << '\n';
    }
}

TEST(AnomalyCli, SimulateTrainEvalFindsEverySignal) {
    TempDir dir;
    const auto background = simulate(dir, "background", 30000, 1);
    const auto model = train(dir, background);
    std::string signals;
    for (const auto* process : {"Ato4l", "leptoquark", "hToTauTau", "hChToTauNu"})
        signals += " --signal " + simulate(dir, process, 3000, 2);
    const auto testBackground = simulate(dir, "background", 30000, 7); // overwrites: a fresh sample
    const auto run =
        runCli(fmt::format("--json anomaly eval --model {} --background {} {} --fixed-point 16,6 "
                           "--bootstrap 20 --out {}",
                           model, testBackground, signals, (dir / "eval.json").string()));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = parseJson(run.out, "stdout").value();
    ASSERT_EQ(json["signals"].size(), 4U);
    for (const auto& signal : json["signals"]) {
        EXPECT_GT(signal["auc"].get<double>(), 0.53) << signal["name"];
        EXPECT_GT(signal["auc_uncertainty"].get<double>(), 0.0);
        ASSERT_EQ(signal["working_points"].size(), 3U);
        EXPECT_EQ(signal["working_points"][2]["target_fpr"], 1e-5);
        EXPECT_TRUE(signal["working_points"][2]["limited_by_statistics"].get<bool>()); // 30k background
        EXPECT_DOUBLE_EQ(signal["working_points"][0]["trigger_rate_hz"].get<double>(), 40e3);
    }
    const auto& fixed = json["fixed_point"];
    EXPECT_EQ(fixed["data"], "ap_fixed<16,6>");
    EXPECT_EQ(fixed["stages"].size(), 5U); // input + 4 layers of 57-32-8-32-57
    EXPECT_EQ(fixed["signals"].size(), 4U);
    EXPECT_LT(fixed["mean_relative_score_difference"].get<double>(), 0.2);
    EXPECT_EQ(readJsonFile(dir / "eval.json").value()["signals"].size(), 4U);
    EXPECT_NE(run.err.find("TPR@1e-05"), std::string::npos) << run.err;
}

TEST(AnomalyCli, StrongerSignalGivesHigherAuc) {
    TempDir dir;
    const auto model = train(dir, simulate(dir, "background", 20000, 1));
    const auto background = simulate(dir, "background", 20000, 9);
    const auto nominal = simulate(dir, "Ato4l", 3000, 2);
    const auto heavy = (dir / "heavy.h5").string();
    ASSERT_EQ(
        runCli(fmt::format("anomaly simulate --process Ato4l --events 3000 --seed 2 --mass-scale 2 --out {}",
                           heavy))
            .exitCode,
        0);
    const auto run =
        runCli(fmt::format("--json anomaly eval --model {} --background {} --signal {} --signal {}", model,
                           background, nominal, heavy));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = parseJson(run.out, "stdout").value();
    EXPECT_GT(json["signals"][1]["auc"].get<double>(), json["signals"][0]["auc"].get<double>() + 0.03);
}

TEST(AnomalyCli, VariationalAutoencoderScoresWithItsLatent) {
    TempDir dir;
    const auto background = simulate(dir, "background", 20000, 1);
    const auto vae = (dir / "vae.lupa").string();
    auto run = runCli(fmt::format("anomaly train --model vae --beta 0.5 --background {} --epochs 4 --out {}",
                                  background, vae));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.err.find("variational autoencoder"), std::string::npos) << run.err;
    const auto signal = simulate(dir, "leptoquark", 3000, 2);
    const auto test = (dir / "test.h5").string();
    ASSERT_EQ(
        runCli(fmt::format("anomaly simulate --process background --events 20000 --seed 5 --out {}", test))
            .exitCode,
        0);
    for (const char* score : {"", "--score kl", "--score combined", "--score reconstruction"}) {
        run = runCli(
            fmt::format("--json anomaly eval --model {} --background {} --signal {} {} --fixed-point 16,6",
                        vae, test, signal, score));
        ASSERT_EQ(run.exitCode, 0) << score << run.err;
        EXPECT_GT(parseJson(run.out, "stdout").value()["signals"][0]["auc"].get<double>(), 0.53) << score;
    }
    const auto model = train(dir, background);
    run = runCli(
        fmt::format("anomaly eval --model {} --background {} --signal {} --score kl", model, test, signal));
    EXPECT_EQ(run.exitCode, 2) << run.err;
    EXPECT_NE(run.err.find("variational"), std::string::npos) << run.err;
}

TEST(AnomalyCli, GenericCsvTableWithALabelColumn) {
    TempDir dir;
    writeGaussianTable(dir / "train.csv", 4000, false, 1);
    writeGaussianTable(dir / "test.csv", 4000, true, 2);
    const auto model =
        train(dir, (dir / "train.csv").string(), "--columns x0,x1,x2,x3,x4,x5,x6,x7,x8,x9 --latent 3");
    const auto run = runCli(fmt::format("--json anomaly eval --model {} --input {} --label-column label",
                                        model, (dir / "test.csv").string()));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = parseJson(run.out, "stdout").value();
    ASSERT_EQ(json["signals"].size(), 1U);
    EXPECT_EQ(json["signals"][0]["name"], "label 1");
    EXPECT_GT(json["signals"][0]["auc"].get<double>(), 0.8);
    const auto scores = dir / "scores.csv";
    ASSERT_EQ(runCli(fmt::format("anomaly score --model {} --input {} --explain --out {}", model,
                                 (dir / "test.csv").string(), scores.string()))
                  .exitCode,
              0);
    const auto text = readFile(scores).value();
    EXPECT_TRUE(text.starts_with("index,score,top_feature\n0,"));
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 4001);
    const auto exported = dir / "ae.json";
    const auto torchScript = dir / "ae.pt";
    const auto exportRun = runCli(fmt::format("anomaly export --model {} --out {} --torchscript {}", model,
                                              exported.string(), torchScript.string()));
    ASSERT_EQ(exportRun.exitCode, 0) << exportRun.err;
    EXPECT_EQ(readJsonFile(exported).value()["layers"].size(), 4U);
    EXPECT_TRUE(readFile(torchScript).value().starts_with("PK")); // a TorchScript archive is a zip file
}

TEST(AnomalyCli, BadInputIsRefusedWithExitCode3) {
    TempDir dir;
    writeGaussianTable(dir / "train.csv", 500, false, 1);
    const auto model = train(dir, (dir / "train.csv").string(), "--columns x0,x1,x2,x3,x4 --latent 2");
    // A table without a column the model needs.
    std::ofstream(dir / "narrow.csv") << "x0,x1,x2,x3\n1,2,3,4\n";
    auto run = runCli(fmt::format("anomaly score --model {} --input {} --out {}", model,
                                  (dir / "narrow.csv").string(), (dir / "s.csv").string()));
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_NE(run.err.find("'x4'"), std::string::npos) << run.err;
    EXPECT_FALSE(fs::exists(dir / "s.csv"));
    // NaN: refused with its line, or masked when asked.
    std::ofstream(dir / "nan.csv") << "x0,x1,x2,x3,x4\n1,2,3,4,5\n1,nan,3,4,5\n";
    run = runCli(fmt::format("anomaly score --model {} --input {} --out {}", model,
                             (dir / "nan.csv").string(), (dir / "s.csv").string()));
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_NE(run.err.find("nan.csv:3"), std::string::npos) << run.err;
    run = runCli(fmt::format("--json anomaly score --model {} --input {} --non-finite mask --out {}", model,
                             (dir / "nan.csv").string(), (dir / "s.csv").string()));
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(parseJson(run.out, "stdout").value()["input"]["non_finite_masked"], 1);
    // Evaluation without labels, a model file that is not one, a bad fixed-point format.
    run = runCli(fmt::format("anomaly eval --model {} --input {}", model, (dir / "nan.csv").string()));
    EXPECT_NE(run.exitCode, 0);
    std::ofstream(dir / "fake.lupa") << "not a model";
    run = runCli(fmt::format("anomaly eval --model {} --background {} --signal {}",
                             (dir / "fake.lupa").string(), (dir / "train.csv").string(),
                             (dir / "train.csv").string()));
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_NE(run.err.find("not a lupa model file"), std::string::npos) << run.err;
    run = runCli(fmt::format("anomaly score --model {} --input {} --fixed-point 16 --out {}", model,
                             (dir / "train.csv").string(), (dir / "s.csv").string()));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.err.find("fixed-point"), std::string::npos) << run.err;
}

} // namespace
} // namespace lupa::test
