// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli track run` end to end: simulate -> run -> score through the command line, usage and input
// errors.
#include "../cli/CliRunner.hpp"
#include "../core/TempDir.hpp"

#include <lupa/core/Json.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace lupa::test {
namespace {

namespace fs = std::filesystem;

// Bounds measured on this event (mu 5, seed 21), with margin.
constexpr double kMinScore = 0.78;     // measured 0.879
constexpr double kMinEfficiency = 0.9; // measured 1.0
constexpr double kMaxFakeRate = 0.05;  // measured 0.0

Json jsonOf(const CliRun& run) {
    auto json = parseJson(run.out, "stdout");
    EXPECT_TRUE(json.ok()) << run.out << run.err;
    return json.ok() ? *json : Json::object();
}

TEST(TrackRunCli, SimulateRunScore) {
    const TempDir dir;
    const auto sim = runCli(
        fmt::format("track simulate --events 1 --mu 5 --seed 21 --out {} --json", dir.path().string()));
    ASSERT_EQ(sim.exitCode, 0) << sim.err;
    const std::string prefix = (dir / "event000000001").string();
    const auto submission = dir / "submission.csv";

    const auto run =
        runCli(fmt::format("track run --event {} --out {} --baseline --json", prefix, submission.string()));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = jsonOf(run);
    EXPECT_TRUE(json["ok"].get<bool>());
    EXPECT_EQ(json["method"].get<std::string>(), "baseline");
    EXPECT_EQ(json["event_id"].get<int>(), 1);
    EXPECT_GT(json["tracks"].get<int>(), 100);
    EXPECT_GT(json["assigned_hits"].get<int>(), json["tracks"].get<int>() * 4 - 1);
    for (const char* stage : {"seeding", "following", "ambiguity", "reconstruction"})
        EXPECT_GE(json["seconds"][stage].get<double>(), 0.0) << stage;
    EXPECT_NE(run.err.find("tracks"), std::string::npos) << "human summary on stderr";
    ASSERT_TRUE(fs::exists(submission));

    const auto score =
        runCli(fmt::format("track score --event {} --submission {} --json", prefix, submission.string()));
    ASSERT_EQ(score.exitCode, 0) << score.err;
    const auto scored = jsonOf(score);
    EXPECT_EQ(scored["tracks"].get<int>(), json["tracks"].get<int>());
    EXPECT_EQ(scored["assigned_hits"].get<int>(), json["assigned_hits"].get<int>());
    EXPECT_GT(scored["score"].get<double>(), kMinScore);
    EXPECT_GT(scored["efficiency"].get<double>(), kMinEfficiency);
    EXPECT_LT(scored["fake_rate"].get<double>(), kMaxFakeRate);

    // The baseline is also the default; without --json the summary still goes to stderr.
    const auto plain =
        runCli(fmt::format("track run --event {} --out {}", prefix, (dir / "again.csv.gz").string()));
    EXPECT_EQ(plain.exitCode, 0) << plain.err;
    EXPECT_TRUE(plain.out.empty());
    EXPECT_TRUE(fs::exists(dir / "again.csv.gz"));
}

TEST(TrackRunCli, EventWithoutHitsGivesNoTracks) {
    const TempDir dir;
    dir.write("event000000003-hits.csv", "hit_id,x,y,z,volume_id,layer_id,module_id\n");
    const auto out = dir / "empty.csv";
    const auto run = runCli(
        fmt::format("track run --event {} --out {} --json", (dir / "event000000003").string(), out.string()));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(jsonOf(run)["tracks"].get<int>(), 0);
    EXPECT_TRUE(fs::exists(out));
}

TEST(TrackRunCli, ModelThatIsNotAModelIsBadInput) {
    const TempDir dir;
    dir.write("event000000003-hits.csv", "hit_id,x,y,z,volume_id,layer_id,module_id\n");
    dir.write("gnn.lupa", "not a model");
    const auto run = runCli(fmt::format("track run --event {} --out {} --model {} --json",
                                        (dir / "event000000003").string(), (dir / "s.csv").string(),
                                        (dir / "gnn.lupa").string()));
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_NE(run.err.find("gnn.lupa"), std::string::npos) << run.err;
    EXPECT_FALSE(fs::exists(dir / "s.csv"));
    const auto both = runCli(fmt::format("track run --event {} --out {} --model {} --baseline",
                                         (dir / "event000000003").string(), (dir / "s.csv").string(),
                                         (dir / "gnn.lupa").string()));
    EXPECT_EQ(both.exitCode, 2) << both.err;
}

TEST(TrackRunCli, UsageErrorsExitWithTwo) {
    const TempDir dir;
    EXPECT_EQ(runCli(fmt::format("track run --out {}", (dir / "s.csv").string())).exitCode, 2)
        << "no --event";
    EXPECT_EQ(runCli(fmt::format("track run --event {}", (dir / "e").string())).exitCode, 2) << "no --out";
    EXPECT_EQ(runCli(fmt::format("track run --event {} --out {} --min-hits 2", (dir / "e").string(),
                                 (dir / "s.csv").string()))
                  .exitCode,
              2);
}

TEST(TrackRunCli, MissingOrBadHitsAreBadInput) {
    const TempDir dir;
    const auto missing = runCli(fmt::format("track run --event {} --out {}",
                                            (dir / "event000000004").string(), (dir / "s.csv").string()));
    EXPECT_EQ(missing.exitCode, 3) << missing.err;
    EXPECT_NE(missing.err.find("event000000004-hits.csv"), std::string::npos) << missing.err;

    dir.write("event000000005-hits.csv",
              "hit_id,x,y,z,volume_id,layer_id,module_id\n1,1,2,3,8,2,1\n2,x,2,3,8,2,1\n");
    const auto bad = runCli(fmt::format("track run --event {} --out {}", (dir / "event000000005").string(),
                                        (dir / "s.csv").string()));
    EXPECT_EQ(bad.exitCode, 3) << bad.err;
    EXPECT_NE(bad.err.find("event000000005-hits.csv:3"), std::string::npos) << bad.err;
}

} // namespace
} // namespace lupa::test
