// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Every file of tests/bad-input must be refused by lupa-cli with exit code 3, a message naming the file,
// no crash and no output file (see tests/bad-input/README.md).
#include "CliRunner.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lupa::test {
namespace {

namespace fs = std::filesystem;

const fs::path kBadInput = fs::path(LUPA_TEST_DATA_DIR).parent_path() / "bad-input";

struct Case {
    fs::path file;       ///< the bad file
    std::string command; ///< the lupa-cli command line that reads it, writing to OUT
};

// A small anomaly model over the columns x0, x1, x2 (tests/data), for the bad tables.
const fs::path kGoodModel = fs::path(LUPA_TEST_DATA_DIR) / "anomaly-xyz-model.lupa";

std::string quoted(const fs::path& path) {
    return fmt::format("'{}'", path.string());
}

// tests/bad-input/anomaly: models (.lupa) are scored on a good table, tables with the good model.
Case anomalyCase(const fs::path& file) {
    const bool model = file.extension() == ".lupa";
    const fs::path table = kBadInput / "anomaly" / "good-table.csv.txt";
    return {file, fmt::format("anomaly score --model {} --input {} --out OUT",
                              quoted(model ? file : kGoodModel), quoted(model ? table : file))};
}

std::vector<Case> cases() {
    std::vector<Case> all;
    for (const auto& entry : fs::directory_iterator(kBadInput / "trackml")) {
        const std::string name = entry.path().filename().string();
        const auto event = kBadInput / "trackml" / name.substr(0, name.find("-hits.csv"));
        all.push_back({entry.path(), fmt::format("render --event {} --size 64x64 --out OUT", quoted(event))});
    }
    for (const auto& entry : fs::directory_iterator(kBadInput / "phoenix"))
        all.push_back(
            {entry.path(), fmt::format("render --event {} --size 64x64 --out OUT", quoted(entry.path()))});
    for (const auto& entry : fs::directory_iterator(kBadInput / "anomaly"))
        if (entry.path().extension() != ".txt")
            all.push_back(anomalyCase(entry.path()));
    // The module type is read before any image, so the image named here is never opened.
    for (const auto& entry : fs::directory_iterator(kBadInput / "module-type"))
        all.push_back(
            {entry.path(), fmt::format("inspect run --module-type-file {} --image never-read.png --out OUT",
                                       quoted(entry.path()))});
    return all;
}

TEST(BadInputCli, EveryBadFileIsRefusedWithExitCodeThree) {
    const auto all = cases();
    ASSERT_GE(all.size(), 55U) << "the corpus is in " << kBadInput;
    const fs::path out =
        fs::temp_directory_path() / ("lupa-bad-input-" + std::to_string(::getpid()) + ".png");
    for (const Case& bad : all) {
        auto command = bad.command;
        command.replace(command.find("OUT"), 3, out.string());
        const auto run = runCli(command);
        EXPECT_EQ(run.exitCode, 3) << bad.file.filename() << ": " << run.err;
        EXPECT_NE(run.err.find(bad.file.filename().string()), std::string::npos)
            << bad.file.filename() << ": the message should name the file: " << run.err;
        EXPECT_EQ(run.err.find("terminate"), std::string::npos) << run.err;
        EXPECT_FALSE(fs::exists(out)) << bad.file.filename() << " left an output file";
        fs::remove(out);
    }
}

} // namespace
} // namespace lupa::test
