// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/TerminalProgress.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <unistd.h>

namespace lupa {
namespace {

std::atomic<int> g_interrupts{0};

extern "C" void onInterrupt(int) {
    if (g_interrupts.fetch_add(1) >= 1)
        std::_Exit(130); // second Ctrl-C: the user insists
}

} // namespace

void installInterruptHandler() {
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

bool interruptRequested() {
    return g_interrupts.load() > 0;
}

TerminalProgress::TerminalProgress(std::FILE* stream, int width)
    : m_stream(stream)
    , m_width(std::max(width, 5))
    , m_enabled(stream && ::isatty(::fileno(stream)) == 1) {}

TerminalProgress::~TerminalProgress() {
    finish();
}

std::string TerminalProgress::formatBar(double fraction, std::string_view stage, int width) {
    fraction = std::clamp(fraction, 0.0, 1.0);
    const int filled = static_cast<int>(fraction * width + 0.5);
    return fmt::format("[{}{}] {:3d} % {}", std::string(static_cast<std::size_t>(filled), '#'),
                       std::string(static_cast<std::size_t>(width - filled), '.'),
                       static_cast<int>(fraction * 100.0 + 1e-9), stage);
}

void TerminalProgress::report(double fraction, std::string_view stage) {
    if (!m_enabled)
        return;
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    if (m_drawn && fraction < 1.0 && now - m_lastDraw < std::chrono::milliseconds(100))
        return;
    m_lastDraw = now;
    m_drawn = true;
    fmt::print(m_stream, "\r\033[K{}", formatBar(fraction, stage, m_width));
    std::fflush(m_stream);
}

bool TerminalProgress::isCancelled() const {
    return interruptRequested();
}

void TerminalProgress::finish() {
    std::lock_guard lock(m_mutex);
    if (m_enabled && m_drawn) {
        fmt::print(m_stream, "\r\033[K");
        std::fflush(m_stream);
        m_drawn = false;
    }
}

} // namespace lupa
