// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/tracking/ParticleGun.hpp>
#include <lupa/core/tracking/Propagation.hpp>
#include <lupa/core/tracking/SimGeometry.hpp>
#include <lupa/core/trackml/Event.hpp>

#include <cstdint>
#include <memory>

namespace lupa::tracking {

/// Settings of the event simulation; defaults make a TrackML-like event (mu = 200: ~10k particles,
/// ~100k hits).
struct SimulationConfig {
    double bFieldTesla = 2.0;            ///< solenoid field along +z [T], > 0
    double pileup = 200;                 ///< mean number of pile-up interactions mu (Poisson), >= 0
    bool hardScatter = true;             ///< add one hard-scatter interaction
    double particlesPerInteraction = 50; ///< mean charged multiplicity of a pile-up interaction (Poisson)
    double hardScatterParticles = 100;   ///< mean charged multiplicity of the hard scatter (Poisson)
    ParticleGunConfig pileupGun;         ///< pile-up particles' kinematics
    /// Hard-scatter particles' kinematics: a harder spectrum than pile-up.
    ParticleGunConfig hardScatterGun{0.1 * units::GeV, 100 * units::GeV, 1.0 * units::GeV, 3.0, 4.0};
    double beamSpotSigmaXY = 0.015 * units::mm; ///< Gaussian width of the vertex in x and y [mm]
    double beamSpotSigmaZ = 55 * units::mm;     ///< Gaussian width of the vertex along z [mm]
    bool multipleScattering = true;             ///< Highland scattering at every layer
    bool energyLoss = false;                    ///< energy loss at every layer
    double inefficiency = 0.01;                 ///< probability that a crossing leaves no hit, in [0, 1)
    double noiseFraction = 0.1; ///< fraction of the event's hits that are noise (particle 0), in [0, 1)
    std::uint64_t seed = 1;     ///< events depend on (seed, event number) only
};

/// A Usage error naming the first setting of `config` out of its range, or success.
Result<void> checkConfig(const SimulationConfig& config);

/// What one simulated event holds.
struct EventCounts {
    std::size_t interactions = 0; ///< pile-up plus hard scatter
    std::size_t particles = 0;
    std::size_t hits = 0; ///< all hits, noise included
    std::size_t noiseHits = 0;
};

/// Simulates TrackML-format events in a geometry: vertices from the beam spot, particles from the gun,
/// helices through the layers with scattering, one digitised hit per crossing (the channel centre; lost
/// with probability `inefficiency`), noise hits spread evenly over the layers' area, and the truth with
/// TrackML weights. Hits are ordered by volume, layer, module, channel (the particles' hits are not
/// consecutive), ids from 1. Particle ids follow TrackML's encoding: vertex (interaction + 1) in bits
/// 52-63, the particle's number in its interaction (from 1) in bits 36-51. The same (seed, event number)
/// gives the same event whatever the thread count.
class EventSimulator {
public:
    /// A simulator, or the Usage error of checkConfig().
    [[nodiscard]] static Result<EventSimulator> create(SimGeometry geometry, SimulationConfig config);

    /// Event `eventNumber` (hits, particles, truth with weights, one cell per hit); `counts` if given.
    [[nodiscard]] trackml::Event simulate(std::uint64_t eventNumber, EventCounts* counts = nullptr) const;

    [[nodiscard]] const SimGeometry& geometry() const { return *m_geometry; }
    [[nodiscard]] const SimulationConfig& config() const { return m_config; }

private:
    EventSimulator(std::shared_ptr<const SimGeometry> geometry, SimulationConfig config);

    std::shared_ptr<const SimGeometry> m_geometry;
    SimulationConfig m_config;
    std::shared_ptr<const Propagator> m_propagator;
};

/// A generator seed decorrelated from its neighbours (splitmix64 of seed and stream).
[[nodiscard]] std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream);

} // namespace lupa::tracking
