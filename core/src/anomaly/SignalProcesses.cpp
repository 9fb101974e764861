// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventProcesses.hpp"

namespace lupa::anomaly {
namespace {

constexpr double kAMass = 50.0;          // [GeV]
constexpr double kLeptoquarkMass = 80.0; // [GeV]
constexpr double kNeutralHMass = 60.0;   // [GeV]
constexpr double kChargedHMass = 60.0;   // [GeV]
constexpr double kRelativeWidth = 0.01;  // narrow resonances
constexpr double kExtraJets = 0.3;       // mean number of radiated jets

// A narrow resonance of mass nominal * massScale with a soft production spectrum.
Vec4 produceResonance(double nominal, double massScale, double boost, EventRandom& random) {
    const double mass = nominal * massScale;
    const double pt = drawSystemPt(random, 0.4 * mass, 0.3, 0.8 * mass, boost);
    return produceSystem(random.breitWigner(mass, kRelativeWidth * mass), pt, 1.5, random);
}

Lepton drawLightLepton(EventRandom& random) {
    return random.chance(0.5) ? Lepton::Electron : Lepton::Muon;
}

} // namespace

void generateAto4l(double massScale, double boost, EventRandom& random, TruthEvent& event) {
    const Vec4 a = produceResonance(kAMass, massScale, boost, random);
    // A -> two off-shell bosons, each -> a same-flavour lepton pair.
    const double mass = a.mass();
    const double first = mass * random.uniform(0.1, 0.5);
    const double second = (mass - first) * random.uniform(0.2, 0.95);
    const auto [x1, x2] = twoBodyDecay(a, first, second, random);
    for (const Vec4& boson : {x1, x2}) {
        const Lepton flavour = drawLightLepton(random);
        const auto [l1, l2] = twoBodyDecay(boson, leptonMass(flavour), leptonMass(flavour), random);
        event.addLepton(flavour, l1, random);
        event.addLepton(flavour, l2, random);
    }
    addRecoil(a, kExtraJets, random, event);
}

void generateLeptoquark(double massScale, double boost, EventRandom& random, TruthEvent& event) {
    const Vec4 leptoquark = produceResonance(kLeptoquarkMass, massScale, boost, random);
    const auto [b, tau] = twoBodyDecay(leptoquark, kBottomMass, kTauMass, random);
    event.jets.push_back(b);
    event.addLepton(Lepton::Tau, tau, random);
    addRecoil(leptoquark, kExtraJets, random, event);
}

void generateHToTauTau(double massScale, double boost, EventRandom& random, TruthEvent& event) {
    const Vec4 h = produceResonance(kNeutralHMass, massScale, boost, random);
    const auto [tau1, tau2] = twoBodyDecay(h, kTauMass, kTauMass, random);
    event.addLepton(Lepton::Tau, tau1, random);
    event.addLepton(Lepton::Tau, tau2, random);
    addRecoil(h, kExtraJets, random, event);
}

void generateHChToTauNu(double massScale, double boost, EventRandom& random, TruthEvent& event) {
    const Vec4 h = produceResonance(kChargedHMass, massScale, boost, random);
    const auto [tau, neutrino] = twoBodyDecay(h, kTauMass, 0.0, random);
    event.addLepton(Lepton::Tau, tau, random);
    event.addInvisible(neutrino);
    addRecoil(h, kExtraJets, random, event);
}

} // namespace lupa::anomaly
