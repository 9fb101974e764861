// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/phoenix/Drawables.hpp>

namespace lupa::phoenix {

std::vector<PointHit> pointHits(const Event& event) {
    std::vector<PointHit> points;
    int collection = 0;
    for (const auto& hits : event.hits) {
        for (const Hit& hit : hits.items)
            if (hit.pos.size() == 3 && (hit.type == "Point" || hit.type == "CircularPoint"))
                points.push_back({{hit.pos[0], hit.pos[1], hit.pos[2]}, collection});
        ++collection;
    }
    return points;
}

std::vector<std::vector<Point3>> trackLines(const Event& event) {
    std::vector<std::vector<Point3>> lines;
    for (const auto& tracks : event.tracks)
        for (const Track& track : tracks.items)
            if (track.positions.size() >= 2)
                lines.push_back(track.positions);
    return lines;
}

} // namespace lupa::phoenix
