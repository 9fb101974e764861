// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventTruth.hpp"

#include <lupa/core/trackml/EventReader.hpp>

#include <fmt/format.h>

#include <cmath>
#include <unordered_map>

namespace lupa::app {
namespace {

constexpr std::string_view kTrackmlHitsSuffixes[] = {"-hits.csv", "-hits.csv.gz"};

Result<void> attachTruthParticles(const std::filesystem::path& truthFile, std::vector<HitDetails>& details) {
    auto truth = trackml::readTruth(truthFile);
    if (!truth)
        return truth.error();
    std::unordered_map<std::uint64_t, std::size_t> rowOfHit;
    for (std::size_t row = 0; row < details.size(); ++row)
        rowOfHit.emplace(details[row].id, row);
    for (std::size_t record = 0; record < truth->size(); ++record) {
        const trackml::TruthHit& entry = (*truth)[record];
        const auto row = rowOfHit.find(entry.hitId);
        if (row == rowOfHit.end())
            return Error::badRecord(fmt::format("hit id {} is not in the hits file", entry.hitId),
                                    truthFile.string(), static_cast<std::int64_t>(record + 1));
        details[row->second].particle = entry.particleId;
    }
    return success();
}

Result<void> attachTruthMomenta(const std::filesystem::path& particlesFile,
                                std::vector<HitDetails>& details) {
    auto particles = trackml::readParticles(particlesFile);
    if (!particles)
        return particles.error();
    std::unordered_map<std::uint64_t, double> ptOfParticle;
    for (const trackml::Particle& particle : *particles)
        ptOfParticle.emplace(particle.id, std::hypot(particle.px, particle.py));
    for (HitDetails& hit : details) {
        const auto pt = ptOfParticle.find(hit.particle);
        if (pt != ptOfParticle.end())
            hit.particlePt = pt->second;
    }
    return success();
}

} // namespace

std::optional<std::string> trackmlPrefix(const std::filesystem::path& hitsFile) {
    const std::string path = hitsFile.string();
    for (const std::string_view suffix : kTrackmlHitsSuffixes) {
        if (path.size() > suffix.size() &&
            path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
            return path.substr(0, path.size() - suffix.size());
    }
    return std::nullopt;
}

Result<TruthFound> attachTruth(const std::string& prefix, std::vector<HitDetails>& details) {
    TruthFound found;
    auto truthFile = trackml::eventFile(prefix, "truth");
    if (!truthFile)
        return found; // no truth: the hits alone
    LUPA_TRY(attachTruthParticles(*truthFile, details));
    found.particles = true;
    if (auto particlesFile = trackml::eventFile(prefix, "particles")) {
        LUPA_TRY(attachTruthMomenta(*particlesFile, details));
        found.momentum = true;
    }
    return found;
}

} // namespace lupa::app
