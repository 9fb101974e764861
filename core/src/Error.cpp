// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Error.hpp>

#include <fmt/format.h>

namespace lupa {

std::string Error::describe() const {
    if (file.empty())
        return message;
    if (line < 0)
        return fmt::format("{}: {}", file, message);
    if (lineLabel == "line")
        return fmt::format("{}:{}: {}", file, line, message);
    return fmt::format("{} ({} {}): {}", file, lineLabel, line, message);
}

Error Error::badInput(std::string message, std::string file, std::int64_t line) {
    return Error{ErrorKind::BadInput, std::move(message), std::move(file), line};
}

Error Error::badRecord(std::string message, std::string file, std::int64_t record) {
    return Error{ErrorKind::BadInput, std::move(message), std::move(file), record, "record"};
}

Error Error::io(std::string message, std::string file) {
    return Error{ErrorKind::Io, std::move(message), std::move(file)};
}

Error Error::runtime(std::string message) {
    return Error{ErrorKind::Runtime, std::move(message)};
}

Error Error::cancelled() {
    return Error{ErrorKind::Cancelled, "cancelled by the user"};
}

Error Error::usage(std::string message) {
    return Error{ErrorKind::Usage, std::move(message)};
}

ExitCode exitCodeFor(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::BadInput:
        return ExitCode::BadInput;
    case ErrorKind::Usage:
        return ExitCode::Usage;
    case ErrorKind::Io:
    case ErrorKind::Runtime:
    case ErrorKind::Cancelled:
        break;
    }
    return ExitCode::RuntimeFailure;
}

const char* toString(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::BadInput:
        return "bad_input";
    case ErrorKind::Io:
        return "io";
    case ErrorKind::Runtime:
        return "runtime";
    case ErrorKind::Cancelled:
        return "cancelled";
    case ErrorKind::Usage:
        return "usage";
    }
    return "runtime";
}

} // namespace lupa
