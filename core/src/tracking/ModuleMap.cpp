// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/tracking/ModuleMap.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace lupa::tracking {
namespace {

constexpr int kRangeValues = 8;

bool inWidened(double value, float low, float high, double margin, double floor) {
    const double widen = margin * (static_cast<double>(high) - low) + floor;
    return value >= low - widen && value <= high + widen;
}

void widen(float& low, float& high, double value, bool first) {
    const auto v = static_cast<float>(value);
    low = first ? v : std::min(low, v);
    high = first ? v : std::max(high, v);
}

template <typename Connection>
using ConnectionMap = std::unordered_map<std::uint64_t, std::vector<Connection>>;

/// Widens the range of inner -> outer in `next` to hold `v`; true when the pair is new.
template <typename Connection>
bool addPair(ConnectionMap<Connection>& next, std::uint64_t inner, std::uint64_t outer,
             const DoubletVariables& v) {
    auto& list = next[inner];
    auto found = std::find_if(list.begin(), list.end(), [&](const auto& c) { return c.outer == outer; });
    const bool added = found == list.end();
    if (added) {
        list.push_back({outer, {}});
        found = list.end() - 1;
    }
    found->range.include(v);
    return added;
}

template <typename Connection>
nlohmann::json toColumns(const ConnectionMap<Connection>& next) {
    std::vector<std::uint64_t> inners;
    for (const auto& [inner, list] : next)
        inners.push_back(inner);
    std::sort(inners.begin(), inners.end());
    auto innerIds = nlohmann::json::array(), outerIds = nlohmann::json::array();
    auto counts = nlohmann::json::array(), ranges = nlohmann::json::array();
    for (const auto inner : inners) {
        auto list = next.at(inner);
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.outer < b.outer; });
        for (const auto& c : list) {
            innerIds.push_back(inner);
            outerIds.push_back(c.outer);
            counts.push_back(c.range.count);
            for (const float v :
                 {c.range.dphiLow, c.range.dphiHigh, c.range.phiSlopeLow, c.range.phiSlopeHigh, c.range.z0Low,
                  c.range.z0High, c.range.detaLow, c.range.detaHigh})
                ranges.push_back(v);
        }
    }
    return {{"inner", innerIds}, {"outer", outerIds}, {"count", counts}, {"ranges", ranges}};
}

/// Reads toColumns() output into `next`; the number of pairs, or a BadInput error.
template <typename Connection>
Result<std::size_t> fromColumns(const nlohmann::json& json, ConnectionMap<Connection>& next,
                                const std::string& what, const std::string& context) {
    auto bad = [&](const std::string& message) {
        return Error::badInput(fmt::format("{}: {}", what, message), context);
    };
    if (!json.is_object())
        return bad("not a JSON object");
    for (const char* key : {"inner", "outer", "count", "ranges"})
        if (!json.contains(key) || !json[key].is_array())
            return bad(fmt::format("'{}' is missing or not an array", key));
    const auto& inner = json["inner"];
    const auto& outer = json["outer"];
    const auto& counts = json["count"];
    const auto& ranges = json["ranges"];
    const std::size_t pairs = inner.size();
    if (outer.size() != pairs || counts.size() != pairs || ranges.size() != kRangeValues * pairs)
        return bad(fmt::format("{} inner ids but {} outer, {} counts and {} range values (expected {})",
                               pairs, outer.size(), counts.size(), ranges.size(), kRangeValues * pairs));
    for (std::size_t i = 0; i < pairs; ++i) {
        if (!inner[i].is_number_unsigned() || !outer[i].is_number_unsigned() ||
            !counts[i].is_number_unsigned())
            return bad(fmt::format("pair {}: ids and counts must be unsigned integers", i));
        float v[kRangeValues];
        for (int k = 0; k < kRangeValues; ++k) {
            const auto& value = ranges[kRangeValues * i + k];
            if (!value.is_number() || !std::isfinite(value.get<double>()))
                return bad(fmt::format("pair {}: range value {} is not a finite number", i, k));
            v[k] = value.get<float>();
        }
        for (int k = 0; k < kRangeValues; k += 2)
            if (v[k] > v[k + 1])
                return bad(fmt::format("pair {}: a range whose low end lies above its high end", i));
        const auto outerId = outer[i].get<std::uint64_t>();
        auto& list = next[inner[i].get<std::uint64_t>()];
        if (std::any_of(list.begin(), list.end(), [&](const auto& c) { return c.outer == outerId; }))
            return bad(fmt::format("pair {} repeats an earlier pair", i));
        list.push_back({outerId, DoubletRange{v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7],
                                              counts[i].get<std::uint32_t>()}});
    }
    return pairs;
}

/// The hit indices of every particle, keyed by particle id (noise excluded).
Result<std::map<std::uint64_t, std::vector<std::size_t>>> hitsByParticle(const trackml::Event& event) {
    std::unordered_map<std::uint64_t, std::size_t> indexOfHit;
    indexOfHit.reserve(event.hits.size());
    for (std::size_t i = 0; i < event.hits.size(); ++i)
        indexOfHit.emplace(event.hits[i].id, i);
    std::map<std::uint64_t, std::vector<std::size_t>> byParticle;
    for (const auto& truth : event.truth) {
        if (truth.particleId == 0)
            continue;
        const auto found = indexOfHit.find(truth.hitId);
        if (found == indexOfHit.end())
            return Error::badInput(
                fmt::format("the truth names hit {}, which the hits do not have", truth.hitId),
                event.prefix + "-truth.csv");
        byParticle[truth.particleId].push_back(found->second);
    }
    return byParticle;
}

} // namespace

void DoubletRange::include(const DoubletVariables& v) {
    const bool first = count == 0;
    widen(dphiLow, dphiHigh, v.dphi, first);
    widen(phiSlopeLow, phiSlopeHigh, v.phiSlope, first);
    widen(z0Low, z0High, v.z0, first);
    widen(detaLow, detaHigh, v.deta, first);
    ++count;
}

bool DoubletRange::contains(const DoubletVariables& v, double margin) const {
    return inWidened(v.dphi, dphiLow, dphiHigh, margin, 0.002) &&
           inWidened(v.phiSlope, phiSlopeLow, phiSlopeHigh, margin, 2e-5) &&
           inWidened(v.z0, z0Low, z0High, margin, 2.0) && inWidened(v.deta, detaLow, detaHigh, margin, 0.002);
}

void ModuleMap::addDoublet(ModuleId inner, ModuleId outer, const DoubletVariables& v) {
    if (addPair(m_next, inner, outer, v))
        ++m_pairs;
    addPair(m_layerNext, layerIdOf(inner), layerIdOf(outer), v);
}

Result<void> ModuleMap::addEvent(const trackml::Event& event, const ModuleMapOptions& options) {
    if (event.truth.empty())
        return Error::badInput("a module map is learned from the truth, and this event has none",
                               event.prefix + "-truth.csv");
    auto grouped = hitsByParticle(event);
    if (!grouped)
        return std::move(grouped).error();
    auto& byParticle = *grouped;
    std::unordered_map<std::uint64_t, const trackml::Particle*> particles;
    for (const auto& p : event.particles)
        particles.emplace(p.id, &p);
    for (auto& [id, hits] : byParticle) {
        const auto particle = particles.find(id);
        const trackml::Particle* p = particle == particles.end() ? nullptr : particle->second;
        if (hits.size() < options.minParticleHits || (p && std::hypot(p->px, p->py) < options.minPt))
            continue;
        const double vx = p ? p->vx : 0, vy = p ? p->vy : 0, vz = p ? p->vz : 0;
        auto distance = [&](std::size_t i) {
            const auto& h = event.hits[i];
            return (h.x - vx) * (h.x - vx) + (h.y - vy) * (h.y - vy) + (h.z - vz) * (h.z - vz);
        };
        std::sort(hits.begin(), hits.end(), [&](auto a, auto b) { return distance(a) < distance(b); });
        for (std::size_t k = 0; k + 1 < hits.size(); ++k) {
            const auto& inner = event.hits[hits[k]];
            const auto& outer = event.hits[hits[k + 1]];
            if (moduleIdOf(inner) != moduleIdOf(outer))
                addDoublet(moduleIdOf(inner), moduleIdOf(outer), doubletVariables(inner, outer));
        }
    }
    // Connections in increasing outer id, as fromJson() gives them: the same map builds the same graph.
    auto byOuter = [](const auto& a, const auto& b) {
        return a.outer < b.outer;
    };
    for (auto& [inner, list] : m_next)
        std::sort(list.begin(), list.end(), byOuter);
    for (auto& [inner, list] : m_layerNext)
        std::sort(list.begin(), list.end(), byOuter);
    ++m_events;
    return {};
}

std::span<const ModuleConnection> ModuleMap::connections(ModuleId inner) const {
    const auto found = m_next.find(inner);
    if (found == m_next.end())
        return {};
    return found->second;
}

std::span<const LayerConnection> ModuleMap::layerConnections(LayerId inner) const {
    const auto found = m_layerNext.find(inner);
    if (found == m_layerNext.end())
        return {};
    return found->second;
}

std::size_t ModuleMap::layerPairCount() const {
    std::size_t pairs = 0;
    for (const auto& [inner, list] : m_layerNext)
        pairs += list.size();
    return pairs;
}

nlohmann::json ModuleMap::toJson() const {
    auto json = toColumns(m_next);
    json["events"] = m_events;
    json["layers"] = toColumns(m_layerNext);
    return json;
}

Result<ModuleMap> ModuleMap::fromJson(const nlohmann::json& json, const std::string& context) {
    ModuleMap map;
    auto pairs = fromColumns(json, map.m_next, "module map", context);
    if (!pairs)
        return std::move(pairs).error();
    map.m_pairs = *pairs;
    if (!json.contains("layers"))
        return Error::badInput("module map: 'layers' is missing", context);
    auto layerPairs = fromColumns(json["layers"], map.m_layerNext, "module map layers", context);
    if (!layerPairs)
        return std::move(layerPairs).error();
    const auto events = json.value("events", nlohmann::json());
    if (!events.is_number_unsigned())
        return Error::badInput("module map: 'events' is missing or not an unsigned integer", context);
    map.m_events = events.get<std::size_t>();
    return map;
}

} // namespace lupa::tracking
