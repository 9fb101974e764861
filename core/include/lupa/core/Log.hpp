// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <functional>
#include <string_view>

namespace lupa {

/// How important a log message is.
enum class LogLevel { Debug, Info, Warning, Error };

/// Receives every log message; must be thread-safe.
using LogSink = std::function<void(LogLevel, std::string_view message)>;

/// Replaces the process-wide log sink (the default prints Warning and above to stderr).
/// Returns the previous sink so that a caller can restore it.
LogSink setLogSink(LogSink sink);

/// Sends a message to the current sink.
void log(LogLevel level, std::string_view message);

inline void logDebug(std::string_view message) {
    log(LogLevel::Debug, message);
}
inline void logInfo(std::string_view message) {
    log(LogLevel::Info, message);
}
inline void logWarning(std::string_view message) {
    log(LogLevel::Warning, message);
}
inline void logError(std::string_view message) {
    log(LogLevel::Error, message);
}

/// "debug", "info", "warning", "error".
[[nodiscard]] const char* toString(LogLevel level);

} // namespace lupa
