// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "trackml/CsvTable.hpp"

#include <lupa/core/trackml/EventReader.hpp>

#include <fmt/format.h>

#include <unordered_map>
#include <unordered_set>

namespace lupa::trackml {
namespace {

using detail::field;
using detail::forEachRow;
using detail::Row;

Result<void> checkHitId(const Row& row, std::uint64_t id, std::unordered_set<std::uint64_t>& seen) {
    if (id == 0)
        return row.error("hit_id 0 is not a valid hit id");
    if (!seen.insert(id).second)
        return row.error(fmt::format("hit_id {} appears twice", id));
    return {};
}

} // namespace

Result<std::filesystem::path> eventFile(const std::string& prefix, const std::string& part) {
    const std::filesystem::path plain = prefix + "-" + part + ".csv";
    const std::filesystem::path gzip = prefix + "-" + part + ".csv.gz";
    std::error_code ec;
    if (std::filesystem::is_regular_file(plain, ec))
        return plain;
    if (std::filesystem::is_regular_file(gzip, ec))
        return gzip;
    return Error::io(fmt::format("no {} file for this event: neither {} nor {} exists", part,
                                 plain.filename().string(), gzip.filename().string()),
                     plain.string());
}

Result<std::vector<Hit>> readHits(const std::filesystem::path& path) {
    std::vector<Hit> hits;
    std::unordered_set<std::uint64_t> seen;
    LUPA_TRY(forEachRow(path, {"hit_id", "x", "y", "z", "volume_id", "layer_id", "module_id"}, {},
                        [&](const Row& row) -> Result<void> {
                            Hit hit;
                            LUPA_TRY(field(row, 0, hit.id));
                            LUPA_TRY(field(row, 1, hit.x));
                            LUPA_TRY(field(row, 2, hit.y));
                            LUPA_TRY(field(row, 3, hit.z));
                            LUPA_TRY(field(row, 4, hit.volume));
                            LUPA_TRY(field(row, 5, hit.layer));
                            LUPA_TRY(field(row, 6, hit.module));
                            LUPA_TRY(checkHitId(row, hit.id, seen));
                            hits.push_back(hit);
                            return {};
                        }));
    return hits;
}

Result<std::vector<Particle>> readParticles(const std::filesystem::path& path) {
    std::vector<Particle> particles;
    std::unordered_set<std::uint64_t> seen;
    LUPA_TRY(forEachRow(path, {"particle_id", "vx", "vy", "vz", "px", "py", "pz", "q", "nhits"},
                        {"particle_type"}, [&](const Row& row) -> Result<void> {
                            Particle particle;
                            LUPA_TRY(field(row, 0, particle.id));
                            LUPA_TRY(field(row, 1, particle.vx));
                            LUPA_TRY(field(row, 2, particle.vy));
                            LUPA_TRY(field(row, 3, particle.vz));
                            LUPA_TRY(field(row, 4, particle.px));
                            LUPA_TRY(field(row, 5, particle.py));
                            LUPA_TRY(field(row, 6, particle.pz));
                            LUPA_TRY(field(row, 7, particle.charge));
                            LUPA_TRY(field(row, 8, particle.hitCount));
                            if (row.has(9))
                                LUPA_TRY(field(row, 9, particle.pdgId));
                            if (particle.id == 0)
                                return row.error("particle_id 0 is reserved for noise hits");
                            if (!seen.insert(particle.id).second)
                                return row.error(fmt::format("particle_id {} appears twice", particle.id));
                            if (particle.hitCount < 0)
                                return row.error("nhits is negative");
                            particles.push_back(particle);
                            return {};
                        }));
    return particles;
}

Result<std::vector<TruthHit>> readTruth(const std::filesystem::path& path) {
    std::vector<TruthHit> truth;
    std::unordered_set<std::uint64_t> seen;
    LUPA_TRY(forEachRow(path, {"hit_id", "particle_id", "tx", "ty", "tz", "tpx", "tpy", "tpz", "weight"}, {},
                        [&](const Row& row) -> Result<void> {
                            TruthHit hit;
                            LUPA_TRY(field(row, 0, hit.hitId));
                            LUPA_TRY(field(row, 1, hit.particleId));
                            LUPA_TRY(field(row, 2, hit.tx));
                            LUPA_TRY(field(row, 3, hit.ty));
                            LUPA_TRY(field(row, 4, hit.tz));
                            LUPA_TRY(field(row, 5, hit.tpx));
                            LUPA_TRY(field(row, 6, hit.tpy));
                            LUPA_TRY(field(row, 7, hit.tpz));
                            LUPA_TRY(field(row, 8, hit.weight));
                            LUPA_TRY(checkHitId(row, hit.hitId, seen));
                            if (hit.weight < 0)
                                return row.error("the weight is negative");
                            truth.push_back(hit);
                            return {};
                        }));
    return truth;
}

Result<std::vector<Cell>> readCells(const std::filesystem::path& path) {
    std::vector<Cell> cells;
    LUPA_TRY(forEachRow(path, {"hit_id", "ch0", "ch1", "value"}, {}, [&](const Row& row) -> Result<void> {
        Cell cell;
        LUPA_TRY(field(row, 0, cell.hitId));
        LUPA_TRY(field(row, 1, cell.channel0));
        LUPA_TRY(field(row, 2, cell.channel1));
        LUPA_TRY(field(row, 3, cell.value));
        cells.push_back(cell);
        return {};
    }));
    return cells;
}

namespace {

// Every truth row and cell names a hit of the event; every hit has a truth row.
Result<void> checkConsistency(const Event& event, const std::string& prefix, const EventParts& parts) {
    std::unordered_map<std::uint64_t, std::size_t> hitIndex;
    for (std::size_t i = 0; i < event.hits.size(); ++i)
        hitIndex.emplace(event.hits[i].id, i);
    if (parts.truth) {
        for (std::size_t row = 0; row < event.truth.size(); ++row)
            if (!hitIndex.contains(event.truth[row].hitId))
                return Error::badRecord(
                    fmt::format("hit_id {} is not in the hits file", event.truth[row].hitId),
                    eventFile(prefix, "truth").value().string(), static_cast<std::int64_t>(row) + 1);
        if (event.truth.size() != event.hits.size())
            return Error::badInput(
                fmt::format("the truth file has {} rows for {} hits", event.truth.size(), event.hits.size()),
                eventFile(prefix, "truth").value().string());
    }
    if (parts.cells)
        for (std::size_t row = 0; row < event.cells.size(); ++row)
            if (!hitIndex.contains(event.cells[row].hitId))
                return Error::badRecord(
                    fmt::format("hit_id {} is not in the hits file", event.cells[row].hitId),
                    eventFile(prefix, "cells").value().string(), static_cast<std::int64_t>(row) + 1);
    return {};
}

template <typename T>
Result<void> readPart(const std::string& prefix, const char* part,
                      Result<std::vector<T>> (*reader)(const std::filesystem::path&), std::vector<T>& out) {
    auto path = eventFile(prefix, part);
    if (!path)
        return std::move(path).error();
    auto rows = reader(*path);
    if (!rows)
        return std::move(rows).error();
    out = std::move(*rows);
    return {};
}

} // namespace

Result<Event> readEvent(const std::string& prefix, const EventParts& parts) {
    Event event;
    event.prefix = prefix;
    if (parts.truth || parts.cells || parts.hits)
        LUPA_TRY(readPart(prefix, "hits", &readHits, event.hits));
    if (parts.particles)
        LUPA_TRY(readPart(prefix, "particles", &readParticles, event.particles));
    if (parts.truth)
        LUPA_TRY(readPart(prefix, "truth", &readTruth, event.truth));
    if (parts.cells)
        LUPA_TRY(readPart(prefix, "cells", &readCells, event.cells));
    LUPA_TRY(checkConsistency(event, prefix, parts));
    return event;
}

} // namespace lupa::trackml
