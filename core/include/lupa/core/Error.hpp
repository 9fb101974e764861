// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <cstdint>
#include <string>

namespace lupa {

/// What kind of failure an Error is; it decides the exit code of lupa-cli (see exitCodeFor).
enum class ErrorKind {
    BadInput,  ///< outside data is malformed or inconsistent (exit code 3)
    Io,        ///< a file could not be opened, read or written (exit code 1)
    Runtime,   ///< anything else that went wrong while working (exit code 1)
    Cancelled, ///< the user asked the job to stop (exit code 1)
    Usage,     ///< the caller asked for something impossible, e.g. a bad option (exit code 2)
};

/// A failure with what went wrong and, when it concerns outside data, where: file and line or record.
struct Error {
    ErrorKind kind = ErrorKind::Runtime;
    std::string message;    ///< what failed, in words a user understands
    std::string file;       ///< the file concerned, empty when none
    std::int64_t line = -1; ///< 1-based line (text files) or record index (binary files); -1 when unknown
    std::string lineLabel{"line"}; ///< what `line` counts: "line", "record", "row", ...

    /// "file:line: message" (or the parts that are known), for logs and terminals.
    [[nodiscard]] std::string describe() const;

    static Error badInput(std::string message, std::string file = {}, std::int64_t line = -1);
    static Error badRecord(std::string message, std::string file, std::int64_t record);
    static Error io(std::string message, std::string file = {});
    static Error runtime(std::string message);
    static Error cancelled();
    static Error usage(std::string message);
};

/// Exit codes of lupa-cli, as DESIGN.md fixes them.
enum class ExitCode : int { Success = 0, RuntimeFailure = 1, Usage = 2, BadInput = 3 };

/// The exit code lupa-cli returns for an error of this kind.
[[nodiscard]] ExitCode exitCodeFor(ErrorKind kind);

/// Name of an error kind for JSON output ("bad_input", "io", ...).
[[nodiscard]] const char* toString(ErrorKind kind);

} // namespace lupa
