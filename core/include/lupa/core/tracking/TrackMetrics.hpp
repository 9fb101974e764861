// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/tracking/BinnedRate.hpp>
#include <lupa/core/tracking/Submission.hpp>
#include <lupa/core/tracking/TrackMatch.hpp>
#include <lupa/core/trackml/Event.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

/// Tracking performance in the way of ACTS' performance writers: efficiency, fake rate, duplicate rate.
///
/// - Tracks: the submission's tracks with at least TrackMetricsConfig::minTrackHits hits. Shorter tracks
///   and unassigned hits are left out of every number below.
/// - Matching: a track is matched to its majority particle (TrackMatch.hpp: the particle with the most
///   hits on it, ties to the smallest particle_id) when that particle made more than half of the track's
///   hits (purity > 0.5, strictly). A track whose majority "particle" is noise (particle_id 0) is matched
///   to nothing. Unlike the TrackML score, the track need not hold half of the particle's hits.
/// - Selected particles: those of the particles file with pT > minPt, |eta| < maxAbsEta and at least
///   minParticleHits hits in the truth (pT and eta from the production momentum px, py, pz).
/// - Efficiency = selected particles matched by at least one track / selected particles.
/// - Fake rate = tracks matched to no particle / tracks.
/// - Duplicate rate = duplicate tracks / matched tracks, where a particle matched by k tracks has k - 1
///   duplicates (every matched track beyond the first; all particles count, selected or not).
/// - Binned: the efficiency in pT counts the particles that pass every selection but the pT cut (so the
///   turn-on below minPt shows), the efficiency in eta those that pass every selection but the eta cut.
///   The fake rate is binned in the pT and eta of each track's majority particle; tracks whose majority
///   is noise or a particle missing from the particles file have no such values and are only counted in
///   TrackMetrics::unbinnedTracks.
/// A rate whose denominator is zero is 0; the counts tell the two apart.
namespace lupa::tracking {

/// Which particles and tracks the metrics count, and the bins of the histograms.
struct TrackMetricsConfig {
    double minPt = 1.0;              ///< selected particles have pT > minPt [GeV]
    double maxAbsEta = 4.0;          ///< selected particles have |eta| < maxAbsEta
    std::size_t minParticleHits = 4; ///< selected particles made at least this many hits (truth)
    std::size_t minTrackHits = 3;    ///< tracks with fewer hits are not counted
    /// Bin edges of the histograms in pT [GeV]
    std::vector<double> ptEdges{0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0, 20.0, 50.0, 100.0};
    /// Bin edges of the histograms in eta
    std::vector<double> etaEdges{-4.0, -3.5, -3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0,
                                 0.5,  1.0,  1.5,  2.0,  2.5,  3.0,  3.5,  4.0};
};

/// Efficiency, fake and duplicate rate of one event's tracks, with their counts (definitions above).
struct TrackMetrics {
    std::size_t selectedParticles = 0; ///< particles that pass the selection
    std::size_t matchedParticles = 0;  ///< selected particles matched by at least one track
    double efficiency = 0;             ///< matchedParticles / selectedParticles
    std::size_t tracks = 0;            ///< tracks with at least minTrackHits hits
    std::size_t matchedTracks = 0;     ///< tracks matched to a particle
    std::size_t fakeTracks = 0;        ///< tracks - matchedTracks
    std::size_t duplicateTracks = 0;   ///< matched tracks beyond the first of their particle
    double fakeRate = 0;               ///< fakeTracks / tracks
    double duplicateRate = 0;          ///< duplicateTracks / matchedTracks
    std::size_t unbinnedTracks = 0; ///< tracks without truth pT and eta, left out of the fake-rate histograms
    BinnedRate efficiencyVsPt;      ///< selected particles (pT cut aside) and matched ones, in pT [GeV]
    BinnedRate efficiencyVsEta;     ///< selected particles (eta cut aside) and matched ones, in eta
    BinnedRate fakeRateVsPt;        ///< tracks and fake tracks, in their majority particle's pT [GeV]
    BinnedRate fakeRateVsEta;       ///< tracks and fake tracks, in their majority particle's eta
};

/// Transverse momentum of a particle at production, sqrt(px^2 + py^2) [GeV].
[[nodiscard]] double transverseMomentum(const trackml::Particle& particle);
/// Pseudorapidity of a particle's production momentum, asinh(pz / pT); +-infinity along the beam, NaN at
/// rest.
[[nodiscard]] double pseudorapidity(const trackml::Particle& particle);

/// A Usage error when the configuration makes no sense: a negative or non-finite cut, bad edges.
[[nodiscard]] Result<void> validate(const TrackMetricsConfig& config);

/// The metrics of already-matched tracks (matchTracks).
/// @param particleHits truth hits per particle_id (particleHitCounts)
[[nodiscard]] TrackMetrics
evaluateTrackMetrics(const std::vector<TrackMatch>& matches, const std::vector<trackml::Particle>& particles,
                     const std::unordered_map<std::uint64_t, std::size_t>& particleHits,
                     const TrackMetricsConfig& config = {});

/// The metrics of `assignment` against the event's truth and particles. Errors: those of matchTracks and
/// validate.
[[nodiscard]] Result<TrackMetrics> evaluateTrackMetrics(const std::vector<trackml::TruthHit>& truth,
                                                        const std::vector<trackml::Particle>& particles,
                                                        const TrackAssignment& assignment,
                                                        const TrackMetricsConfig& config = {});

/// The selection as JSON: min_pt_gev, max_abs_eta, min_particle_hits, min_track_hits.
[[nodiscard]] nlohmann::json toJson(const TrackMetricsConfig& config);
/// The metrics as JSON: the rates and counts under snake_case names, and the four histograms.
[[nodiscard]] nlohmann::json toJson(const TrackMetrics& metrics);

} // namespace lupa::tracking
