// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

namespace lupa::app {

/// What the event display draws, each shown or hidden as a whole from the Collections panel.
enum class EventCollection {
    Hits,     ///< the hits' point cloud
    Tracks,   ///< polylines of tracks
    Geometry, ///< detector modules and the barrel outline
};

/// Number of EventCollection values.
inline constexpr int kEventCollectionCount = 3;

} // namespace lupa::app
