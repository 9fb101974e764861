// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/phoenix/Event.hpp>

#include <vector>

namespace lupa::phoenix {

/// A point hit with the index of its Hits collection in the event.
struct PointHit {
    Point3 position{}; ///< [mm]
    int collection = 0;
};

/// The point hits (types Point and CircularPoint) of every Hits collection of `event`.
[[nodiscard]] std::vector<PointHit> pointHits(const Event& event);

/// The polylines of the event's tracks that have at least two positions [mm]. Tracks given by
/// their parameters only need a helix propagation and are left out.
[[nodiscard]] std::vector<std::vector<Point3>> trackLines(const Event& event);

} // namespace lupa::phoenix
