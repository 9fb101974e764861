// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/phoenix/EventIo.hpp>

namespace lupa::phoenix {
namespace {

template <typename T>
void putOptional(Json& object, const char* key, const std::optional<T>& value) {
    if (value)
        object[key] = *value;
}

Json toJson(const Track& track) {
    Json object = Json::object();
    if (!track.positions.empty())
        object["pos"] = track.positions;
    if (track.perigee)
        object["dparams"] = *track.perigee;
    putOptional(object, "chi2", track.chi2);
    putOptional(object, "dof", track.dof);
    if (!track.colour.empty())
        object["color"] = track.colour;
    return object;
}

Json toJson(const Hit& hit) {
    if (hit.type == "Point")
        return hit.pos; // the compact form: [x, y, z]
    return {{"type", hit.type}, {"pos", hit.pos}};
}

Json toJson(const CaloDeposit& deposit) {
    Json object = {{"energy", deposit.energy}, {"eta", deposit.eta}, {"phi", deposit.phi}};
    putOptional(object, "radius", deposit.radius);
    putOptional(object, "z", deposit.z);
    putOptional(object, "side", deposit.side);
    return object;
}

Json toJson(const Jet& jet) {
    Json object = {{"eta", jet.eta}, {"phi", jet.phi}};
    putOptional(object, "energy", jet.energy);
    putOptional(object, "coneR", jet.coneR);
    return object;
}

Json toJson(const Vertex& vertex) {
    Json object = {{"x", vertex.position[0]}, {"y", vertex.position[1]}, {"z", vertex.position[2]}};
    if (!vertex.linkedTracks.empty())
        object["linkedTracks"] = vertex.linkedTracks;
    if (!vertex.linkedTrackCollection.empty())
        object["linkedTrackCollection"] = vertex.linkedTrackCollection;
    return object;
}

Json toJson(const MissingEnergy& met) {
    return {{"etx", met.etx}, {"ety", met.ety}};
}

Json toJson(const PhysicsObject& physics) {
    Json object = Json::object();
    putOptional(object, "eta", physics.eta);
    putOptional(object, "phi", physics.phi);
    putOptional(object, "pt", physics.pt);
    putOptional(object, "energy", physics.energy);
    putOptional(object, "pdgId", physics.pdgId);
    if (!physics.linkedTracks.empty())
        object["LinkedTracks"] = physics.linkedTracks;
    if (!physics.linkedClusters.empty())
        object["LinkedClusters"] = physics.linkedClusters;
    return object;
}

template <typename T>
void putCollections(Json& event, const char* type, const std::vector<Collection<T>>& collections) {
    if (collections.empty())
        return;
    Json& byName = event[type];
    for (const auto& collection : collections) {
        Json items = Json::array();
        for (const auto& item : collection.items)
            items.push_back(toJson(item));
        byName[collection.name] = std::move(items);
    }
}

Json toJson(const Event& event) {
    Json object = Json::object();
    putOptional(object, "event number", event.eventNumber);
    putOptional(object, "run number", event.runNumber);
    putCollections(object, "Tracks", event.tracks);
    putCollections(object, "Hits", event.hits);
    putCollections(object, "CaloClusters", event.caloClusters);
    putCollections(object, "CaloCells", event.caloCells);
    putCollections(object, "Jets", event.jets);
    putCollections(object, "Vertices", event.vertices);
    putCollections(object, "MissingEnergy", event.missingEnergy);
    putCollections(object, "Muons", event.muons);
    putCollections(object, "Electrons", event.electrons);
    putCollections(object, "Photons", event.photons);
    return object;
}

} // namespace

Json toJson(const std::vector<Event>& events) {
    Json file = Json::object();
    for (const auto& event : events)
        file[event.key.empty() ? "event" : event.key] = toJson(event);
    return file;
}

Result<void> writeEventFile(const std::filesystem::path& path, const std::vector<Event>& events) {
    return writeJsonFile(path, toJson(events), 1);
}

} // namespace lupa::phoenix
