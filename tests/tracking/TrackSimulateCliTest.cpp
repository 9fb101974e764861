// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli track simulate` end to end: files, JSON counts, determinism and bad options.
#include "../cli/CliRunner.hpp"
#include "../core/TempDir.hpp"

#include <lupa/core/Json.hpp>
#include <lupa/core/trackml/Detectors.hpp>
#include <lupa/core/trackml/EventReader.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace lupa::test {
namespace {

namespace fs = std::filesystem;

CliRun simulate(const fs::path& out, const std::string& extra) {
    return runCli(fmt::format("--json track simulate --out {} {}", out.string(), extra));
}

TEST(TrackSimulateCli, WritesEventsGeometryAndCounts) {
    TempDir dir;
    const auto out = dir / "events";
    const auto geometry = dir / "detectors.csv";
    const auto run =
        simulate(out, fmt::format("--events 2 --mu 3 --seed 4 --geometry-out {}", geometry.string()));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = parseJson(run.out, "stdout");
    ASSERT_TRUE(json.ok()) << run.out;
    EXPECT_EQ((*json)["ok"], true);
    EXPECT_EQ((*json)["events"], 2);
    EXPECT_EQ((*json)["mu"], 3.0);
    ASSERT_EQ((*json)["per_event"].size(), 2U);
    std::size_t particles = 0;
    std::size_t hits = 0;
    for (const auto& entry : (*json)["per_event"]) {
        const auto prefix = entry["prefix"].get<std::string>();
        const auto event = trackml::readEvent(prefix, {true, true, true, true});
        ASSERT_TRUE(event.ok()) << event.error().describe();
        EXPECT_EQ(event->particles.size(), entry["particles"].get<std::size_t>());
        EXPECT_EQ(event->hits.size(), entry["hits"].get<std::size_t>());
        EXPECT_EQ(event->cells.size(), event->hits.size());
        EXPECT_GT(event->hits.size(), 1000U);
        particles += event->particles.size();
        hits += event->hits.size();
    }
    EXPECT_TRUE(fs::exists(out / "event000000001-truth.csv"));
    EXPECT_TRUE(fs::exists(out / "event000000002-cells.csv"));
    EXPECT_EQ((*json)["particles"].get<std::size_t>(), particles);
    EXPECT_EQ((*json)["hits"].get<std::size_t>(), hits);
    EXPECT_NE(run.err.find("2 events"), std::string::npos) << run.err;
    const auto detectors = trackml::Detectors::read(geometry);
    ASSERT_TRUE(detectors.ok()) << detectors.error().describe();
    EXPECT_NE(detectors->find(8, 2, 1), nullptr);
}

TEST(TrackSimulateCli, SameSeedSameFiles) {
    TempDir dir;
    for (const char* name : {"a", "b"})
        ASSERT_EQ(simulate(dir / name, "--events 1 --mu 2 --seed 9").exitCode, 0);
    ASSERT_EQ(simulate(dir / "c", "--events 1 --mu 2 --seed 10").exitCode, 0);
    for (const char* part : {"hits", "particles", "truth", "cells"}) {
        const auto file = fmt::format("event000000001-{}.csv", part);
        const auto a = readFile(dir / "a" / file);
        ASSERT_TRUE(a.ok()) << file;
        EXPECT_EQ(*a, readFile(dir / "b" / file).value()) << file;
        EXPECT_NE(*a, readFile(dir / "c" / file).value()) << file;
    }
}

TEST(TrackSimulateCli, FirstEventGzipAndSwitches) {
    TempDir dir;
    const auto run = simulate(dir.path(), "--events 1 --first-event 10 --mu 0 --gzip --no-scattering "
                                          "--energy-loss --noise 0 --inefficiency 0 --field 3.8");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(fs::exists(dir / "event000000010-hits.csv.gz"));
    const auto json = parseJson(run.out, "stdout").value();
    EXPECT_EQ(json["noise_hits"], 0);
    EXPECT_EQ(json["field_tesla"], 3.8);
    EXPECT_EQ(json["per_event"][0]["interactions"], 1); // the hard scatter alone
    const auto event = trackml::readEvent((dir / "event000000010").string());
    ASSERT_TRUE(event.ok()) << event.error().describe();
    for (const auto& t : event->truth)
        EXPECT_NE(t.particleId, 0U);
}

TEST(TrackSimulateCli, BadOptionsAreUsageErrors) {
    TempDir dir;
    const auto out = (dir / "out").string();
    for (const std::string bad : {"--events 0 --mu 1", "--events 1 --mu -1", "--events 1 --noise 1.5",
                                  "--events 1 --inefficiency -0.2", "--events 1 --field 0",
                                  "--events 2 --first-event 999999999", "--mu 1"}) {
        const auto run = simulate(out, bad);
        EXPECT_EQ(run.exitCode, 2) << bad << ": " << run.err;
        EXPECT_FALSE(fs::exists(dir / "out" / "event000000001-hits.csv")) << bad;
    }
    const auto run = runCli("--json track simulate --events 1");
    EXPECT_EQ(run.exitCode, 2); // no --out
    EXPECT_EQ(parseJson(run.out, "stdout").value()["error"]["kind"], "usage");
}

TEST(TrackSimulateCli, UnwritableFolderIsARuntimeFailure) {
    TempDir dir;
    const auto file = dir.write("plain-file", "x");
    const auto run = simulate(file / "events", "--events 1 --mu 1");
    EXPECT_EQ(run.exitCode, 1) << run.err;
}

TEST(TrackSimulateCli, PlanarModulesOfADetectorsCsv) {
    TempDir dir;
    const auto detectors = (dir / "detectors.csv").string();
    ASSERT_EQ(simulate(dir / "a", "--events 1 --mu 0 --geometry-out " + detectors).exitCode, 0);
    const auto run = simulate(dir / "b", "--events 1 --mu 2 --geometry " + detectors);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(parseJson(run.out, "stdout").value()["geometry"], detectors);
    const auto event = trackml::readEvent((dir / "b" / "event000000001").string());
    ASSERT_TRUE(event.ok()) << event.error().describe();
    const auto modules = trackml::Detectors::read(detectors).value();
    EXPECT_GT(event->hits.size(), 500U);
    for (const auto& hit : event->hits)
        ASSERT_NE(modules.find(hit.volume, hit.layer, hit.module), nullptr) << hit.id;

    const auto bad = dir.write("bad.csv", "volume_id,layer_id\n7,2\n");
    EXPECT_EQ(simulate(dir / "c", "--events 1 --geometry " + bad.string()).exitCode, 3);
}

} // namespace
} // namespace lupa::test
