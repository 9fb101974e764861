// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Parallel.hpp>
#include <lupa/core/tracking/HitWeights.hpp>
#include <lupa/core/tracking/SimGeometryModules.hpp>
#include <lupa/core/tracking/Simulation.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace lupa::tracking {
namespace {

constexpr std::uint64_t kMaxVertices = 0xfff;   // 12 bits of the particle id
constexpr std::uint64_t kMaxPerVertex = 0xffff; // 16 bits

// A particle as generated, with its vertex and TrackML particle id.
struct Primary {
    GeneratedParticle particle;
    Vec3 vertex;
    std::uint64_t id = 0;
};

// A hit with its truth and cell.
struct SimHit {
    trackml::Hit hit;
    trackml::TruthHit truth;
    trackml::Cell cell;
};

double flat(std::mt19937_64& rng) {
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

std::uint64_t poisson(double mean, std::mt19937_64& rng) {
    return mean > 0 ? static_cast<std::uint64_t>(std::poisson_distribution<std::int64_t>(mean)(rng)) : 0;
}

// The hit of a digitised point of `layer`: the channel centre as position.
SimHit makeHit(const SimLayer& layer, const Digit& digit) {
    SimHit h;
    const double r = layer.shape == LayerShape::Cylinder ? layer.radius : digit.measuredV;
    h.hit.x = r * std::cos(digit.measuredPhi);
    h.hit.y = r * std::sin(digit.measuredPhi);
    h.hit.z = layer.shape == LayerShape::Cylinder ? digit.measuredV : layer.z;
    h.hit.volume = layer.volume;
    h.hit.layer = layer.layer;
    h.hit.module = digit.module;
    h.cell.channel0 = digit.channelU;
    h.cell.channel1 = digit.channelV;
    return h;
}

std::optional<Digit> digitizeAt(const SimLayer& layer, const Vec3& p) {
    const double phi = std::atan2(p.y, p.x);
    return digitize(layer, phi, layer.shape == LayerShape::Cylinder ? p.z : std::hypot(p.x, p.y));
}

std::vector<Primary> generatePrimaries(const SimulationConfig& config, std::mt19937_64& rng,
                                       std::size_t& interactionCount) {
    std::vector<Primary> primaries;
    std::normal_distribution<double> gauss(0.0, 1.0);
    const std::uint64_t pileup = std::min<std::uint64_t>(poisson(config.pileup, rng), kMaxVertices);
    const std::uint64_t interactions =
        std::min<std::uint64_t>(pileup + (config.hardScatter ? 1 : 0), kMaxVertices);
    interactionCount = interactions;
    for (std::uint64_t vertex = 1; vertex <= interactions; ++vertex) {
        const bool hard = config.hardScatter && vertex == 1;
        const Vec3 position{config.beamSpotSigmaXY * gauss(rng), config.beamSpotSigmaXY * gauss(rng),
                            config.beamSpotSigmaZ * gauss(rng)};
        const std::uint64_t count = std::min<std::uint64_t>(
            poisson(hard ? config.hardScatterParticles : config.particlesPerInteraction, rng), kMaxPerVertex);
        for (std::uint64_t k = 1; k <= count; ++k) {
            Primary primary;
            primary.particle = generateParticle(hard ? config.hardScatterGun : config.pileupGun, rng);
            primary.vertex = position;
            primary.id = (vertex << 52) | (k << 36);
            primaries.push_back(primary);
        }
    }
    return primaries;
}

double layerArea(const SimLayer& layer) {
    return layer.shape == LayerShape::Cylinder
               ? 2 * std::numbers::pi * layer.radius * 2 * layer.halfLength
               : std::numbers::pi * (layer.rMax * layer.rMax - layer.rMin * layer.rMin);
}

// The hit of a planar module's digit (modules from a detector description).
SimHit makeHit(const SimLayer& layer, const ModuleHit& digit) {
    SimHit h;
    h.hit.x = digit.measured.x;
    h.hit.y = digit.measured.y;
    h.hit.z = digit.measured.z;
    h.hit.volume = layer.volume;
    h.hit.layer = layer.layer;
    h.hit.module = digit.module;
    h.cell.channel0 = digit.channelU;
    h.cell.channel1 = digit.channelV;
    h.truth.tx = digit.truth.x;
    h.truth.ty = digit.truth.y;
    h.truth.tz = digit.truth.z;
    h.truth.tpx = digit.momentum.x;
    h.truth.tpy = digit.momentum.y;
    h.truth.tpz = digit.momentum.z;
    return h;
}

// Charge in units of a minimum-ionising particle crossing at normal incidence.
double chargeFor(double cosIncidence) {
    return std::min(1.0 / std::max(cosIncidence, 1e-3), 20.0);
}

// A noise hit somewhere on the layers, the area evenly covered.
std::optional<SimHit> noiseHit(const SimGeometry& geometry, const std::vector<double>& cumulative,
                               std::mt19937_64& rng) {
    const auto& layers = geometry.layers();
    if (const SimGeometryModules* modules = geometry.modules()) {
        std::size_t index = 0;
        const ModuleHit digit = modules->noiseHit(rng, index);
        return makeHit(layers[modules->layerOf(index)], digit);
    }
    const double pick = flat(rng) * cumulative.back();
    const auto index = static_cast<std::size_t>(std::min<std::ptrdiff_t>(
        std::upper_bound(cumulative.begin(), cumulative.end(), pick) - cumulative.begin(),
        static_cast<std::ptrdiff_t>(layers.size()) - 1));
    const SimLayer& layer = layers[index];
    const double phi = std::numbers::pi * (2 * flat(rng) - 1);
    const double v = layer.shape == LayerShape::Cylinder
                         ? layer.halfLength * (2 * flat(rng) - 1)
                         : std::sqrt(layer.rMin * layer.rMin +
                                     flat(rng) * (layer.rMax * layer.rMax - layer.rMin * layer.rMin));
    const auto digit = digitize(layer, phi, v);
    if (!digit)
        return std::nullopt;
    SimHit h = makeHit(layer, *digit);
    h.truth.tx = h.hit.x;
    h.truth.ty = h.hit.y;
    h.truth.tz = h.hit.z;
    return h;
}

// `count` noise hits spread evenly over the area of the layers (or modules).
std::vector<SimHit> noiseHits(const SimGeometry& geometry, std::size_t count, std::mt19937_64& rng) {
    const auto& layers = geometry.layers();
    std::vector<double> cumulative(layers.size());
    double total = 0;
    for (std::size_t i = 0; i < layers.size(); ++i)
        cumulative[i] = total += layerArea(layers[i]);
    std::vector<SimHit> hits;
    hits.reserve(count);
    while (hits.size() < count && total > 0) {
        auto h = noiseHit(geometry, cumulative, rng);
        const double charge = 0.2 + 0.8 * flat(rng);
        if (!h)
            continue;
        h->cell.value = charge;
        hits.push_back(*h);
    }
    return hits;
}

// The hits `primary` leaves; `crossings` and `digits` are scratch space.
std::vector<SimHit> hitsOf(const Propagator& propagator, const SimGeometry& geometry, double inefficiency,
                           const Primary& primary, std::mt19937_64& rng, std::vector<Crossing>& crossings,
                           std::vector<ModuleHit>& digits) {
    const auto& layers = geometry.layers();
    propagator.propagate(
        {primary.vertex, primary.particle.momentum, primary.particle.charge, primary.particle.mass}, rng,
        crossings);
    std::vector<SimHit> hits;
    hits.reserve(crossings.size());
    for (const auto& crossing : crossings) {
        const SimLayer& layer = layers[crossing.layer];
        if (const SimGeometryModules* modules = geometry.modules()) {
            digits.clear();
            modules->moduleHits(crossing.layer, crossing, primary.particle.charge, propagator.config().bz,
                                digits);
            for (const auto& digit : digits) {
                if (flat(rng) < inefficiency)
                    continue;
                SimHit h = makeHit(layer, digit);
                h.truth.particleId = primary.id;
                h.cell.value = chargeFor(digit.cosIncidence);
                hits.push_back(h);
            }
            continue;
        }
        if (flat(rng) < inefficiency)
            continue;
        const auto digit = digitizeAt(layer, crossing.position);
        if (!digit)
            continue;
        SimHit h = makeHit(layer, *digit);
        h.truth.particleId = primary.id;
        h.truth.tx = crossing.position.x;
        h.truth.ty = crossing.position.y;
        h.truth.tz = crossing.position.z;
        h.truth.tpx = crossing.momentum.x;
        h.truth.tpy = crossing.momentum.y;
        h.truth.tpz = crossing.momentum.z;
        h.cell.value = chargeFor(crossing.cosIncidence);
        hits.push_back(h);
    }
    return hits;
}

trackml::Particle toParticle(const Primary& primary, std::size_t hits) {
    trackml::Particle p;
    p.id = primary.id;
    p.pdgId = primary.particle.pdgId;
    p.vx = primary.vertex.x;
    p.vy = primary.vertex.y;
    p.vz = primary.vertex.z;
    p.px = primary.particle.momentum.x;
    p.py = primary.particle.momentum.y;
    p.pz = primary.particle.momentum.z;
    p.charge = primary.particle.charge;
    p.hitCount = static_cast<int>(hits);
    return p;
}

// Orders the hits of all groups by volume, layer, module, channels and then by group and position in it,
// numbers them from 1 and stores them in `event`. Sorts small keys, not the hits.
void fillHits(std::vector<std::vector<SimHit>>& groups, trackml::Event& event) {
    struct Key {
        std::uint64_t place;    // volume, layer, module, ch0
        std::uint64_t sequence; // ch1, then the order of making
        SimHit* hit;
    };
    std::vector<Key> keys;
    std::uint64_t sequence = 0;
    for (auto& group : groups)
        for (auto& h : group) {
            const auto place = (static_cast<std::uint64_t>(h.hit.volume & 0xff) << 56) |
                               (static_cast<std::uint64_t>(h.hit.layer & 0xff) << 48) |
                               (static_cast<std::uint64_t>(h.hit.module & 0xffffff) << 24) |
                               static_cast<std::uint64_t>(h.cell.channel0 & 0xffffff);
            keys.push_back(
                {place, (static_cast<std::uint64_t>(h.cell.channel1 & 0xffffff) << 40) | sequence++, &h});
        }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return a.place != b.place ? a.place < b.place : a.sequence < b.sequence;
    });
    event.hits.reserve(keys.size());
    event.truth.reserve(keys.size());
    event.cells.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        SimHit& h = *keys[i].hit;
        h.hit.id = h.truth.hitId = h.cell.hitId = i + 1;
        event.hits.push_back(h.hit);
        event.truth.push_back(h.truth);
        event.cells.push_back(h.cell);
    }
}

} // namespace

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

Result<void> checkConfig(const SimulationConfig& c) {
    const auto range = [](double value, double low, double high, const char* what) -> Result<void> {
        if (!(value >= low && value <= high))
            return Error::usage(fmt::format("{} must be in [{}, {}], not {}", what, low, high, value));
        return success();
    };
    if (!(c.bFieldTesla > 0 && c.bFieldTesla <= 20))
        return Error::usage(fmt::format("the field must be in (0, 20] T, not {}", c.bFieldTesla));
    LUPA_TRY(range(c.pileup, 0, 1000, "the pile-up mu"));
    LUPA_TRY(range(c.particlesPerInteraction, 0, 10000, "the particles per interaction"));
    LUPA_TRY(range(c.hardScatterParticles, 0, 10000, "the hard-scatter particles"));
    LUPA_TRY(range(c.beamSpotSigmaXY, 0, 100, "the beam spot's sigma xy [mm]"));
    LUPA_TRY(range(c.beamSpotSigmaZ, 0, 1000, "the beam spot's sigma z [mm]"));
    LUPA_TRY(range(c.inefficiency, 0, 0.99, "the hit inefficiency"));
    LUPA_TRY(range(c.noiseFraction, 0, 0.99, "the noise fraction"));
    for (const auto* gun : {&c.pileupGun, &c.hardScatterGun}) {
        if (!(gun->ptMin > 0 && gun->ptMax > gun->ptMin && gun->ptScale > 0 && gun->ptPower > 1))
            return Error::usage("the pT spectrum needs 0 < ptMin < ptMax, ptScale > 0 and ptPower > 1");
        LUPA_TRY(range(gun->etaMax, 0, 10, "the eta range"));
    }
    return success();
}

EventSimulator::EventSimulator(std::shared_ptr<const SimGeometry> geometry, SimulationConfig config)
    : m_geometry(std::move(geometry))
    , m_config(config) {
    PropagationConfig propagation;
    propagation.bz = config.bFieldTesla * units::T;
    propagation.multipleScattering = config.multipleScattering;
    propagation.energyLoss = config.energyLoss;
    m_propagator = std::make_shared<const Propagator>(*m_geometry, propagation);
}

Result<EventSimulator> EventSimulator::create(SimGeometry geometry, SimulationConfig config) {
    LUPA_TRY(checkConfig(config));
    if (geometry.layers().empty())
        return Error::usage("the detector geometry has no layers");
    return EventSimulator(std::make_shared<const SimGeometry>(std::move(geometry)), config);
}

trackml::Event EventSimulator::simulate(std::uint64_t eventNumber, EventCounts* counts) const {
    const std::uint64_t eventSeed = mixSeed(m_config.seed, eventNumber);
    std::mt19937_64 generation(mixSeed(eventSeed, 0));
    std::size_t interactions = 0;
    const std::vector<Primary> primaries = generatePrimaries(m_config, generation, interactions);

    // Every particle has its own generator: the event does not depend on how the work is split.
    std::vector<std::vector<SimHit>> particleHits(primaries.size());
    parallelFor(
        primaries.size(),
        [&](std::size_t begin, std::size_t end) {
            std::vector<Crossing> crossings;
            std::vector<ModuleHit> digits;
            for (std::size_t i = begin; i < end; ++i) {
                std::mt19937_64 rng(mixSeed(eventSeed, 2 + i));
                crossings.clear();
                particleHits[i] = hitsOf(*m_propagator, *m_geometry, m_config.inefficiency, primaries[i], rng,
                                         crossings, digits);
            }
        },
        64);

    trackml::Event event;
    event.particles.reserve(primaries.size());
    std::size_t trueHits = 0;
    for (std::size_t i = 0; i < primaries.size(); ++i) {
        event.particles.push_back(toParticle(primaries[i], particleHits[i].size()));
        trueHits += particleHits[i].size();
    }
    const double f = m_config.noiseFraction;
    const auto noiseCount =
        static_cast<std::size_t>(std::llround(static_cast<double>(trueHits) * f / (1 - f)));
    std::mt19937_64 noiseRng(mixSeed(eventSeed, 1));
    particleHits.push_back(noiseHits(*m_geometry, noiseCount, noiseRng));
    fillHits(particleHits, event);
    // Cannot fail: every particle's nhits is the number of its truth hits.
    static_cast<void>(computeHitWeights(event));
    if (counts) {
        counts->interactions = interactions;
        counts->particles = event.particles.size();
        counts->hits = event.hits.size();
        counts->noiseHits = particleHits.back().size();
    }
    return event;
}

} // namespace lupa::tracking
