// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ShowerModel.hpp"

#include <lupa/core/calo/ShowerSimulator.hpp>

#include <cmath>
#include <limits>
#include <map>

namespace lupa::calo {
namespace {

// Depth ranges of the ATLAS-like layers of dataset 1 (layer id -> [begin, end)), X0 for photons and
// lambda for pions; a gap between ranges is dead material.
const std::map<int, std::pair<double, double>>& photonDepths() {
    static const std::map<int, std::pair<double, double>> depths{
        {0, {0.5, 1.5}}, {1, {1.5, 6.0}}, {2, {6.0, 22.0}}, {3, {22.0, 24.0}}, {12, {24.0, 60.0}}};
    return depths;
}

const std::map<int, std::pair<double, double>>& pionDepths() {
    static const std::map<int, std::pair<double, double>> depths{
        {0, {0.0, 0.05}}, {1, {0.05, 0.3}}, {2, {0.3, 1.05}}, {3, {1.05, 1.2}},
        {12, {1.3, 2.8}}, {13, {2.8, 6.9}}, {14, {6.9, 8.7}}};
    return depths;
}

std::vector<std::pair<double, double>>
depthsFromTable(const Binning& binning, const std::map<int, std::pair<double, double>>& table) {
    std::vector<std::pair<double, double>> depths;
    for (const auto& layer : binning.layers()) {
        const auto found = table.find(layer.id);
        depths.push_back(found == table.end() ? std::pair{0.0, 0.0} : found->second);
    }
    return depths;
}

ShowerModel electrons(const Binning& binning) {
    ShowerModel model; // silicon-tungsten: 0.5 X0 per layer, E_c ~ 8 MeV, R_M ~ 9.3 mm
    for (std::size_t i = 0; i < binning.layers().size(); ++i)
        model.layerDepth.emplace_back(0.5 * static_cast<double>(i), 0.5 * static_cast<double>(i + 1));
    return model;
}

ShowerModel photons(const Binning& binning) {
    ShowerModel model; // lead / liquid argon
    model.discreteEnergies = true;
    model.criticalEnergy = 10;
    model.maximumOffset = 0.5;
    model.visibleFraction = 0.97;
    model.stochasticTerm = 0.1;
    model.constantTerm = 0.007;
    model.moliereRadius = 35;
    model.axisSpread = 3;
    model.spotEnergy = 40;
    model.layerDepth = depthsFromTable(binning, photonDepths());
    return model;
}

ShowerModel pions(const Binning& binning) {
    ShowerModel model;
    model.hadronic = true;
    model.discreteEnergies = true;
    model.criticalEnergy = 1000; // the maximum sits 0.2 ln(E / GeV) + 0.7 lambda after the start
    model.maximumSlope = 0.2;
    model.maximumOffset = 0.7;
    model.profileRate = 1.0;
    model.visibleFraction = 0.7;
    model.stochasticTerm = 0.5;
    model.constantTerm = 0.05;
    model.samplingTerm = 0.15;
    model.moliereRadius = 60;
    model.coreBase = 0.3;
    model.coreSlope = 0.1;
    model.haloBase = 1.5;
    model.haloSlope = 0.5;
    model.axisSpread = 5;
    model.spotEnergy = 80;
    model.layerDepth = depthsFromTable(binning, pionDepths());
    return model;
}

// Series expansion of P(a, x), for x < a + 1.
double gammaSeries(double a, double x) {
    double term = 1.0 / a, sum = term;
    for (int n = 1; n < 1000; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::abs(term) < std::abs(sum) * 1e-15)
            break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

// Continued fraction of Q(a, x) = 1 - P(a, x) (modified Lentz), for x >= a + 1.
double gammaContinuedFraction(double a, double x) {
    constexpr double tiny = std::numeric_limits<double>::min() / std::numeric_limits<double>::epsilon();
    double b = x + 1.0 - a, c = 1.0 / tiny, d = 1.0 / b, h = d;
    for (int i = 1; i < 1000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        d = std::abs(d) < tiny ? tiny : d;
        c = b + an / c;
        c = std::abs(c) < tiny ? tiny : c;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < 1e-15)
            break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

} // namespace

double regularizedGammaP(double a, double x) {
    if (!(x > 0) || !(a > 0))
        return 0.0;
    return x < a + 1.0 ? gammaSeries(a, x) : 1.0 - gammaContinuedFraction(a, x);
}

ShowerModel showerModel(Dataset dataset, const Binning& binning) {
    switch (dataset) {
    case Dataset::OnePhotons:
        return photons(binning);
    case Dataset::OnePions:
        return pions(binning);
    case Dataset::Two:
    case Dataset::Three:
        break;
    }
    return electrons(binning);
}

} // namespace lupa::calo
