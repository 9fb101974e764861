// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli track score` end to end: a tiny event written here, its JSON, exit codes and messages.
#include "../cli/CliRunner.hpp"
#include "../core/TempDir.hpp"

#include <lupa/core/Json.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace lupa::test {
namespace {

namespace fs = std::filesystem;

/// Particle 11: hits 1-4 (pT 2 GeV), particle 22: hits 5-7 (pT 0.5 GeV), particle 33: hits 8-9
/// (pT 3 GeV), noise: hit 10. Weights 0.1 each, noise 0.
class TrackScoreCli : public ::testing::Test {
protected:
    void SetUp() override {
        std::string hits = "hit_id,x,y,z,volume_id,layer_id,module_id\n";
        std::string truth = "hit_id,particle_id,tx,ty,tz,tpx,tpy,tpz,weight\n";
        for (int hit = 1; hit <= 10; ++hit) {
            const int particle = particleOf(hit);
            hits += fmt::format("{},{},0,0,8,2,1\n", hit, 30 * hit);
            truth += fmt::format("{},{},{},0,0,0,0,0,{}\n", hit, particle, 30 * hit,
                                 particle == 0 ? 0.0 : 1.0 / 9);
        }
        m_dir.write("event000000007-hits.csv", hits);
        m_dir.write("event000000007-truth.csv", truth);
        m_dir.write("event000000007-particles.csv", "particle_id,vx,vy,vz,px,py,pz,q,nhits\n"
                                                    "11,0,0,0,2.0,0,0,1,4\n"
                                                    "22,0,0,0,0,0.5,0,1,3\n"
                                                    "33,0,0,0,0,3.0,0,-1,2\n");
    }
    static int particleOf(int hit) { return hit <= 4 ? 11 : hit <= 7 ? 22 : hit <= 9 ? 33 : 0; }

    [[nodiscard]] std::string prefix() const { return (m_dir / "event000000007").string(); }

    /// A submission of event 7 with `trackOf(hit)` for hits 1-10 (negative = leave the hit out).
    fs::path submission(int (*trackOf)(int), const std::string& name = "submission.csv") const {
        std::string text = "event_id,hit_id,track_id\n";
        for (int hit = 1; hit <= 10; ++hit)
            if (trackOf(hit) >= 0)
                text += fmt::format("7,{},{}\n", hit, trackOf(hit));
        return m_dir.write(name, text);
    }

    [[nodiscard]] CliRun score(const fs::path& submissionFile, const std::string& extra = "") const {
        return runCli(fmt::format("track score --event {} --submission {} --json {}", prefix(),
                                  submissionFile.string(), extra));
    }

    TempDir m_dir;
};

Json jsonOf(const CliRun& run) {
    auto json = parseJson(run.out, "stdout");
    EXPECT_TRUE(json.ok()) << run.out << run.err;
    return json.ok() ? *json : Json::object();
}

TEST_F(TrackScoreCli, PerfectSubmissionScoresOne) {
    const auto run = score(submission([](int hit) { return particleOf(hit); }));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = jsonOf(run);
    EXPECT_TRUE(json["ok"].get<bool>());
    EXPECT_NEAR(json["score"].get<double>(), 1.0, 1e-12);
    EXPECT_EQ(json["hits"].get<int>(), 10);
    EXPECT_EQ(json["tracks"].get<int>(), 4);
    EXPECT_EQ(json["event_id"].get<int>(), 7);
    // Selected (pT > 1 GeV, >= 4 hits): particle 11 only; tracks with >= 3 hits: 11's, 22's.
    EXPECT_DOUBLE_EQ(json["efficiency"].get<double>(), 1.0);
    EXPECT_DOUBLE_EQ(json["fake_rate"].get<double>(), 0.0);
    EXPECT_DOUBLE_EQ(json["duplicate_rate"].get<double>(), 0.0);
    EXPECT_EQ(json["metrics"]["selected_particles"].get<int>(), 1);
    EXPECT_EQ(json["metrics"]["tracks"].get<int>(), 2);
    EXPECT_TRUE(json["metrics"]["histograms"].contains("efficiency_vs_pt"));
    EXPECT_NE(run.err.find("score"), std::string::npos) << "human summary on stderr";
}

TEST_F(TrackScoreCli, PartialSubmissionScoresWhatItFound) {
    // Hits 1-3 on one track (3 of particle 11's 4 hits), 5-7 split 2 + 1, 8-10 together (33 + noise).
    const auto run = score(submission([](int hit) {
        return hit == 4 ? -1 : hit <= 3 ? 1 : hit <= 6 ? 2 : 3;
    }));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = jsonOf(run);
    // Good: track 1 (11: 3/3, 3/4), track 2 (22: 2/2, 2/3), track 3 (7, 8, 9, 10: 33 has 2 of 4: no).
    EXPECT_NEAR(json["score"].get<double>(), 5.0 / 9.0, 1e-12);
    EXPECT_EQ(json["unassigned_hits"].get<int>(), 1);
    EXPECT_EQ(json["good_tracks"].get<int>(), 2);
}

TEST_F(TrackScoreCli, MinPtOptionChangesTheSelection) {
    const auto run = score(submission([](int hit) { return particleOf(hit); }), "--min-pt 0.2");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = jsonOf(run);
    EXPECT_EQ(json["metrics"]["selected_particles"].get<int>(), 1) << "22 has pT 0.5 but only 3 hits";
    EXPECT_DOUBLE_EQ(json["selection"]["min_pt_gev"].get<double>(), 0.2);
}

TEST_F(TrackScoreCli, WritesTheJsonToAFile) {
    const auto out = m_dir / "score.json";
    const auto run = score(submission([](int hit) { return particleOf(hit); }), "--out " + out.string());
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto written = readJsonFile(out);
    ASSERT_TRUE(written.ok()) << written.error().describe();
    EXPECT_NEAR((*written)["score"].get<double>(), 1.0, 1e-12);
}

TEST_F(TrackScoreCli, GzipSubmissionIsRead) {
    const auto plain = submission([](int hit) { return particleOf(hit); });
    ASSERT_EQ(runShell(fmt::format("gzip -k {}", plain.string())).exitCode, 0);
    const auto run = score(fs::path(plain.string() + ".gz"));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NEAR(jsonOf(run)["score"].get<double>(), 1.0, 1e-12);
}

TEST_F(TrackScoreCli, MissingTruthIsBadInputNamingThePath) {
    fs::remove(m_dir / "event000000007-truth.csv");
    const auto run = score(submission([](int hit) { return particleOf(hit); }));
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_NE(run.err.find("needs the truth file"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("event000000007-truth.csv"), std::string::npos) << run.err;
    EXPECT_EQ(jsonOf(run)["error"]["kind"].get<std::string>(), "bad_input");
}

TEST_F(TrackScoreCli, BadSubmissionRowIsBadInputWithFileAndLine) {
    const auto file = m_dir.write("bad.csv", "event_id,hit_id,track_id\n7,1,1\n7,2,-5\n");
    const auto run = score(file);
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_NE(run.err.find("bad.csv:3"), std::string::npos) << run.err;
    const auto json = jsonOf(run);
    EXPECT_EQ(json["error"]["line"].get<int>(), 3);
}

TEST_F(TrackScoreCli, HitsOfAnotherEventAreBadInput) {
    const auto file = m_dir.write("other.csv", "event_id,hit_id,track_id\n7,1,1\n7,99,1\n");
    const auto run = score(file);
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_NE(run.err.find("hit_id 99"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("other.csv"), std::string::npos) << run.err;
}

TEST_F(TrackScoreCli, SubmissionWithoutThisEventIsBadInput) {
    const auto file = m_dir.write("event8.csv", "event_id,hit_id,track_id\n8,1,1\n");
    const auto run = score(file);
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_NE(run.err.find("event 7"), std::string::npos) << run.err;
}

TEST_F(TrackScoreCli, UsageErrorsExitWithTwo) {
    const auto file = submission([](int hit) { return particleOf(hit); });
    EXPECT_EQ(runCli(fmt::format("track score --event {}", prefix())).exitCode, 2) << "no --submission";
    EXPECT_EQ(score(file, "--min-pt -1").exitCode, 2);
    EXPECT_EQ(score(file, "--min-pt abc").exitCode, 2);
}

} // namespace
} // namespace lupa::test
