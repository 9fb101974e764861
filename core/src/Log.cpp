// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Log.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <mutex>

namespace lupa {
namespace {

std::mutex& sinkMutex() {
    static std::mutex mutex;
    return mutex;
}

void printToStderr(LogLevel level, std::string_view message) {
    if (level >= LogLevel::Warning)
        fmt::print(stderr, "lupa: {}: {}\n", toString(level), message);
}

LogSink& currentSink() {
    static LogSink sink = printToStderr;
    return sink;
}

} // namespace

LogSink setLogSink(LogSink sink) {
    std::lock_guard lock(sinkMutex());
    LogSink previous = std::move(currentSink());
    currentSink() = sink ? std::move(sink) : LogSink(printToStderr);
    return previous;
}

void log(LogLevel level, std::string_view message) {
    LogSink sink;
    {
        std::lock_guard lock(sinkMutex());
        sink = currentSink();
    }
    sink(level, message);
}

const char* toString(LogLevel level) {
    switch (level) {
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warning:
        return "warning";
    case LogLevel::Error:
        return "error";
    }
    return "info";
}

} // namespace lupa
