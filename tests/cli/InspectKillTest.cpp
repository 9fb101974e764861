// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli inspect run --db` killed with SIGKILL at random moments, many times: the QC database must
// always open and hold only whole records.
#include "../core/TempDir.hpp"
#include "CliRunner.hpp"

#include <lupa/vision/qc/QcDatabase.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <random>
#include <thread>
#include <unistd.h>

namespace lupa::test {
namespace {

namespace fs = std::filesystem;

/// Starts `lupa-cli args...` with stdout and stderr to /dev/null; returns its pid.
pid_t spawnCli(const std::vector<std::string>& args) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        ::dup2(null, STDIN_FILENO);
        ::dup2(null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
        std::vector<char*> argv;
        std::string program = LUPA_CLI_PATH;
        argv.push_back(program.data());
        std::vector<std::string> copies = args;
        for (auto& arg : copies)
            argv.push_back(arg.data());
        argv.push_back(nullptr);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    return pid;
}

/// Every inspection in the database reads back whole (all its declared defects present).
void expectOnlyWholeRecords(const fs::path& db, std::size_t& records) {
    auto database = vision::qc::QcDatabase::open(db, vision::qc::QcDatabase::OpenMode::ExistingOnly);
    ASSERT_TRUE(database.ok()) << database.error().describe();
    const auto integrity = database->checkIntegrity();
    ASSERT_TRUE(integrity.ok()) << integrity.error().describe();
    EXPECT_TRUE(integrity->problems.empty()) << integrity->problems.front();
    const auto summaries = database->listInspections();
    ASSERT_TRUE(summaries.ok());
    for (const auto& summary : *summaries) {
        const auto record = database->inspection(summary.id);
        ASSERT_TRUE(record.ok()) << record.error().describe();
        EXPECT_EQ(static_cast<std::int64_t>(record->defects.size()), summary.defectCount);
    }
    records = summaries->size();
}

TEST(InspectKill, KilledBatchesLeaveOnlyWholeRecords) {
    TempDir dir;
    const auto set = dir / "set";
    ASSERT_EQ(runCli(fmt::format("inspect simulate --pairs 80 --defects 8 --seed 9 --size 480 --out {}", set.string()))
                  .exitCode,
              0);
    const auto db = dir / "qc.sqlite";
    constexpr int kRepetitions = 12;
    std::mt19937_64 random(2024);
    std::uniform_int_distribution<int> delayMs(100, 1500);
    int killedMidway = 0;
    std::size_t records = 0;
    for (int rep = 0; rep < kRepetitions; ++rep) {
        const pid_t pid = spawnCli({"--threads", "1", "inspect", "run", "--pairs", (set / "list.txt").string(),
                                    "--root", set.string(), "--out", (dir / fmt::format("out{}", rep)).string(),
                                    "--db", db.string(), "--module-type", "flex"});
        ASSERT_GT(pid, 0);
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs(random)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        if (WIFSIGNALED(status))
            ++killedMidway;
        if (!fs::exists(db))
            continue; // killed before the database was created
        std::size_t now = 0;
        expectOnlyWholeRecords(db, now);
        EXPECT_GE(now, records) << "records were lost";
        records = now;
    }
    RecordProperty("repetitions", kRepetitions);
    RecordProperty("killed_midway", killedMidway);
    RecordProperty("records", static_cast<int>(records));
    EXPECT_GE(killedMidway, kRepetitions / 2);
    EXPECT_GT(records, 0U);
}

} // namespace
} // namespace lupa::test
