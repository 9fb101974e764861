// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli track simulate -> train -> run --model -> score` end to end, and training's input errors.
#include "../cli/CliRunner.hpp"
#include "../core/TempDir.hpp"

#include <lupa/core/Json.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace lupa::test {
namespace {

namespace fs = std::filesystem;

Json jsonOf(const CliRun& run) {
    auto json = parseJson(run.out, "stdout");
    EXPECT_TRUE(json.ok()) << run.out << run.err;
    return json.ok() ? *json : Json::object();
}

TEST(TrackTrainCli, SimulateTrainRunScore) {
    const TempDir dir;
    const auto training = dir / "training";
    const auto sim =
        runCli(fmt::format("track simulate --events 3 --mu 1 --seed 5 --out {} --json", training.string()));
    ASSERT_EQ(sim.exitCode, 0) << sim.err;
    const auto model = dir / "gnn.lupa";
    const auto train = runCli(fmt::format(
        "track train --events {} --out {} --epochs 2 --hidden 8 --steps 1 --validation 0.34 --json",
        training.string(), model.string()));
    ASSERT_EQ(train.exitCode, 0) << train.err;
    const auto trained = jsonOf(train);
    EXPECT_EQ(trained["events"].get<int>(), 3);
    EXPECT_EQ(trained["graph"].get<std::string>(), "layer_map");
    EXPECT_GT(trained["layer_pairs"].get<int>(), 0);
    EXPECT_EQ(trained["training"]["trainLoss"].size(), 2U);
    EXPECT_EQ(trained["training"]["validationLoss"].size(), 2U);
    ASSERT_TRUE(fs::exists(model));

    const auto test = dir / "test";
    ASSERT_EQ(
        runCli(fmt::format("track simulate --events 1 --mu 1 --seed 9 --out {}", test.string())).exitCode, 0);
    const auto prefix = (test / "event000000001").string();
    const auto submission = dir / "gnn.csv";
    const auto run = runCli(fmt::format("track run --event {} --model {} --out {} --json", prefix,
                                        model.string(), submission.string()));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto ran = jsonOf(run);
    EXPECT_EQ(ran["method"].get<std::string>(), "gnn");
    EXPECT_GT(ran["edges"].get<int>(), 0);
    EXPECT_LE(ran["kept_edges"].get<int>(), ran["edges"].get<int>());
    EXPECT_GE(ran["seconds"]["reconstruction"].get<double>(), ran["seconds"]["classifier"].get<double>());
    ASSERT_TRUE(fs::exists(submission));

    const auto score =
        runCli(fmt::format("track score --event {} --submission {} --json", prefix, submission.string()));
    ASSERT_EQ(score.exitCode, 0) << score.err;
    const auto scored = jsonOf(score);
    EXPECT_GE(scored["score"].get<double>(), 0.0);
    EXPECT_LE(scored["score"].get<double>(), 1.0);
}

TEST(TrackTrainCli, EventsWithoutTruthOrNoEventsAreBadInput) {
    const TempDir dir;
    fs::create_directories(dir / "empty");
    fs::create_directories(dir / "notruth");
    dir.write("empty/readme.txt", "no events here");
    const auto none = runCli(
        fmt::format("track train --events {} --out {}", (dir / "empty").string(), (dir / "m.lupa").string()));
    EXPECT_EQ(none.exitCode, 3) << none.err;
    EXPECT_NE(none.err.find("no TrackML event"), std::string::npos) << none.err;
    dir.write("notruth/event000000001-hits.csv",
              "hit_id,x,y,z,volume_id,layer_id,module_id\n1,30,0,0,8,2,1\n");
    const auto noTruth = runCli(fmt::format("track train --events {} --out {}", (dir / "notruth").string(),
                                            (dir / "m.lupa").string()));
    EXPECT_EQ(noTruth.exitCode, 3) << noTruth.err;
    EXPECT_FALSE(fs::exists(dir / "m.lupa"));
    const auto badGraph = runCli(fmt::format("track train --events {} --out {} --graph bogus",
                                             (dir / "notruth").string(), (dir / "m.lupa").string()));
    EXPECT_EQ(badGraph.exitCode, 2) << badGraph.err;
}

} // namespace
} // namespace lupa::test
