// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Json.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/phoenix/Event.hpp>

#include <filesystem>
#include <string_view>

namespace lupa::phoenix {

/// Reads a Phoenix event file (the event-data JSON format of the HSF Phoenix event display): either an
/// object of events keyed by name, or a single event object. Object types lupa does not know
/// (PlanarCaloCells, IrregularCaloCells, experiment-specific ones) are skipped with a warning.
/// BadInput errors name the file and say where: event, type, collection and index. Events and
/// collections come in the order of their names (JSON objects have no order lupa keeps).
[[nodiscard]] Result<EventFile> readEventFile(const std::filesystem::path& path);
/// Reads already-parsed JSON; `sourceName` names it in errors.
[[nodiscard]] Result<EventFile> readEvents(const Json& json, std::string_view sourceName);

/// The events as Phoenix JSON (an object of events keyed by Event::key), which the web display opens.
[[nodiscard]] Json toJson(const std::vector<Event>& events);
/// Writes the events atomically as Phoenix JSON.
Result<void> writeEventFile(const std::filesystem::path& path, const std::vector<Event>& events);

} // namespace lupa::phoenix
