// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/tracking/TrackMetrics.hpp>

#include <cmath>

namespace lupa::tracking {
namespace {

using ParticleIndex = std::unordered_map<std::uint64_t, const trackml::Particle*>;
using TrackCounts = std::unordered_map<std::uint64_t, std::size_t>;

double ratio(std::size_t numerator, std::size_t denominator) {
    return denominator == 0 ? 0.0 : static_cast<double>(numerator) / static_cast<double>(denominator);
}

bool isCountedTrack(const TrackMatch& match, const TrackMetricsConfig& config) {
    return match.trackId.has_value() && match.hitCount >= config.minTrackHits;
}

bool isMatched(const TrackMatch& match) {
    return match.majorityParticleId != 0 && match.purity() > 0.5;
}

ParticleIndex indexById(const std::vector<trackml::Particle>& particles) {
    ParticleIndex index;
    index.reserve(particles.size());
    for (const auto& particle : particles)
        index.emplace(particle.id, &particle);
    return index;
}

/// Counts the tracks, their matches, fakes and duplicates; returns the matched tracks per particle.
TrackCounts countTracks(const std::vector<TrackMatch>& matches, const ParticleIndex& particles,
                        const TrackMetricsConfig& config, TrackMetrics& metrics) {
    TrackCounts tracksPerParticle;
    for (const auto& match : matches) {
        if (!isCountedTrack(match, config))
            continue;
        ++metrics.tracks;
        const bool matched = isMatched(match);
        if (matched && ++tracksPerParticle[match.majorityParticleId] > 1)
            ++metrics.duplicateTracks;
        metrics.matchedTracks += matched ? 1 : 0;
        const auto leading = particles.find(match.majorityParticleId);
        if (match.majorityParticleId == 0 || leading == particles.end()) {
            ++metrics.unbinnedTracks;
            continue;
        }
        metrics.fakeRateVsPt.fill(transverseMomentum(*leading->second), !matched);
        metrics.fakeRateVsEta.fill(pseudorapidity(*leading->second), !matched);
    }
    metrics.fakeTracks = metrics.tracks - metrics.matchedTracks;
    return tracksPerParticle;
}

/// Counts the selected particles and the matched ones, overall and in bins of pT and eta.
void countParticles(const std::vector<trackml::Particle>& particles,
                    const std::unordered_map<std::uint64_t, std::size_t>& particleHits,
                    const TrackCounts& tracksPerParticle, const TrackMetricsConfig& config,
                    TrackMetrics& metrics) {
    for (const auto& particle : particles) {
        const auto hits = particleHits.find(particle.id);
        if (hits == particleHits.end() || hits->second < config.minParticleHits)
            continue;
        const double pt = transverseMomentum(particle);
        const double eta = pseudorapidity(particle);
        const bool passesPt = pt > config.minPt;
        const bool passesEta = std::abs(eta) < config.maxAbsEta;
        const bool matched = tracksPerParticle.contains(particle.id);
        if (passesEta)
            metrics.efficiencyVsPt.fill(pt, matched);
        if (passesPt)
            metrics.efficiencyVsEta.fill(eta, matched);
        if (passesPt && passesEta) {
            ++metrics.selectedParticles;
            metrics.matchedParticles += matched ? 1 : 0;
        }
    }
}

bool isNonNegative(double value) {
    return std::isfinite(value) && value >= 0;
}

} // namespace

double transverseMomentum(const trackml::Particle& particle) {
    return std::hypot(particle.px, particle.py);
}

double pseudorapidity(const trackml::Particle& particle) {
    return std::asinh(particle.pz / transverseMomentum(particle));
}

Result<void> validate(const TrackMetricsConfig& config) {
    if (!isNonNegative(config.minPt))
        return Error::usage("the minimum pT must be a finite number >= 0 GeV");
    if (!(config.maxAbsEta > 0) || std::isnan(config.maxAbsEta))
        return Error::usage("the maximum |eta| must be > 0");
    if (!areValidEdges(config.ptEdges) || !areValidEdges(config.etaEdges))
        return Error::usage("histogram edges must be at least two finite, strictly ascending numbers");
    return {};
}

TrackMetrics evaluateTrackMetrics(const std::vector<TrackMatch>& matches,
                                  const std::vector<trackml::Particle>& particles,
                                  const std::unordered_map<std::uint64_t, std::size_t>& particleHits,
                                  const TrackMetricsConfig& config) {
    TrackMetrics metrics;
    metrics.efficiencyVsPt = BinnedRate::withEdges(config.ptEdges);
    metrics.efficiencyVsEta = BinnedRate::withEdges(config.etaEdges);
    metrics.fakeRateVsPt = BinnedRate::withEdges(config.ptEdges);
    metrics.fakeRateVsEta = BinnedRate::withEdges(config.etaEdges);
    const auto tracksPerParticle = countTracks(matches, indexById(particles), config, metrics);
    countParticles(particles, particleHits, tracksPerParticle, config, metrics);
    metrics.efficiency = ratio(metrics.matchedParticles, metrics.selectedParticles);
    metrics.fakeRate = ratio(metrics.fakeTracks, metrics.tracks);
    metrics.duplicateRate = ratio(metrics.duplicateTracks, metrics.matchedTracks);
    return metrics;
}

Result<TrackMetrics> evaluateTrackMetrics(const std::vector<trackml::TruthHit>& truth,
                                          const std::vector<trackml::Particle>& particles,
                                          const TrackAssignment& assignment,
                                          const TrackMetricsConfig& config) {
    LUPA_TRY(validate(config));
    auto matches = matchTracks(truth, assignment);
    if (!matches)
        return std::move(matches).error();
    return evaluateTrackMetrics(*matches, particles, particleHitCounts(truth), config);
}

nlohmann::json toJson(const TrackMetricsConfig& config) {
    return {{"min_pt_gev", config.minPt},
            {"max_abs_eta", config.maxAbsEta},
            {"min_particle_hits", config.minParticleHits},
            {"min_track_hits", config.minTrackHits}};
}

nlohmann::json toJson(const TrackMetrics& metrics) {
    return {{"efficiency", metrics.efficiency},
            {"fake_rate", metrics.fakeRate},
            {"duplicate_rate", metrics.duplicateRate},
            {"selected_particles", metrics.selectedParticles},
            {"matched_particles", metrics.matchedParticles},
            {"tracks", metrics.tracks},
            {"matched_tracks", metrics.matchedTracks},
            {"fake_tracks", metrics.fakeTracks},
            {"duplicate_tracks", metrics.duplicateTracks},
            {"unbinned_tracks", metrics.unbinnedTracks},
            {"histograms",
             {{"efficiency_vs_pt", toJson(metrics.efficiencyVsPt)},
              {"efficiency_vs_eta", toJson(metrics.efficiencyVsEta)},
              {"fake_rate_vs_pt", toJson(metrics.fakeRateVsPt)},
              {"fake_rate_vs_eta", toJson(metrics.fakeRateVsEta)}}}};
}

} // namespace lupa::tracking
