// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "phoenix/ObjectReaders.hpp"

#include <lupa/core/phoenix/EventIo.hpp>

#include <fmt/format.h>

#include <cstdlib>
#include <functional>
#include <map>
#include <set>

namespace lupa::phoenix {
namespace {

using detail::Where;

// Reads every collection of one object type into the matching member of the event.
using TypeReader = std::function<Result<void>(const Json& collections, Event& event, Where& where)>;

template <typename T>
TypeReader collectionsOf(std::vector<Collection<T>> Event::*member,
                         Result<T> (*readObject)(const Json&, const Where&)) {
    return [member, readObject](const Json& collections, Event& event, Where& where) -> Result<void> {
        for (const auto& [name, objects] : collections.items()) {
            where.collection = name;
            where.index = 0;
            if (!objects.is_array())
                return where.error("a collection must be a list of objects");
            Collection<T> collection{name, {}};
            collection.items.reserve(objects.size());
            for (const auto& object : objects) {
                auto item = readObject(object, where);
                if (!item)
                    return std::move(item).error();
                collection.items.push_back(std::move(*item));
                ++where.index;
            }
            (event.*member).push_back(std::move(collection));
        }
        return success();
    };
}

// Some files (older ATLAS dumps) nest point hits one level deeper: [[[x, y, z], [x, y, z], ...]].
// Phoenix draws those as points too, so lupa flattens them before reading.
Json flattenNestedHits(const Json& collections) {
    Json flat = collections;
    for (auto& [name, objects] : flat.items()) {
        if (!objects.is_array())
            continue;
        Json points = Json::array();
        for (const auto& object : objects) {
            const bool nested = object.is_array() && !object.empty() && object.front().is_array();
            if (!nested) {
                points.push_back(object);
                continue;
            }
            for (const auto& point : object)
                points.push_back(point);
        }
        objects = std::move(points);
    }
    return flat;
}

TypeReader hitCollections() {
    const TypeReader read = collectionsOf(&Event::hits, &detail::readHit);
    return [read](const Json& collections, Event& event, Where& where) {
        return read(flattenNestedHits(collections), event, where);
    };
}

const std::map<std::string, TypeReader>& typeReaders() {
    static const std::map<std::string, TypeReader> readers{
        {"Tracks", collectionsOf(&Event::tracks, &detail::readTrack)},
        {"Hits", hitCollections()},
        {"CaloClusters", collectionsOf(&Event::caloClusters, &detail::readCaloDeposit)},
        {"CaloCells", collectionsOf(&Event::caloCells, &detail::readCaloDeposit)},
        {"Jets", collectionsOf(&Event::jets, &detail::readJet)},
        {"Vertices", collectionsOf(&Event::vertices, &detail::readVertex)},
        {"MissingEnergy", collectionsOf(&Event::missingEnergy, &detail::readMissingEnergy)},
        {"Muons", collectionsOf(&Event::muons, &detail::readPhysicsObject)},
        {"Electrons", collectionsOf(&Event::electrons, &detail::readPhysicsObject)},
        {"Photons", collectionsOf(&Event::photons, &detail::readPhysicsObject)},
    };
    return readers;
}

bool isMetadataKey(const std::string& key) {
    static const std::set<std::string> kKeys{"event number", "eventNumber", "run number", "runNumber",
                                             "ls",           "lumiBlock",   "time"};
    return kKeys.contains(key);
}

Result<std::optional<std::int64_t>> integerField(const Json& event, std::initializer_list<const char*> keys,
                                                 const Where& where) {
    for (const char* key : keys) {
        const auto found = event.find(key);
        if (found == event.end() || found->is_null())
            continue;
        if (found->is_number_integer())
            return std::optional<std::int64_t>(found->get<std::int64_t>());
        if (found->is_string()) // some files write "234"
            return std::optional<std::int64_t>(std::strtoll(found->get<std::string>().c_str(), nullptr, 10));
        return where.error(fmt::format("'{}' must be an integer", key));
    }
    return std::optional<std::int64_t>{};
}

Result<Event> readEvent(const std::string& key, const Json& json, std::string_view source, EventFile& file) {
    if (!json.is_object())
        return Error::badInput(fmt::format("event '{}' must be a JSON object", key), std::string(source));
    Where where{source, key, "event", key, 0};
    Event event;
    event.key = key;
    auto eventNumber = integerField(json, {"event number", "eventNumber"}, where);
    auto runNumber = integerField(json, {"run number", "runNumber"}, where);
    if (!eventNumber)
        return std::move(eventNumber).error();
    if (!runNumber)
        return std::move(runNumber).error();
    event.eventNumber = *eventNumber;
    event.runNumber = *runNumber;
    for (const auto& [type, collections] : json.items()) {
        if (isMetadataKey(type))
            continue;
        const auto reader = typeReaders().find(type);
        if (reader == typeReaders().end() || !collections.is_object()) {
            if (collections.is_object())
                file.warnings.push_back(
                    fmt::format("{}: event '{}': skipped the object type '{}', which lupa does not read",
                                source, key, type));
            continue; // other metadata (strings, numbers) is decoration
        }
        where.type = type;
        LUPA_TRY(reader->second(collections, event, where));
    }
    return event;
}

// A file is either {key: event, ...} or one event object (it has event metadata or known types).
bool isSingleEvent(const Json& json) {
    for (const auto& [key, value] : json.items())
        if (isMetadataKey(key) || typeReaders().contains(key))
            return true;
    return false;
}

} // namespace

Result<EventFile> readEvents(const Json& json, std::string_view sourceName) {
    if (!json.is_object())
        return Error::badInput("a Phoenix event file must hold a JSON object", std::string(sourceName));
    EventFile file;
    if (isSingleEvent(json)) {
        auto event = readEvent("event", json, sourceName, file);
        if (!event)
            return std::move(event).error();
        file.events.push_back(std::move(*event));
        return file;
    }
    for (const auto& [key, value] : json.items()) {
        auto event = readEvent(key, value, sourceName, file);
        if (!event)
            return std::move(event).error();
        file.events.push_back(std::move(*event));
    }
    if (file.events.empty())
        return Error::badInput("the Phoenix event file holds no events", std::string(sourceName));
    return file;
}

Result<EventFile> readEventFile(const std::filesystem::path& path) {
    auto json = readJsonFile(path);
    if (!json)
        return std::move(json).error();
    return readEvents(*json, path.string());
}

} // namespace lupa::phoenix
