// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventKinematics.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lupa::anomaly {

Vec4 Vec4::fromPtRapidity(double pt, double rapidity, double phi, double mass) {
    const double mt = std::hypot(pt, mass);
    return {pt * std::cos(phi), pt * std::sin(phi), mt * std::sinh(rapidity), mt * std::cosh(rapidity)};
}

Vec4 Vec4::fromPtEta(double pt, double eta, double phi, double mass) {
    const double pz = pt * std::sinh(eta);
    return {pt * std::cos(phi), pt * std::sin(phi), pz, std::sqrt(pt * pt + pz * pz + mass * mass)};
}

double Vec4::pt() const {
    return std::hypot(px, py);
}

double Vec4::eta() const {
    const double transverse = pt();
    if (transverse <= 0)
        return pz >= 0 ? 10.0 : -10.0;
    return std::clamp(std::asinh(pz / transverse), -10.0, 10.0);
}

double Vec4::phi() const {
    return std::atan2(py, px);
}

double Vec4::mass() const {
    return std::sqrt(std::max(0.0, e * e - px * px - py * py - pz * pz));
}

void TruthEvent::clear() {
    electrons.clear();
    muons.clear();
    jets.clear();
    invisiblePx = invisiblePy = 0;
}

void TruthEvent::addInvisible(const Vec4& p) {
    invisiblePx += p.px;
    invisiblePy += p.py;
}

namespace {

// Energy fraction of the charged lepton in tau -> l nu nu (unpolarised): f(x) ~ 5/3 - 3x^2 + 4/3 x^3.
double leptonicTauFraction(EventRandom& random) {
    while (true) {
        const double x = random.uniform();
        const double density = 5.0 / 3.0 - 3.0 * x * x + 4.0 / 3.0 * x * x * x;
        if (random.uniform() * (5.0 / 3.0) < density)
            return x;
    }
}

} // namespace

void TruthEvent::addLepton(Lepton flavour, const Vec4& p, EventRandom& random) {
    if (flavour == Lepton::Electron) {
        electrons.push_back(p);
        return;
    }
    if (flavour == Lepton::Muon) {
        muons.push_back(p);
        return;
    }
    const double mode = random.uniform();
    // Hadronic decays (pi, rho, a1 nu) leave on average about 2/3 of the momentum visible.
    const double visible =
        mode < 0.352 ? leptonicTauFraction(random) : std::max(random.uniform(), random.uniform());
    const Vec4 product = p.scaled(visible);
    if (mode < 0.178)
        electrons.push_back(product);
    else if (mode < 0.352)
        muons.push_back(product);
    else
        jets.push_back(product);
    addInvisible(p.scaled(1.0 - visible));
}

double leptonMass(Lepton flavour) {
    switch (flavour) {
    case Lepton::Electron:
        return kElectronMass;
    case Lepton::Muon:
        return kMuonMass;
    case Lepton::Tau:
        break;
    }
    return kTauMass;
}

namespace {

Vec4 boost(const Vec4& p, double bx, double by, double bz) {
    const double b2 = bx * bx + by * by + bz * bz;
    if (b2 <= 0)
        return p;
    const double gamma = 1.0 / std::sqrt(1.0 - b2);
    const double bp = bx * p.px + by * p.py + bz * p.pz;
    const double factor = (gamma - 1.0) * bp / b2 + gamma * p.e;
    return {p.px + factor * bx, p.py + factor * by, p.pz + factor * bz, gamma * (p.e + bp)};
}

} // namespace

std::pair<Vec4, Vec4> twoBodyDecay(const Vec4& parent, double m1, double m2, EventRandom& random) {
    const double mass = std::max(parent.mass(), (m1 + m2) * (1.0 + 1e-9));
    const double sum = m1 + m2, difference = m1 - m2;
    const double momentum =
        std::sqrt(std::max(0.0, (mass * mass - sum * sum) * (mass * mass - difference * difference))) /
        (2.0 * mass);
    const double cosTheta = random.uniform(-1.0, 1.0);
    const double sinTheta = std::sqrt(std::max(0.0, 1.0 - cosTheta * cosTheta));
    const double phi = random.phi();
    const double x = momentum * sinTheta * std::cos(phi), y = momentum * sinTheta * std::sin(phi),
                 z = momentum * cosTheta;
    const Vec4 first{x, y, z, std::hypot(momentum, m1)};
    const Vec4 second{-x, -y, -z, std::hypot(momentum, m2)};
    // The boost of a parent of (possibly raised) mass `mass` with the parent's momentum.
    const double energy =
        std::sqrt(parent.px * parent.px + parent.py * parent.py + parent.pz * parent.pz + mass * mass);
    const double bx = parent.px / energy, by = parent.py / energy, bz = parent.pz / energy;
    return {boost(first, bx, by, bz), boost(second, bx, by, bz)};
}

double drawSystemPt(EventRandom& random, double softScale, double hardFraction, double hardMinimum,
                    double boost) {
    const double pt = random.chance(hardFraction) ? random.pareto(hardMinimum, 3.0)
                                                  : softScale * (random.exponential() + random.exponential());
    return boost * pt;
}

Vec4 produceSystem(double mass, double pt, double rapiditySigma, EventRandom& random) {
    const double rapidity = std::clamp(rapiditySigma * random.normal(), -5.0, 5.0);
    return Vec4::fromPtRapidity(pt, rapidity, random.phi(), mass);
}

void addRecoil(const Vec4& system, double meanExtraJets, EventRandom& random, TruthEvent& event) {
    const double recoil = system.pt();
    if (recoil > 10.0) {
        const double pt = recoil * random.uniform(0.75, 1.1);
        const double phi = system.phi() + std::numbers::pi + 0.2 * random.normal();
        event.jets.push_back(Vec4::fromPtEta(pt, 1.8 * random.normal(), phi, 0.0));
    }
    const int extra = random.poisson(meanExtraJets);
    for (int i = 0; i < extra; ++i)
        event.jets.push_back(
            Vec4::fromPtEta(random.pareto(20.0, 3.0), 2.0 * random.normal(), random.phi(), 0.0));
}

} // namespace lupa::anomaly
