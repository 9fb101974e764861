// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lupa::trackml {

/// A measured space point (TrackML `hits` file).
struct Hit {
    std::uint64_t id = 0; ///< hit_id, unique in the event, from 1
    double x = 0;         ///< [mm]
    double y = 0;         ///< [mm]
    double z = 0;         ///< [mm]
    int volume = 0;       ///< volume_id
    int layer = 0;        ///< layer_id
    int module = 0;       ///< module_id
};

/// A generated particle (TrackML `particles` file).
struct Particle {
    std::uint64_t id = 0; ///< particle_id (0 is reserved for noise)
    int pdgId = 0;        ///< particle_type when the file has it, else 0
    double vx = 0;        ///< production vertex [mm]
    double vy = 0;
    double vz = 0;
    double px = 0; ///< momentum at production [GeV]
    double py = 0;
    double pz = 0;
    int charge = 0;   ///< q [e]
    int hitCount = 0; ///< nhits
};

/// The truth of one hit (TrackML `truth` file).
struct TruthHit {
    std::uint64_t hitId = 0;
    std::uint64_t particleId = 0; ///< 0 = noise hit
    double tx = 0;                ///< true intersection [mm]
    double ty = 0;
    double tz = 0;
    double tpx = 0; ///< true momentum at the intersection [GeV]
    double tpy = 0;
    double tpz = 0;
    double weight = 0; ///< the hit's weight in the TrackML score
};

/// One activated readout channel of a hit (TrackML `cells` file).
struct Cell {
    std::uint64_t hitId = 0;
    int channel0 = 0; ///< ch0
    int channel1 = 0; ///< ch1
    double value = 0; ///< deposited charge (arbitrary units)
};

/// A TrackML event: the four files of one event prefix. Parts that were not read stay empty.
struct Event {
    std::string prefix; ///< e.g. "data/event000000001"
    std::vector<Hit> hits;
    std::vector<Particle> particles;
    std::vector<TruthHit> truth;
    std::vector<Cell> cells;
};

} // namespace lupa::trackml
