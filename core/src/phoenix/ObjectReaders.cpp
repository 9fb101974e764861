// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "phoenix/ObjectReaders.hpp"

#include <fmt/format.h>

namespace lupa::phoenix::detail {
namespace {

Result<void> requireObject(const Json& object, const Where& where) {
    if (!object.is_object())
        return where.error("must be a JSON object");
    return success();
}

// The first of several spellings of a key that the object has (files differ: "Eta" and "eta").
const char* spelling(const Json& object, std::initializer_list<const char*> keys) {
    for (const char* key : keys)
        if (object.contains(key))
            return key;
    return *keys.begin();
}

template <typename T>
Result<void> assign(Result<T> value, T& target) {
    if (!value)
        return std::move(value).error();
    target = std::move(*value);
    return success();
}

} // namespace

Result<Track> readTrack(const Json& object, const Where& where) {
    LUPA_TRY(requireObject(object, where));
    Track track;
    if (const auto pos = object.find("pos"); pos != object.end()) {
        if (!pos->is_array())
            return where.error("'pos' must be a list of [x, y, z] positions");
        for (const auto& position : *pos) {
            auto p = point(position, "each position of 'pos'", where);
            if (!p)
                return std::move(p).error();
            track.positions.push_back(*p);
        }
    }
    if (const auto dparams = object.find("dparams"); dparams != object.end()) {
        auto values = numbers(*dparams, 5, "'dparams' ([d0, z0, phi, theta, qOverP])", where);
        if (!values)
            return std::move(values).error();
        track.perigee =
            std::array<double, 5>{(*values)[0], (*values)[1], (*values)[2], (*values)[3], (*values)[4]};
    }
    if (track.positions.empty() && !track.perigee)
        return where.error("a track needs 'pos' or 'dparams'");
    LUPA_TRY(assign(optionalNumber(object, "chi2", where), track.chi2));
    LUPA_TRY(assign(optionalInteger(object, "dof", where), track.dof));
    LUPA_TRY(assign(optionalString(object, "color", where), track.colour));
    return track;
}

Result<Hit> readHit(const Json& object, const Where& where) {
    Hit hit;
    if (object.is_array()) {
        LUPA_TRY(assign(numbers(object, 3, "a hit", where), hit.pos));
        return hit;
    }
    LUPA_TRY(requireObject(object, where));
    LUPA_TRY(assign(optionalString(object, "type", where), hit.type));
    if (hit.type.empty())
        hit.type = "Point";
    std::size_t count = 0;
    if (hit.type == "Point" || hit.type == "CircularPoint")
        count = 3;
    else if (hit.type == "Line" || hit.type == "Box")
        count = 6;
    else
        return where.error(
            fmt::format("unknown hit type '{}' (Point, CircularPoint, Line or Box)", hit.type));
    const auto pos = object.find("pos");
    if (pos == object.end())
        return where.error("'pos' is missing");
    LUPA_TRY(assign(numbers(*pos, count, "'pos'", where), hit.pos));
    return hit;
}

Result<CaloDeposit> readCaloDeposit(const Json& object, const Where& where) {
    LUPA_TRY(requireObject(object, where));
    CaloDeposit deposit;
    LUPA_TRY(assign(number(object, "energy", where), deposit.energy));
    LUPA_TRY(assign(number(object, "eta", where), deposit.eta));
    LUPA_TRY(assign(number(object, "phi", where), deposit.phi));
    LUPA_TRY(assign(optionalNumber(object, "radius", where), deposit.radius));
    LUPA_TRY(assign(optionalNumber(object, "z", where), deposit.z));
    LUPA_TRY(assign(optionalNumber(object, "side", where), deposit.side));
    return deposit;
}

Result<Jet> readJet(const Json& object, const Where& where) {
    LUPA_TRY(requireObject(object, where));
    Jet jet;
    LUPA_TRY(assign(number(object, "eta", where), jet.eta));
    LUPA_TRY(assign(number(object, "phi", where), jet.phi));
    LUPA_TRY(assign(optionalNumber(object, "energy", where), jet.energy));
    LUPA_TRY(assign(optionalNumber(object, "coneR", where), jet.coneR));
    return jet;
}

Result<Vertex> readVertex(const Json& object, const Where& where) {
    LUPA_TRY(requireObject(object, where));
    Vertex vertex;
    if (const auto pos = object.find("pos"); pos != object.end()) {
        LUPA_TRY(assign(point(*pos, "'pos'", where), vertex.position));
    } else {
        LUPA_TRY(assign(number(object, "x", where), vertex.position[0]));
        LUPA_TRY(assign(number(object, "y", where), vertex.position[1]));
        LUPA_TRY(assign(number(object, "z", where), vertex.position[2]));
    }
    if (const auto linked = object.find("linkedTracks"); linked != object.end()) {
        if (!linked->is_array())
            return where.error("'linkedTracks' must be a list of track indices");
        for (const auto& index : *linked) {
            if (!index.is_number_integer() || index.get<std::int64_t>() < 0)
                return where.error("'linkedTracks' must be a list of track indices");
            vertex.linkedTracks.push_back(index.get<int>());
        }
    }
    LUPA_TRY(assign(optionalString(object, "linkedTrackCollection", where), vertex.linkedTrackCollection));
    return vertex;
}

Result<MissingEnergy> readMissingEnergy(const Json& object, const Where& where) {
    LUPA_TRY(requireObject(object, where));
    MissingEnergy met;
    LUPA_TRY(assign(number(object, "etx", where), met.etx));
    LUPA_TRY(assign(number(object, "ety", where), met.ety));
    return met;
}

Result<PhysicsObject> readPhysicsObject(const Json& object, const Where& where) {
    LUPA_TRY(requireObject(object, where));
    PhysicsObject physics;
    LUPA_TRY(assign(optionalNumber(object, spelling(object, {"eta", "Eta"}), where), physics.eta));
    LUPA_TRY(assign(optionalNumber(object, spelling(object, {"phi", "Phi"}), where), physics.phi));
    LUPA_TRY(assign(optionalNumber(object, spelling(object, {"pt", "pT", "Pt"}), where), physics.pt));
    LUPA_TRY(assign(optionalNumber(object, spelling(object, {"energy", "Energy"}), where), physics.energy));
    LUPA_TRY(assign(optionalInteger(object, "pdgId", where), physics.pdgId));
    LUPA_TRY(assign(optionalStrings(object, "LinkedTracks", where), physics.linkedTracks));
    LUPA_TRY(assign(optionalStrings(object, "LinkedClusters", where), physics.linkedClusters));
    return physics;
}

} // namespace lupa::phoenix::detail
