// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "trackml/CsvTable.hpp"

#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/tracking/Submission.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>
#include <zlib.h>

namespace lupa::tracking {
namespace {

using trackml::detail::forEachRow;
using trackml::detail::Row;

/// Field `column` as a non-negative integer; a negative number gets its own message.
Result<std::uint64_t> nonNegativeId(const Row& row, std::size_t column, const char* name) {
    auto value = row.get<std::uint64_t>(column);
    if (value)
        return value;
    const auto asSigned = row.get<std::int64_t>(column);
    if (asSigned && *asSigned < 0)
        return row.error(fmt::format("{} {} is negative (ids are non-negative integers)", name, *asSigned));
    return value;
}

std::string submissionText(std::uint64_t eventId, const TrackAssignment& assignment) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> rows(assignment.begin(), assignment.end());
    std::sort(rows.begin(), rows.end());
    fmt::memory_buffer text;
    fmt::format_to(std::back_inserter(text), "event_id,hit_id,track_id\n");
    for (const auto& [hit, track] : rows)
        fmt::format_to(std::back_inserter(text), "{},{},{}\n", eventId, hit, track);
    return fmt::to_string(text);
}

Result<void> writeGzipAtomically(const std::filesystem::path& path, const std::string& text) {
    const auto temporary = temporarySiblingOf(path);
    gzFile file = gzopen(temporary.c_str(), "wb");
    if (file == nullptr)
        return Error::io("cannot create the file (is the folder writable?)", path.string());
    const bool written = text.empty() || gzwrite(file, text.data(), static_cast<unsigned>(text.size())) ==
                                             static_cast<int>(text.size());
    const bool closed = gzclose(file) == Z_OK;
    if (!written || !closed) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return Error::io("cannot write the compressed file (disk full?)", path.string());
    }
    return replaceAtomically(temporary, path);
}

} // namespace

Result<Submission> readSubmission(const std::filesystem::path& path) {
    Submission submission;
    LUPA_TRY(forEachRow(path, {"event_id", "hit_id", "track_id"}, {}, [&](const Row& row) -> Result<void> {
        auto eventId = nonNegativeId(row, 0, "event_id");
        if (!eventId)
            return std::move(eventId).error();
        auto hitId = nonNegativeId(row, 1, "hit_id");
        if (!hitId)
            return std::move(hitId).error();
        auto trackId = nonNegativeId(row, 2, "track_id");
        if (!trackId)
            return std::move(trackId).error();
        if (*hitId == 0)
            return row.error("hit_id 0 is not a valid hit id (hit ids start at 1)");
        if (!submission.events[*eventId].emplace(*hitId, *trackId).second)
            return row.error(fmt::format("hit_id {} of event {} appears twice (a hit belongs to one track)",
                                         *hitId, *eventId));
        return {};
    }));
    return submission;
}

Result<void> writeSubmission(const std::filesystem::path& path, std::uint64_t eventId,
                             const TrackAssignment& assignment) {
    const std::string text = submissionText(eventId, assignment);
    if (path.extension() == ".gz")
        return writeGzipAtomically(path, text);
    return writeFileAtomically(path, text);
}

std::optional<std::uint64_t> eventIdOfPrefix(const std::string& prefix) {
    const std::string name = std::filesystem::path(prefix).filename().string();
    constexpr std::string_view kStem = "event";
    if (name.size() <= kStem.size() || !name.starts_with(kStem) || name.size() > kStem.size() + 19)
        return std::nullopt;
    std::uint64_t id = 0;
    for (const char c : name.substr(kStem.size())) {
        if (std::isdigit(static_cast<unsigned char>(c)) == 0)
            return std::nullopt;
        id = id * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return id;
}

} // namespace lupa::tracking
