// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli render` end to end. CTest runs this under its own Xvfb (rendering needs an X server).
#include "CliRunner.hpp"

#include <lupa/core/Json.hpp>

#include <gtest/gtest.h>

#include <fstream>

namespace lupa::test {
namespace {

class RenderCli : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = std::filesystem::temp_directory_path() / ("lupa-render-test-" + std::to_string(::getpid()));
        std::filesystem::create_directories(m_dir);
        write("event000000001-hits.csv",
              "hit_id,x,y,z,volume_id,layer_id,module_id\n"
              "1,32.0,1.0,-20.0,8,2,1\n2,72.0,3.0,-40.0,8,4,1\n3,-30.0,-8.0,25.0,8,2,2\n");
        write("detectors.csv", "volume_id,layer_id,module_id,cx,cy,cz,rot_xu,rot_xv,rot_xw,rot_yu,rot_yv,rot_"
                               "yw,rot_zu,rot_zv,rot_zw,"
                               "module_t,module_minhu,module_maxhu,module_hv,pitch_u,pitch_v\n"
                               "8,2,1,32,0,-20,0,0,1,1,0,0,0,1,0,0.15,8.4,8.4,36,0.05,0.056\n"
                               "8,2,2,-32,0,20,0,0,1,1,0,0,0,1,0,0.15,8.4,8.4,36,0.05,0.056\n");
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    std::filesystem::path write(const std::string& name, const std::string& text) const {
        std::ofstream(m_dir / name) << text;
        return m_dir / name;
    }
    std::string path(const std::string& name) const { return (m_dir / name).string(); }

    std::filesystem::path m_dir;
};

TEST_F(RenderCli, DrawsAnEventWithItsDetectorInEveryView) {
    for (const char* view : {"3d", "xy", "rz"}) {
        const std::string out = path(std::string("event-") + view + ".png");
        const auto run = runCli("--json render --event " + path("event000000001") + " --geometry " +
                                path("detectors.csv") + " --view " + view + " --size 320x200 --out " + out);
        ASSERT_EQ(run.exitCode, 0) << view << ": " << run.err;
        const auto json = parseJson(run.out, "stdout");
        ASSERT_TRUE(json.ok()) << run.out;
        EXPECT_EQ((*json)["hits"], 3);
        EXPECT_EQ((*json)["modules"], std::string(view) == "rz" ? 0 : 2);
        const auto png = readFile(out);
        ASSERT_TRUE(png.ok()) << view;
        EXPECT_EQ(png->substr(0, 4), std::string("\x89PNG", 4));
    }
}

TEST_F(RenderCli, CorruptEventIsBadInputAndWritesNothing) {
    write("event000000002-hits.csv",
          "hit_id,x,y,z,volume_id,layer_id,module_id\n1,0,0,0,8,2,1\n2,0,x,0,8,2,1\n");
    const auto run = runCli("render --event " + path("event000000002") + " --out " + path("bad.png"));
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_NE(run.err.find("event000000002-hits.csv:3"), std::string::npos) << run.err;
    EXPECT_FALSE(std::filesystem::exists(path("bad.png")));
}

TEST_F(RenderCli, UnknownViewIsAUsageError) {
    const auto run =
        runCli("render --event " + path("event000000001") + " --view side --out " + path("x.png"));
    EXPECT_EQ(run.exitCode, 2) << run.err;
    EXPECT_NE(run.err.find("3d, xy, rz"), std::string::npos) << run.err;
}

TEST_F(RenderCli, WithoutAnXServerItSaysWhatIsMissing) {
    const auto run = runShell("env -u DISPLAY " + std::string(LUPA_CLI_PATH) + " render --event " +
                              path("event000000001") + " --out " + path("nodisplay.png"));
    EXPECT_EQ(run.exitCode, 1) << run.err;
    EXPECT_NE(run.err.find("DISPLAY"), std::string::npos) << run.err;
    EXPECT_FALSE(std::filesystem::exists(path("nodisplay.png")));
}

} // namespace
} // namespace lupa::test
