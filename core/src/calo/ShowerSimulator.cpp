// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ShowerModel.hpp"

#include <lupa/core/Parallel.hpp>
#include <lupa/core/calo/ShowerSimulator.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numbers>
#include <random>
#include <string>

namespace lupa::calo {
namespace {

// splitmix64: decorrelates the per-shower seeds (seed, index) -> generator seed.
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t index) {
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

struct Generator {
    std::mt19937_64 engine;
    std::normal_distribution<double> gauss{0.0, 1.0};
    std::uniform_real_distribution<double> uniform{0.0, 1.0};
    double normal() { return gauss(engine); }
    double flat() { return uniform(engine); }
};

// Per-shower longitudinal profile: Gamma(a, b) in model depth units, starting at `start`.
struct Profile {
    double start = 0;
    double shape = 1; // a
    double rate = 1;  // b [1 / depth unit]
    /// Fraction of the profile between depths t0 and t1.
    [[nodiscard]] double fraction(double t0, double t1) const {
        const auto cdf = [&](double t) {
            return t <= start ? 0.0 : regularizedGammaP(shape, rate * (t - start));
        };
        return std::max(0.0, cdf(t1) - cdf(t0));
    }
};

Profile drawProfile(const ShowerModel& model, double incidentMeV, double fluct, const Distortion& distortion,
                    Generator& rng) {
    Profile profile;
    const double depthMax = std::max(0.3, model.maximumSlope * std::log(incidentMeV / model.criticalEnergy) +
                                              model.maximumOffset);
    profile.rate = model.profileRate * (1.0 + 0.05 * fluct * rng.normal());
    profile.shape = std::max(1.05, profile.rate * depthMax * (1.0 + 0.08 * fluct * rng.normal()) + 1.0);
    if (model.hadronic) { // first interaction ~ Exp(1 lambda); without fluctuations at its mean
        const double firstInteraction = -std::log(1.0 - rng.flat());
        profile.start = fluct * firstInteraction + (1.0 - fluct) * 1.0;
    }
    profile.start += distortion.longitudinalShift;
    return profile;
}

double drawVisibleEnergy(const ShowerModel& model, double incidentMeV, double fluct, Generator& rng) {
    const double gev = incidentMeV / 1000.0;
    const double stochastic = model.stochasticTerm / std::sqrt(gev);
    const double resolution = std::hypot(stochastic, model.constantTerm);
    const double fraction = model.visibleFraction * (1.0 + fluct * resolution * rng.normal());
    return std::max(0.0, incidentMeV * fraction);
}

// Radial scale of the core or halo at a depth (from the shower start) [mm].
struct RadialShape {
    double core = 1, halo = 1, coreFraction = 1;
};

RadialShape radialShape(const ShowerModel& model, double depth, const Distortion& distortion) {
    const double widen = std::max(0.05, 1.0 + distortion.lateralScale);
    RadialShape shape;
    shape.core = widen * model.moliereRadius * (model.coreBase + model.coreSlope * depth);
    shape.halo = widen * model.moliereRadius * (model.haloBase + model.haloSlope * depth);
    shape.coreFraction = std::clamp(0.9 - 0.03 * depth, 0.35, 0.9);
    return shape;
}

// Distributes `energy` over one layer's voxels as spots around the shower axis (axisX, axisY) [mm].
void depositLayer(const Layer& layer, double energy, const RadialShape& shape, double axisX, double axisY,
                  double spotEnergy, Generator& rng, float* showerVoxels) {
    if (layer.voxelCount == 0 || !(energy > 0))
        return;
    const double wanted = std::clamp(energy / spotEnergy, 1.0, 256.0);
    const int spots = std::max(1, static_cast<int>(wanted + rng.flat())); // stochastic rounding
    const double perSpot = energy / spots;
    const double rMax = layer.radialEdges.back();
    for (int s = 0; s < spots; ++s) {
        const double scale = rng.flat() < shape.coreFraction ? shape.core : shape.halo;
        const double u = std::min(rng.flat(), 1.0 - 1e-12);
        const double r = scale * std::sqrt(u / (1.0 - u)); // inverse CDF of 2 r R^2 / (r^2 + R^2)^2
        const double angle = 2.0 * std::numbers::pi * rng.flat();
        const double x = axisX + r * std::cos(angle), y = axisY + r * std::sin(angle);
        const double spotR = std::hypot(x, y);
        if (spotR >= rMax)
            continue; // lateral leakage
        const auto rBin =
            static_cast<int>(std::upper_bound(layer.radialEdges.begin(), layer.radialEdges.end(), spotR) -
                             layer.radialEdges.begin() - 1);
        const double alpha = std::atan2(y, x); // [-pi, pi]
        int alphaBin =
            static_cast<int>((alpha + std::numbers::pi) / (2.0 * std::numbers::pi) * layer.angularBins);
        alphaBin = std::clamp(alphaBin, 0, layer.angularBins - 1);
        showerVoxels[layer.firstVoxel + static_cast<std::size_t>(alphaBin * layer.radialBins + rBin)] +=
            static_cast<float>(perSpot);
    }
}

double drawIncidentEnergy(const ShowerModel& model, Generator& rng) {
    if (model.discreteEnergies) { // 2^8 ... 2^22 MeV
        const int exponent = 8 + std::min(14, static_cast<int>(rng.flat() * 15));
        return std::ldexp(1.0, exponent);
    }
    return 1000.0 * std::pow(1000.0, rng.flat()); // log-uniform in [1 GeV, 1 TeV]
}

void simulateOne(const ShowerModel& model, const Binning& binning, const Distortion& distortion,
                 std::uint64_t seed, float& incident, float* voxels) {
    Generator rng{std::mt19937_64(seed)};
    const double fluct = std::clamp(1.0 - distortion.missingFluctuations, 0.0, 1.0);
    const double incidentMeV = drawIncidentEnergy(model, rng);
    incident = static_cast<float>(incidentMeV);
    const Profile profile = drawProfile(model, incidentMeV, fluct, distortion, rng);
    const double visible = drawVisibleEnergy(model, incidentMeV, fluct, rng);
    const double axisX = fluct * model.axisSpread * rng.normal();
    const double axisY = fluct * model.axisSpread * rng.normal();
    const auto& layers = binning.layers();
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const auto [depth0, depth1] = model.layerDepth[i];
        double energy = visible * profile.fraction(depth0, depth1);
        if (!(energy > 0) || layers[i].voxelCount == 0)
            continue;
        const double sampling = model.samplingTerm / std::sqrt(std::max(energy, 1.0) / 1000.0);
        energy *= std::max(0.0, 1.0 + fluct * sampling * rng.normal());
        const double depth = std::max(0.0, 0.5 * (depth0 + depth1) - profile.start);
        depositLayer(layers[i], energy, radialShape(model, depth, distortion), axisX, axisY, model.spotEnergy,
                     rng, voxels);
    }
    const auto scale = static_cast<float>(1.0 + distortion.energyScale);
    for (std::size_t v = 0; v < binning.voxelCount(); ++v) {
        voxels[v] *= scale; // after the sampling, so that only the scale differs from the nominal shower
        if (voxels[v] < distortion.voxelThreshold)
            voxels[v] = 0.0F;
    }
}

Result<double> parseAmount(std::string_view kind, std::string_view text) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return Error::usage(fmt::format("--distort {}={}: the amount is not a number", kind, text));
    return value;
}

} // namespace

Result<void> applyDistortion(std::string_view setting, Distortion& distortion) {
    const auto equals = setting.find('=');
    if (equals == std::string_view::npos)
        return Error::usage(fmt::format("--distort '{}': expected KIND=AMOUNT", setting));
    const std::string_view kind = setting.substr(0, equals);
    auto amount = parseAmount(kind, setting.substr(equals + 1));
    if (!amount)
        return std::move(amount).error();
    if (kind == "shift")
        distortion.longitudinalShift = *amount;
    else if (kind == "width") {
        if (*amount <= -0.95)
            return Error::usage("--distort width: the amount must be above -0.95 (a relative change)");
        distortion.lateralScale = *amount;
    } else if (kind == "scale")
        distortion.energyScale = *amount;
    else if (kind == "fluct") {
        if (*amount < 0 || *amount > 1)
            return Error::usage("--distort fluct: the amount must be in [0, 1]");
        distortion.missingFluctuations = *amount;
    } else if (kind == "threshold") {
        if (*amount < 0)
            return Error::usage("--distort threshold: the amount must not be negative [MeV]");
        distortion.voxelThreshold = *amount;
    } else
        return Error::usage(fmt::format(
            "--distort: unknown kind '{}' (accepted: shift, width, scale, fluct, threshold)", kind));
    return success();
}

ShowerSimulator::ShowerSimulator(Dataset dataset, std::uint64_t seed, Distortion distortion)
    : m_dataset(dataset)
    , m_binning(Binning::builtin(dataset))
    , m_seed(seed)
    , m_distortion(distortion) {}

ShowerBlock ShowerSimulator::simulate(std::uint64_t first, std::size_t count) const {
    const ShowerModel model = showerModel(m_dataset, m_binning);
    ShowerBlock block;
    block.firstShower = first;
    block.voxels = m_binning.voxelCount();
    block.incidentEnergies.assign(count, 0.0F);
    block.energies.assign(count * block.voxels, 0.0F);
    parallelFor(
        count,
        [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i)
                simulateOne(model, m_binning, m_distortion, mixSeed(m_seed, first + i),
                            block.incidentEnergies[i], block.energies.data() + i * block.voxels);
        },
        16);
    return block;
}

} // namespace lupa::calo
