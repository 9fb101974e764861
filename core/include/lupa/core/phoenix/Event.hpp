// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lupa::phoenix {

/// A position or direction [mm].
using Point3 = std::array<double, 3>;

/// A reconstructed track: a polyline and/or perigee parameters.
struct Track {
    std::vector<Point3> positions; ///< `pos`, along the track [mm]
    std::optional<std::array<double, 5>>
        perigee; ///< `dparams`: d0 [mm], z0 [mm], phi, theta [rad], q/p [1/GeV]
    std::optional<double> chi2;
    std::optional<int> dof;
    std::string colour; ///< `color`, "#rrggbb" or empty
};

/// A hit: a point ([x, y, z]), a line ([x0, y0, z0, x1, y1, z1]) or a box ([x, y, z, dx, dy, dz]).
struct Hit {
    std::string type = "Point"; ///< "Point", "CircularPoint", "Line" or "Box"
    std::vector<double> pos;    ///< 3 or 6 numbers [mm]
};

/// A calorimeter deposit drawn on a cylinder (CaloClusters and CaloCells).
struct CaloDeposit {
    double energy = 0; ///< [GeV]
    double eta = 0;
    double phi = 0;               ///< [rad]
    std::optional<double> radius; ///< cylinder radius to draw at [mm]
    std::optional<double> z;      ///< z to draw at [mm]
    std::optional<double> side;   ///< transverse size [mm]
};

/// A jet cone.
struct Jet {
    double eta = 0;
    double phi = 0;               ///< [rad]
    std::optional<double> energy; ///< [GeV]
    std::optional<double> coneR;  ///< cone radius in eta-phi
};

/// A vertex.
struct Vertex {
    Point3 position{}; ///< [mm]
    std::vector<int> linkedTracks;
    std::string linkedTrackCollection;
};

/// Missing transverse energy.
struct MissingEnergy {
    double etx = 0; ///< [GeV]
    double ety = 0; ///< [GeV]
};

/// A muon, electron or photon: kinematics and links "COLLECTION:INDEX" to tracks and clusters.
struct PhysicsObject {
    std::optional<double> eta;
    std::optional<double> phi;
    std::optional<double> pt;     ///< [GeV]
    std::optional<double> energy; ///< [GeV]
    std::optional<int> pdgId;
    std::vector<std::string> linkedTracks;
    std::vector<std::string> linkedClusters;
};

/// A named collection of objects of one type.
template <typename T>
struct Collection {
    std::string name;
    std::vector<T> items;
};

/// One event of a Phoenix event file.
struct Event {
    std::string key; ///< the event's key in the file, e.g. "event 1"
    std::optional<std::int64_t> eventNumber;
    std::optional<std::int64_t> runNumber;
    std::vector<Collection<Track>> tracks;
    std::vector<Collection<Hit>> hits;
    std::vector<Collection<CaloDeposit>> caloClusters;
    std::vector<Collection<CaloDeposit>> caloCells;
    std::vector<Collection<Jet>> jets;
    std::vector<Collection<Vertex>> vertices;
    std::vector<Collection<MissingEnergy>> missingEnergy;
    std::vector<Collection<PhysicsObject>> muons;
    std::vector<Collection<PhysicsObject>> electrons;
    std::vector<Collection<PhysicsObject>> photons;
};

/// A Phoenix event file: its events, and what was skipped (unknown object types), for the log.
struct EventFile {
    std::vector<Event> events;
    std::vector<std::string> warnings;
};

} // namespace lupa::phoenix
