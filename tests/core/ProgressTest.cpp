// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Progress.hpp>
#include <lupa/core/TerminalProgress.hpp>

#include <gtest/gtest.h>

#include <cstdio>
#include <pty.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace lupa {
namespace {

class RecordingProgress final : public ProgressSink {
public:
    void report(double fraction, std::string_view stage) override {
        fractions.push_back(fraction);
        stages.emplace_back(stage);
    }
    [[nodiscard]] bool isCancelled() const override { return flag.isCancelled(); }
    std::vector<double> fractions;
    std::vector<std::string> stages;
    CancelFlag flag;
};

TEST(Progress, SubProgressMapsIntoTheParentRange) {
    RecordingProgress parent;
    SubProgress second(parent, 0.5, 0.75);
    second.report(0.0, "fit");
    second.report(0.5, "fit");
    second.report(2.0, "fit"); // clamped
    EXPECT_EQ(parent.fractions, (std::vector<double>{0.5, 0.625, 0.75}));
    EXPECT_EQ(parent.stages.back(), "fit");
}

TEST(Progress, CancelReachesNestedStages) {
    RecordingProgress parent;
    SubProgress nested(parent, 0.0, 0.5);
    EXPECT_FALSE(nested.isCancelled());
    parent.flag.cancel();
    EXPECT_TRUE(nested.isCancelled());
    EXPECT_FALSE(NullProgress::instance().isCancelled());
}

TEST(TerminalProgress, FormatsABar) {
    EXPECT_EQ(TerminalProgress::formatBar(0.5, "reading", 10), "[#####.....]  50 % reading");
    EXPECT_EQ(TerminalProgress::formatBar(1.0, "done", 4), "[####] 100 % done");
    EXPECT_EQ(TerminalProgress::formatBar(-1.0, "", 4), "[....]   0 % ");
}

TEST(TerminalProgress, StaysSilentWhenNotATerminal) {
    std::FILE* file = std::tmpfile();
    ASSERT_NE(file, nullptr);
    {
        TerminalProgress progress(file);
        EXPECT_FALSE(progress.isDrawing());
        progress.report(0.3, "work");
    }
    EXPECT_EQ(std::ftell(file), 0L);
    std::fclose(file);
}

TEST(TerminalProgress, DrawsABarOnATerminal) {
    int master = -1;
    int slave = -1;
    ASSERT_EQ(::openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
    std::FILE* terminal = ::fdopen(slave, "w");
    {
        TerminalProgress progress(terminal, 10);
        EXPECT_TRUE(progress.isDrawing());
        progress.report(1.0, "reading hits");
    }
    std::fclose(terminal);
    std::string drawn(512, '\0');
    const auto n = ::read(master, drawn.data(), drawn.size());
    ::close(master);
    ASSERT_GT(n, 0);
    drawn.resize(static_cast<std::size_t>(n));
    EXPECT_NE(drawn.find("[##########] 100 % reading hits"), std::string::npos) << drawn;
}

} // namespace
} // namespace lupa
