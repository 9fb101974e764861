// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/visualization/EventScene.hpp>
#include <lupa/visualization/Projection.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace lupa::visualization {
namespace {

double squaredLength(const Vector3& p) {
    return p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
}

void addTrackmlTracks(const std::vector<trackml::Hit>& hits, const tracking::TrackAssignment& assignment,
                      EventScene& scene) {
    std::map<std::uint64_t, std::vector<Vector3>> byTrack;
    for (const auto& hit : hits) {
        const auto found = assignment.find(hit.id);
        if (found != assignment.end() && std::isfinite(hit.x) && std::isfinite(hit.y) && std::isfinite(hit.z))
            byTrack[found->second].push_back({hit.x, hit.y, hit.z});
    }
    for (auto& [id, points] : byTrack) {
        if (points.size() < 2)
            continue;
        std::sort(points.begin(), points.end(),
                  [](const Vector3& a, const Vector3& b) { return squaredLength(a) < squaredLength(b); });
        scene.tracks.add(points);
        scene.trackDirections.push_back(points.back());
    }
}

Vector3 phoenixTrackDirection(const phoenix::Track& track) {
    if (track.perigee) {
        const double phi = (*track.perigee)[2];
        const double theta = (*track.perigee)[3];
        return {std::sin(theta) * std::cos(phi), std::sin(theta) * std::sin(phi), std::cos(theta)};
    }
    const auto& first = track.positions.front();
    const auto& last = track.positions.back();
    return {last[0] - first[0], last[1] - first[1], last[2] - first[2]};
}

void addPhoenixTracks(const phoenix::Event& event, double bFieldTesla, EventScene& scene) {
    for (const auto& collection : event.tracks)
        for (const auto& track : collection.items) {
            if (track.positions.size() >= 2)
                scene.tracks.add(track.positions);
            else if (track.perigee)
                if (auto helix = helixPoints(*track.perigee, bFieldTesla); helix.size() >= 2)
                    scene.tracks.add(helix);
            if (track.perigee || !track.positions.empty())
                scene.trackDirections.push_back(phoenixTrackDirection(track));
        }
}

} // namespace

std::size_t EventScene::hitCount() const {
    std::size_t count = 0;
    for (const auto& group : hits)
        count += group.positions.size() / 3;
    return count;
}

EventScene sceneOf(const trackml::Event& event, const tracking::TrackAssignment* tracks,
                   std::size_t* skipped) {
    EventScene scene;
    std::map<int, std::size_t> groupOfVolume;
    std::size_t notFinite = 0;
    for (const auto& hit : event.hits) {
        if (!std::isfinite(hit.x) || !std::isfinite(hit.y) || !std::isfinite(hit.z)) {
            ++notFinite;
            continue;
        }
        auto [place, added] = groupOfVolume.try_emplace(hit.volume, scene.hits.size());
        if (added)
            scene.hits.push_back({hit.volume, fmt::format("volume {}", hit.volume), {}});
        scene.hits[place->second].positions.insert(
            scene.hits[place->second].positions.end(),
            {static_cast<float>(hit.x), static_cast<float>(hit.y), static_cast<float>(hit.z)});
    }
    if (tracks)
        addTrackmlTracks(event.hits, *tracks, scene);
    if (skipped)
        *skipped = notFinite;
    return scene;
}

EventScene sceneOf(const phoenix::Event& event, double bFieldTesla) {
    EventScene scene;
    int index = 0;
    for (const auto& collection : event.hits) {
        HitGroup group{index++, collection.name, {}};
        for (const auto& hit : collection.items)
            if (hit.pos.size() == 3 && (hit.type == "Point" || hit.type == "CircularPoint"))
                for (const double coordinate : hit.pos)
                    group.positions.push_back(static_cast<float>(coordinate));
        if (!group.positions.empty())
            scene.hits.push_back(std::move(group));
    }
    addPhoenixTracks(event, bFieldTesla, scene);
    const auto& deposits = event.caloCells.empty() ? event.caloClusters : event.caloCells;
    for (const auto& collection : deposits)
        scene.calo.insert(scene.calo.end(), collection.items.begin(), collection.items.end());
    for (const auto& collection : event.jets)
        scene.jets.insert(scene.jets.end(), collection.items.begin(), collection.items.end());
    for (const auto& collection : event.missingEnergy)
        scene.missingEnergy.insert(scene.missingEnergy.end(), collection.items.begin(),
                                   collection.items.end());
    return scene;
}

std::vector<Vector3> helixPoints(const std::array<double, 5>& perigee, double bFieldTesla, double maxRadius,
                                 double maxAbsZ) {
    const auto [d0, z0, phi0, theta, qOverP] = perigee;
    std::vector<Vector3> points;
    if (!(std::sin(theta) > 0) || !std::isfinite(qOverP))
        return points;
    // Curvature [1/mm]: pT [GeV] = 0.3 B [T] R [m]; positive charges turn clockwise seen from +z.
    const double pT = qOverP != 0 ? std::sin(theta) / std::abs(qOverP) : 1e9;
    const double curvature = -std::copysign(1.0, qOverP) * 0.3 * bFieldTesla / (pT * 1000.0);
    constexpr double kStep = 10.0; // transverse step [mm]
    Vector3 p{-d0 * std::sin(phi0), d0 * std::cos(phi0), z0};
    double phi = phi0;
    const double dzPerStep = kStep / std::tan(theta);
    points.push_back(p);
    for (int step = 0; step < 1000; ++step) {
        phi += curvature * kStep;
        p = {p[0] + kStep * std::cos(phi), p[1] + kStep * std::sin(phi), p[2] + dzPerStep};
        if (std::hypot(p[0], p[1]) > maxRadius || std::abs(p[2]) > maxAbsZ ||
            std::abs(phi - phi0) > std::numbers::pi)
            break;
        points.push_back(p);
    }
    return points;
}

} // namespace lupa::visualization
