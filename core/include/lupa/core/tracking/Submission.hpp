// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

namespace lupa::tracking {

/// The track candidates of one event: the track_id of every assigned hit, keyed by hit_id. Track ids
/// are the submitter's own non-negative numbers; hits without an entry are unassigned.
using TrackAssignment = std::unordered_map<std::uint64_t, std::uint64_t>;

/// A TrackML submission file (`event_id,hit_id,track_id`): the track assignment of each of its events.
/// One file may hold several events, as the challenge's did.
struct Submission {
    std::map<std::uint64_t, TrackAssignment> events; ///< by event_id
};

/// Reads a TrackML submission file (plain or gzip; the header is required, its columns are found by name
/// and extra columns are ignored). BadInput errors name the file and line: a missing column, a field that
/// is not a whole number, a negative id, hit_id 0, a hit_id that appears twice in one event.
[[nodiscard]] Result<Submission> readSubmission(const std::filesystem::path& path);

/// Writes the assignment of event `eventId` as a submission file, rows sorted by hit_id; gzip-compressed
/// when `path` ends in ".gz". Written atomically: readers never see a half-written file.
[[nodiscard]] Result<void> writeSubmission(const std::filesystem::path& path, std::uint64_t eventId,
                                           const TrackAssignment& assignment);

/// The event number in an event prefix such as "data/event000000001" (-> 1), as the TrackML file names
/// carry it; nullopt when the prefix's file name is not "event" followed by digits.
[[nodiscard]] std::optional<std::uint64_t> eventIdOfPrefix(const std::string& prefix);

} // namespace lupa::tracking
