// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "HitsReader.hpp"

#include "FileKinds.hpp"

#include <lupa/core/CsvReader.hpp>
#include <lupa/core/Json.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>

namespace lupa::app {
namespace {

std::optional<std::size_t> optionalColumn(const CsvReader& reader, std::string_view name) {
    auto index = reader.columnIndex(name);
    return index ? std::optional<std::size_t>(*index) : std::nullopt;
}

// Integer value of an optional column, 0 when the column is absent.
Result<std::int64_t> optionalInteger(const CsvReader& reader, std::optional<std::size_t> column) {
    return column ? reader.get<std::int64_t>(*column) : Result<std::int64_t>(std::int64_t{0});
}

// Numbers layers 0, 1, 2, ... in the order of their (volume, layer) keys.
int compactLayers(std::vector<DemoHit>& hits) {
    std::set<int> keys;
    for (const DemoHit& hit : hits)
        keys.insert(hit.layer);
    std::map<int, int> index;
    for (const int key : keys)
        index.emplace(key, static_cast<int>(index.size()));
    for (DemoHit& hit : hits)
        hit.layer = index[hit.layer];
    return static_cast<int>(keys.size());
}

// A Phoenix hit: {"pos": [x, y, z, ...]} or just [x, y, z].
std::optional<DemoHit> phoenixHit(const Json& item) {
    const Json* position = &item;
    if (item.is_object()) {
        auto found = item.find("pos");
        if (found == item.end())
            return std::nullopt;
        position = &*found;
    }
    if (!position->is_array() || position->size() < 3)
        return std::nullopt;
    for (std::size_t i = 0; i < 3; ++i) {
        if (!(*position)[i].is_number())
            return std::nullopt;
    }
    return DemoHit{(*position)[0].get<double>(), (*position)[1].get<double>(), (*position)[2].get<double>(),
                   0, 0};
}

} // namespace

Result<LoadedHits> HitsReader::readCsv(const QString& path) {
    auto reader = CsvReader::open(files::toPath(path));
    if (!reader)
        return reader.error();
    auto xyz = reader->columnIndices({"x", "y", "z"});
    if (!xyz)
        return xyz.error();
    const auto volume = optionalColumn(*reader, "volume_id");
    const auto layer = optionalColumn(*reader, "layer_id");
    const auto particle = optionalColumn(*reader, "particle_id");
    LoadedHits loaded;
    while (true) {
        auto more = reader->next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        DemoHit hit;
        double* coordinates[3] = {&hit.x, &hit.y, &hit.z};
        for (std::size_t i = 0; i < 3; ++i) {
            auto value = reader->get<double>((*xyz)[i]);
            if (!value)
                return value.error();
            *coordinates[i] = *value;
        }
        auto volumeId = optionalInteger(*reader, volume);
        auto layerId = optionalInteger(*reader, layer);
        auto particleId = optionalInteger(*reader, particle);
        for (const auto* id : {&volumeId, &layerId, &particleId}) {
            if (!*id)
                return id->error();
        }
        hit.layer = static_cast<int>(*volumeId * 1000 + *layerId);
        hit.particle = *particleId;
        loaded.hits.push_back(hit);
    }
    const int layers = compactLayers(loaded.hits);
    loaded.summary.append(tr("%1 hits in %2 layers").arg(loaded.hits.size()).arg(layers));
    return loaded;
}

Result<LoadedHits> HitsReader::readPhoenix(const QString& path) {
    auto json = readJsonFile(files::toPath(path));
    if (!json)
        return json.error();
    if (!json->is_object() || json->empty() || !json->begin()->is_object()) {
        return Error::badInput(tr("not a Phoenix event file: expected an object of events").toStdString(),
                               path.toStdString());
    }
    const std::string eventName = json->begin().key();
    const Json& event = json->begin().value();
    LoadedHits loaded;
    loaded.summary.append(
        tr("%1 events; showing \"%2\"").arg(json->size()).arg(QString::fromStdString(eventName)));
    int collection = 0;
    if (auto hits = event.find("Hits"); hits != event.end() && hits->is_object()) {
        for (const auto& [name, items] : hits->items()) {
            if (!items.is_array())
                continue;
            for (const Json& item : items) {
                if (auto hit = phoenixHit(item)) {
                    hit->layer = collection;
                    loaded.hits.push_back(*hit);
                }
            }
            ++collection;
        }
    }
    loaded.summary.append(tr("%1 hits in %2 collections").arg(loaded.hits.size()).arg(collection));
    for (const auto& [type, collections] : event.items()) {
        if (type != "Hits" && collections.is_object())
            loaded.summary.append(
                tr("%1: %2 collections").arg(QString::fromStdString(type)).arg(collections.size()));
    }
    return loaded;
}

} // namespace lupa::app
