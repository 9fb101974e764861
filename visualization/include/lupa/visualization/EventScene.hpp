// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/phoenix/Event.hpp>
#include <lupa/core/tracking/Submission.hpp>
#include <lupa/core/trackml/Event.hpp>
#include <lupa/visualization/Colour.hpp>
#include <lupa/visualization/Polylines.hpp>
#include <lupa/visualization/Primitives.hpp>

#include <string>
#include <vector>

namespace lupa::visualization {

/// The colour of tracks in event pictures (hits take their group's colour, see groupColour()).
inline constexpr Rgb kTrackColour{0.95, 0.25, 0.45};
/// The colour of jet cones (drawn see-through) and jet circles in the eta-phi view.
inline constexpr Rgb kJetColour{1.0, 0.85, 0.2};
/// The colour of the missing transverse energy arrow.
inline constexpr Rgb kMissingEnergyColour{0.3, 1.0, 0.3};

/// Hits drawn in one colour: a TrackML volume or a Phoenix Hits collection.
struct HitGroup {
    int group = 0;                ///< colours the hits (groupColour())
    std::string name;             ///< e.g. "volume 8" or the collection name
    std::vector<float> positions; ///< x, y, z of each hit, interleaved [mm]
};

/// What an event picture shows, in world coordinates [mm], independent of the view.
struct EventScene {
    std::vector<HitGroup> hits;
    PolylineData tracks;                    ///< one polyline per track that has a path [mm]
    std::vector<Vector3> trackDirections;   ///< the direction of every track (also those without a path)
    std::vector<phoenix::CaloDeposit> calo; ///< calorimeter cells, or clusters when there are no cells
    std::vector<phoenix::Jet> jets;
    std::vector<phoenix::MissingEnergy> missingEnergy;

    /// The number of hits of all groups.
    [[nodiscard]] std::size_t hitCount() const;
};

/// The scene of a TrackML event: hits grouped by volume; with `tracks` (hit_id -> track_id, e.g. a
/// submission) also one line per track through its hits, ordered by distance from the origin.
/// Hits with a position that is not finite are left out and counted in `skipped` when given.
[[nodiscard]] EventScene sceneOf(const trackml::Event& event,
                                 const tracking::TrackAssignment* tracks = nullptr,
                                 std::size_t* skipped = nullptr);

/// The scene of a Phoenix event: point hits by collection; tracks with their positions, or a helix from
/// their parameters in a solenoid of `bFieldTesla` [T] when they have none; calorimeter cells (clusters
/// when no cells); jets; missing energy.
[[nodiscard]] EventScene sceneOf(const phoenix::Event& event, double bFieldTesla = 2.0);

/// Points along the helix of perigee parameters (d0 [mm], z0 [mm], phi, theta [rad], q/p [1/GeV]) in a
/// solenoid field along z of `bFieldTesla` [T], from the perigee out to a radius of `maxRadius` or
/// |z| of `maxAbsZ` [mm], at most half a turn.
[[nodiscard]] std::vector<Vector3> helixPoints(const std::array<double, 5>& perigee, double bFieldTesla,
                                               double maxRadius = 1100.0, double maxAbsZ = 3000.0);

} // namespace lupa::visualization
