// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

namespace lupa {

/// Installs a SIGINT (Ctrl-C) handler that asks running jobs to stop instead of killing the process.
/// A second Ctrl-C while a job is still stopping ends the process at once.
void installInterruptHandler();

/// True once Ctrl-C has been pressed since installInterruptHandler().
[[nodiscard]] bool interruptRequested();

/// A progress bar on a terminal: "[#####.....]  52 % reading hits". Draws only when the stream is a
/// TTY (otherwise it stays silent), redraws at most every 100 ms, and reports cancelled after Ctrl-C.
class TerminalProgress final : public ProgressSink {
public:
    /// @param stream where to draw, normally stderr
    /// @param width number of characters of the bar itself
    explicit TerminalProgress(std::FILE* stream = stderr, int width = 30);
    ~TerminalProgress() override;

    void report(double fraction, std::string_view stage) override;
    [[nodiscard]] bool isCancelled() const override;
    /// Clears the bar's line; called by the destructor.
    void finish();

    /// Whether this progress bar draws anything (the stream is a terminal).
    [[nodiscard]] bool isDrawing() const { return m_enabled; }

    /// One line of the bar as it would be drawn, for tests.
    [[nodiscard]] static std::string formatBar(double fraction, std::string_view stage, int width);

private:
    std::FILE* m_stream;
    int m_width;
    bool m_enabled;
    bool m_drawn = false;
    std::mutex m_mutex;
    std::chrono::steady_clock::time_point m_lastDraw{};
};

} // namespace lupa
