// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventDetector.hpp"

#include <lupa/core/anomaly/EventSimulator.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lupa::anomaly {
namespace {

struct Measured {
    double pt = 0, eta = 0, phi = 0;
};

// Where and which objects of a kind the ADC2021 layout keeps.
struct ObjectKind {
    double minPt; // [GeV]
    double maxAbsEta;
    std::size_t slots;
    std::size_t firstSlot;
    ObjectClass objectClass;
};

constexpr ObjectKind kElectrons{23.0, 3.0, 4, 1, ObjectClass::Electron};
constexpr ObjectKind kMuons{23.0, 2.1, 4, 5, ObjectClass::Muon};
constexpr ObjectKind kJets{26.0, 4.0, 10, 9, ObjectClass::Jet};

// Rounding to fixed point with `bits` fractional bits; 0 bits = none.
class Quantiser {
public:
    explicit Quantiser(int bits)
        : m_scale(bits > 0 ? std::ldexp(1.0, bits) : 0.0) {}
    [[nodiscard]] double operator()(double value) const {
        return m_scale > 0 ? std::round(value * m_scale) / m_scale : value;
    }

private:
    double m_scale;
};

// The missing transverse momentum being built [GeV].
struct Met {
    double px = 0, py = 0, ht = 0;
};

double electronResolution(double pt) {
    return std::hypot(0.1 / std::sqrt(pt), 0.01);
}
double muonResolution(double pt) {
    return std::hypot(0.01, 1e-4 * pt);
}
double jetResolution(double pt) {
    return std::hypot(1.0 / std::sqrt(pt), 0.05);
}

double wrapPhi(double phi) {
    return std::remainder(phi, 2.0 * std::numbers::pi);
}

// Smears the objects of one kind, adds their mismeasurement to the MET, keeps those within the
// thresholds (after quantisation, as a trigger would cut) sorted by falling pT.
std::vector<Measured> measure(const std::vector<Vec4>& objects, const ObjectKind& kind,
                              double (*resolution)(double), double angularSmear, const Quantiser& quantise,
                              EventRandom& random, Met& met) {
    std::vector<Measured> kept;
    for (const Vec4& object : objects) {
        const double pt = object.pt();
        if (!(pt > 0))
            continue;
        const double measuredPt = pt * std::max(0.0, 1.0 + resolution(pt) * random.normal());
        const double phi = object.phi(), measuredPhi = wrapPhi(phi + angularSmear * random.normal());
        const double measuredEta = object.eta() + angularSmear * random.normal();
        met.px += pt * std::cos(phi) - measuredPt * std::cos(measuredPhi);
        met.py += pt * std::sin(phi) - measuredPt * std::sin(measuredPhi);
        met.ht += pt;
        const Measured m{quantise(measuredPt), quantise(measuredEta), quantise(measuredPhi)};
        if (m.pt > kind.minPt && std::abs(m.eta) < kind.maxAbsEta)
            kept.push_back(m);
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const Measured& a, const Measured& b) { return a.pt > b.pt; });
    return kept;
}

void writeObject(const Measured& m, std::size_t slot, ObjectClass objectClass, float* out) {
    out[slot * 4 + 0] = static_cast<float>(m.pt);
    out[slot * 4 + 1] = static_cast<float>(m.eta);
    out[slot * 4 + 2] = static_cast<float>(m.phi);
    out[slot * 4 + 3] = static_cast<float>(static_cast<int>(objectClass));
}

void writeKind(const std::vector<Measured>& objects, const ObjectKind& kind, float* out) {
    for (std::size_t i = 0; i < std::min(objects.size(), kind.slots); ++i)
        writeObject(objects[i], kind.firstSlot + i, kind.objectClass, out);
}

// False when no lepton could pass the threshold even after smearing (more than 8 standard
// deviations away): such candidates are rejected without simulating the detector.
bool mayPassSelection(const TruthEvent& truth) {
    const auto hard = [](const Vec4& lepton) {
        return lepton.pt() > 0.8 * kElectrons.minPt;
    };
    return std::any_of(truth.electrons.begin(), truth.electrons.end(), hard) ||
           std::any_of(truth.muons.begin(), truth.muons.end(), hard);
}

} // namespace

bool reconstructEvent(const TruthEvent& truth, int quantisationBits, EventRandom& random, float* out) {
    if (!mayPassSelection(truth))
        return false;
    const Quantiser quantise(quantisationBits);
    Met met{truth.invisiblePx, truth.invisiblePy, 0.0};
    const auto electrons =
        measure(truth.electrons, kElectrons, electronResolution, 0.001, quantise, random, met);
    const auto muons = measure(truth.muons, kMuons, muonResolution, 0.001, quantise, random, met);
    const auto jets = measure(truth.jets, kJets, jetResolution, 0.02, quantise, random, met);
    const double soft = 6.0 + 0.5 * std::sqrt(met.ht);
    met.px += soft * random.normal();
    met.py += soft * random.normal();
    if (electrons.empty() && muons.empty())
        return false;
    std::fill(out, out + kEventValues, 0.0F);
    writeObject({quantise(std::hypot(met.px, met.py)), 0.0, quantise(std::atan2(met.py, met.px))}, 0,
                ObjectClass::Met, out);
    writeKind(electrons, kElectrons, out);
    writeKind(muons, kMuons, out);
    writeKind(jets, kJets, out);
    return true;
}

} // namespace lupa::anomaly
