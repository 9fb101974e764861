// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Every file of tests/bad-input must be refused by lupa-cli with exit code 3, a message naming the file,
// no crash and no output file (see tests/bad-input/README.md).
#include "CliRunner.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lupa::test {
namespace {

namespace fs = std::filesystem;

const fs::path kBadInput = fs::path(LUPA_TEST_DATA_DIR).parent_path() / "bad-input";

struct Case {
    fs::path file;     ///< the bad file
    std::string event; ///< what `render --event` gets
};

std::vector<Case> cases() {
    std::vector<Case> all;
    for (const auto& entry : fs::directory_iterator(kBadInput / "trackml")) {
        const std::string name = entry.path().filename().string();
        all.push_back(
            {entry.path(), (kBadInput / "trackml" / name.substr(0, name.find("-hits.csv"))).string()});
    }
    for (const auto& entry : fs::directory_iterator(kBadInput / "phoenix"))
        all.push_back({entry.path(), entry.path().string()});
    return all;
}

TEST(BadInputCli, EveryBadFileIsRefusedWithExitCodeThree) {
    const auto all = cases();
    ASSERT_GE(all.size(), 20U) << "the corpus is in " << kBadInput;
    const fs::path out =
        fs::temp_directory_path() / ("lupa-bad-input-" + std::to_string(::getpid()) + ".png");
    for (const Case& bad : all) {
        const auto run = runCli("render --event '" + bad.event + "' --size 64x64 --out " + out.string());
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
