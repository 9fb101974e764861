// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli render`: reading what is drawn (TrackML or Phoenix events) into a scene.
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/visualization/EventScene.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace lupa::cli {

/// An event read for drawing, with what the reader skipped, for the log.
struct LoadedScene {
    visualization::EventScene scene;
    std::string eventName;             ///< the TrackML prefix or the Phoenix event key
    std::vector<std::string> warnings; ///< skipped hits, unknown Phoenix object types, ...
};

/// Reads a TrackML event (prefix; hits only) and, when `tracksCsv` is not empty, its track candidates
/// from a submission file (event_id,hit_id,track_id), drawn as lines through their hits.
[[nodiscard]] Result<LoadedScene> loadTrackmlScene(const std::string& prefix, const std::string& tracksCsv);

/// Reads event `index` (0 = the first, in key order) of a Phoenix event file.
[[nodiscard]] Result<LoadedScene> loadPhoenixScene(const std::string& path, std::size_t index);

} // namespace lupa::cli
