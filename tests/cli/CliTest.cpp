// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "../core/TempDir.hpp"
#include "CliRunner.hpp"

#include <lupa/core/CsvReader.hpp>
#include <lupa/core/Json.hpp>

#include <gtest/gtest.h>

#include <chrono>

namespace lupa {
namespace {

using test::runCli;

TEST(Cli, VersionAsJsonListsLibraries) {
    const auto run = runCli("--version --json");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = parseJson(run.out, "stdout");
    ASSERT_TRUE(json.ok()) << run.out;
    EXPECT_EQ((*json)["version"], LUPA_VERSION_FOR_TEST);
    for (const char* library : {"TBB", "HDF5", "OpenCV", "VTK", "fmt", "libtorch"})
        EXPECT_TRUE((*json)["libraries"].contains(library)) << library;
}

TEST(Cli, VersionAsText) {
    const auto run = runCli("--version");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.rfind("lupa-cli " LUPA_VERSION_FOR_TEST, 0), 0u) << run.out;
}

TEST(Cli, BadFlagIsAUsageError) {
    const auto run = runCli("--no-such-flag");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("--no-such-flag"), std::string::npos) << run.err;
    EXPECT_TRUE(run.out.empty());
}

TEST(Cli, UsageErrorAsJson) {
    const auto run = runCli("--json demo --particles 0");
    EXPECT_EQ(run.exitCode, 2);
    const auto json = parseJson(run.out, "stdout");
    ASSERT_TRUE(json.ok()) << run.out;
    EXPECT_EQ((*json)["ok"], false);
    EXPECT_EQ((*json)["error"]["kind"], "usage");
}

TEST(Cli, NoSubcommandPrintsHelpAndExitsTwo) {
    const auto run = runCli("");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("Subcommands"), std::string::npos);
}

TEST(Cli, HelpExitsZero) {
    const auto run = runCli("--help");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_NE(run.out.find("demo"), std::string::npos);
}

TEST(Cli, DemoWritesItsFilesAndReportsThem) {
    test::TempDir dir;
    const auto out = dir / "demo";
    const auto run = runCli("--json demo --particles 20 --seed 3 --out " + out.string());
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = parseJson(run.out, "stdout");
    ASSERT_TRUE(json.ok()) << run.out;
    EXPECT_EQ((*json)["ok"], true);
    EXPECT_EQ((*json)["particles"], 20);
    auto reader = CsvReader::open(out / "demo-hits.csv");
    ASSERT_TRUE(reader.ok());
    std::int64_t rows = 0;
    while (*reader->next())
        ++rows;
    EXPECT_EQ(rows, (*json)["hits"].get<std::int64_t>());
    EXPECT_NE(run.err.find("written to"), std::string::npos);
}

TEST(Cli, UnwritableOutputIsARuntimeFailureNamingThePath) {
    const auto run = runCli("--json demo --out /proc/lupa-cannot-write-here");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("/proc/lupa-cannot-write-here"), std::string::npos) << run.err;
    const auto json = parseJson(run.out, "stdout");
    ASSERT_TRUE(json.ok()) << run.out;
    EXPECT_EQ((*json)["error"]["kind"], "io");
}

TEST(Cli, CtrlCStopsALongJobAndLeavesNoPartialOutput) {
    test::TempDir dir;
    const auto out = dir / "demo";
    const auto started = std::chrono::steady_clock::now();
    // The shell starts lupa-cli in the background, waits until it catches SIGINT (a background job of a
    // non-interactive shell starts with SIGINT ignored, so an early signal would be lost: slow under ASan),
    // interrupts it a second later, and reports its exit code.
    const auto run = test::runShell(
        "'" LUPA_CLI_PATH "' --json demo --work-seconds 60 --out '" + out.string() +
        "' & pid=$!; for i in $(seq 300); do m=$(awk '/^SigCgt/{print $2}' /proc/$pid/status 2>/dev/null); "
        "[ -n \"$m\" ] && [ $(( 0x$m & 2 )) -ne 0 ] && break; sleep 0.1; done; sleep 1; kill -INT $pid; wait $pid");
    const auto elapsed = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(run.exitCode, 1) << run.err;
    EXPECT_LT(elapsed, std::chrono::seconds(30)) << "the job did not stop";
    const auto json = parseJson(run.out, "stdout");
    ASSERT_TRUE(json.ok()) << run.out;
    EXPECT_EQ((*json)["error"]["kind"], "cancelled");
    EXPECT_TRUE(std::filesystem::exists(out / "demo-hits.csv"));
    for (const auto& entry : std::filesystem::directory_iterator(out))
        EXPECT_EQ(entry.path().filename().string().find("demo-job"), std::string::npos) << entry.path();
}

TEST(Cli, ShortSimulatedJobCompletes) {
    test::TempDir dir;
    const auto run = runCli("demo --work-seconds 0.2 --out " + (dir / "d").string());
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(std::filesystem::exists(dir / "d" / "demo-job.txt"));
}

} // namespace
} // namespace lupa
