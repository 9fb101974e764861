// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "RenderScene.hpp"

#include <lupa/core/phoenix/EventIo.hpp>
#include <lupa/core/trackml/EventReader.hpp>

#include <fmt/format.h>

namespace lupa::cli {
namespace {

// The assignment of the prefix's event in the submission, or of its only event.
Result<tracking::TrackAssignment> renderTrackAssignment(const std::string& prefix, const std::string& path) {
    auto submission = tracking::readSubmission(path);
    if (!submission)
        return std::move(submission).error();
    const auto eventId = tracking::eventIdOfPrefix(prefix);
    if (eventId) {
        if (const auto found = submission->events.find(*eventId); found != submission->events.end())
            return found->second;
    }
    if (submission->events.size() == 1)
        return submission->events.begin()->second;
    return Error::badInput(fmt::format("the submission has no tracks for the event '{}'", prefix), path);
}

} // namespace

Result<LoadedScene> loadTrackmlScene(const std::string& prefix, const std::string& tracksCsv) {
    trackml::EventParts parts;
    parts.particles = false;
    parts.truth = false;
    auto event = trackml::readEvent(prefix, parts);
    if (!event)
        return std::move(event).error();
    LoadedScene loaded;
    loaded.eventName = prefix;
    tracking::TrackAssignment assignment;
    if (!tracksCsv.empty()) {
        auto read = renderTrackAssignment(prefix, tracksCsv);
        if (!read)
            return std::move(read).error();
        assignment = std::move(*read);
    }
    std::size_t skipped = 0;
    loaded.scene = visualization::sceneOf(*event, tracksCsv.empty() ? nullptr : &assignment, &skipped);
    if (skipped > 0)
        loaded.warnings.push_back(
            fmt::format("{}: skipped {} hits whose position is not a finite number", prefix, skipped));
    return loaded;
}

Result<LoadedScene> loadPhoenixScene(const std::string& path, std::size_t index) {
    auto file = phoenix::readEventFile(path);
    if (!file)
        return std::move(file).error();
    if (index >= file->events.size())
        return Error::usage(
            fmt::format("--index {} but {} holds {} events", index, path, file->events.size()));
    const phoenix::Event& event = file->events[index];
    LoadedScene loaded;
    loaded.eventName = event.key;
    loaded.scene = visualization::sceneOf(event);
    loaded.warnings = std::move(file->warnings);
    return loaded;
}

} // namespace lupa::cli
