// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "HitsReader.hpp"

#include "FileKinds.hpp"
#include "display/EventTruth.hpp"

#include <lupa/core/CsvReader.hpp>
#include <lupa/core/Json.hpp>
#include <lupa/core/Log.hpp>
#include <lupa/core/phoenix/Drawables.hpp>
#include <lupa/core/phoenix/EventIo.hpp>

#include <algorithm>
#include <array>
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

} // namespace

Result<LoadedHits> HitsReader::readCsv(const QString& path) {
    auto reader = CsvReader::open(files::toPath(path));
    if (!reader)
        return reader.error();
    auto xyz = reader->columnIndices({"x", "y", "z"});
    if (!xyz)
        return xyz.error();
    const std::array<std::optional<std::size_t>, 5> idColumns{
        optionalColumn(*reader, "hit_id"), optionalColumn(*reader, "volume_id"),
        optionalColumn(*reader, "layer_id"), optionalColumn(*reader, "module_id"),
        optionalColumn(*reader, "particle_id")};
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
        std::array<std::int64_t, 5> ids{};
        for (std::size_t i = 0; i < ids.size(); ++i) {
            auto id = optionalInteger(*reader, idColumns[i]);
            if (!id)
                return id.error();
            ids[i] = *id;
        }
        HitDetails details;
        details.id = idColumns[0] ? static_cast<std::uint64_t>(ids[0]) : loaded.hits.size() + 1;
        details.volume = static_cast<int>(ids[1]);
        details.layer = static_cast<int>(ids[2]);
        details.module = static_cast<int>(ids[3]);
        details.particle = static_cast<std::uint64_t>(ids[4]);
        hit.layer = static_cast<int>(ids[1] * 1000 + ids[2]);
        hit.particle = ids[4];
        loaded.hits.push_back(hit);
        loaded.details.push_back(details);
    }
    loaded.hasParticles = idColumns[4].has_value();
    const int layers = compactLayers(loaded.hits);
    loaded.summary.append(tr("%1 hits in %2 layers").arg(loaded.hits.size()).arg(layers));
    if (const auto prefix = trackmlPrefix(files::toPath(path))) {
        auto truth = attachTruth(*prefix, loaded.details);
        if (!truth)
            return truth.error();
        loaded.hasParticles = loaded.hasParticles || truth->particles;
        loaded.hasMomentum = truth->momentum;
        if (truth->particles)
            loaded.summary.append(tr("Truth particles loaded"));
    }
    return loaded;
}

Result<LoadedHits> HitsReader::readPhoenix(const QString& path) {
    auto file = phoenix::readEventFile(files::toPath(path));
    if (!file)
        return file.error();
    for (const std::string& warning : file->warnings)
        logWarning(warning);
    const phoenix::Event& event = file->events.front();
    LoadedHits loaded;
    loaded.summary.append(
        tr("%1 events; showing \"%2\"").arg(file->events.size()).arg(QString::fromStdString(event.key)));
    for (const phoenix::PointHit& hit : phoenix::pointHits(event)) {
        loaded.hits.push_back(DemoHit{hit.position[0], hit.position[1], hit.position[2], hit.collection, 0});
        HitDetails details;
        details.id = loaded.hits.size();
        details.layer = hit.collection;
        loaded.details.push_back(details);
    }
    loaded.tracks = phoenix::trackLines(event);
    loaded.summary.append(tr("%1 hits in %2 collections").arg(loaded.hits.size()).arg(event.hits.size()));
    loaded.summary.append(tr("%1 tracks drawn").arg(loaded.tracks.size()));
    return loaded;
}

} // namespace lupa::app
