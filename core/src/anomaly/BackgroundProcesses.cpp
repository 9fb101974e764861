// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventProcesses.hpp"

#include <algorithm>
#include <numbers>

namespace lupa::anomaly {
namespace {

constexpr double kWMass = 80.4, kWWidth = 2.1;      // [GeV]
constexpr double kZMass = 91.19, kZWidth = 2.5;     // [GeV]
constexpr double kTopMass = 172.5, kTopWidth = 1.4; // [GeV]

Lepton drawLepton(EventRandom& random, bool withTau) {
    const double u = random.uniform() * (withTau ? 3.0 : 2.0);
    return u < 1.0 ? Lepton::Electron : (u < 2.0 ? Lepton::Muon : Lepton::Tau);
}

// W -> e nu, mu nu, tau nu (10.8 % each) or two quarks.
void decayW(const Vec4& w, EventRandom& random, TruthEvent& event) {
    const double mode = random.uniform();
    if (mode < 0.324) {
        const Lepton flavour = mode < 0.108 ? Lepton::Electron : (mode < 0.216 ? Lepton::Muon : Lepton::Tau);
        const auto [lepton, neutrino] = twoBodyDecay(w, leptonMass(flavour), 0.0, random);
        event.addLepton(flavour, lepton, random);
        event.addInvisible(neutrino);
        return;
    }
    const auto [quark, antiquark] = twoBodyDecay(w, 0.0, 0.0, random);
    event.jets.push_back(quark);
    event.jets.push_back(antiquark);
}

// t -> b W.
void decayTop(const Vec4& top, EventRandom& random, TruthEvent& event) {
    const auto [b, w] = twoBodyDecay(top, kBottomMass, random.breitWigner(kWMass, kWWidth), random);
    event.jets.push_back(b);
    decayW(w, random, event);
}

} // namespace

void generateWToLNu(double boost, EventRandom& random, TruthEvent& event) {
    const double mass = random.breitWigner(kWMass, kWWidth);
    const Vec4 w = produceSystem(mass, drawSystemPt(random, 5.0, 0.25, 20.0, boost), 2.0, random);
    const Lepton flavour = drawLepton(random, true);
    const auto [lepton, neutrino] = twoBodyDecay(w, leptonMass(flavour), 0.0, random);
    event.addLepton(flavour, lepton, random);
    event.addInvisible(neutrino);
    addRecoil(w, 0.3, random, event);
}

void generateZToLL(double boost, EventRandom& random, TruthEvent& event) {
    const double mass = random.breitWigner(kZMass, kZWidth);
    const Vec4 z = produceSystem(mass, drawSystemPt(random, 5.0, 0.25, 20.0, boost), 2.0, random);
    const Lepton flavour = drawLepton(random, true);
    const auto [first, second] = twoBodyDecay(z, leptonMass(flavour), leptonMass(flavour), random);
    event.addLepton(flavour, first, random);
    event.addLepton(flavour, second, random);
    addRecoil(z, 0.3, random, event);
}

void generateQcd(double boost, EventRandom& random, TruthEvent& event) {
    const double pt = boost * random.pareto(30.0, 4.0);
    const Vec4 host = Vec4::fromPtEta(pt, 1.6 * random.normal(), random.phi(), 0.0);
    const double balance = std::max(0.3, 1.0 + 0.15 * random.normal());
    const double awayPhi = host.phi() + std::numbers::pi + 0.25 * random.normal();
    event.jets.push_back(Vec4::fromPtEta(pt * balance, 1.6 * random.normal(), awayPhi, 0.0));
    // The selected lepton of a multijet event is non-prompt (a heavy-flavour decay) or a fake: it
    // carries a fraction of its host jet, a neutrino may take some more.
    const double fraction = random.uniform(0.2, 0.9);
    const double invisible = (1.0 - fraction) * random.uniform(0.0, 0.3);
    const Vec4 lepton = Vec4::fromPtEta(fraction * pt, host.eta() + 0.05 * random.normal(),
                                        host.phi() + 0.05 * random.normal(), 0.0);
    event.addLepton(drawLepton(random, false), lepton, random);
    event.addInvisible(host.scaled(invisible));
    event.jets.push_back(host.scaled(1.0 - fraction - invisible));
    addRecoil(Vec4{}, 0.8, random, event);
}

void generateTTbar(double boost, EventRandom& random, TruthEvent& event) {
    const double pt = boost * 50.0 * (random.exponential() + random.exponential());
    const double phi = random.phi();
    const Vec4 top =
        Vec4::fromPtRapidity(pt, 1.2 * random.normal(), phi, random.breitWigner(kTopMass, kTopWidth));
    const double otherPt = pt * std::max(0.2, 1.0 + 0.2 * random.normal());
    const double otherPhi = phi + std::numbers::pi + 0.3 * random.normal();
    const Vec4 antitop = Vec4::fromPtRapidity(otherPt, 1.2 * random.normal(), otherPhi,
                                              random.breitWigner(kTopMass, kTopWidth));
    decayTop(top, random, event);
    decayTop(antitop, random, event);
    addRecoil(top + antitop, 0.5, random, event);
}

} // namespace lupa::anomaly
