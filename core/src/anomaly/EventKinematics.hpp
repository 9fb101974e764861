// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "EventRandom.hpp"

#include <utility>
#include <vector>

namespace lupa::anomaly {

/// Masses of the particles the toy generator produces [GeV].
inline constexpr double kElectronMass = 0.000511;
inline constexpr double kMuonMass = 0.10566;
inline constexpr double kTauMass = 1.777;
inline constexpr double kBottomMass = 4.8;

/// A four-momentum (px, py, pz, E) [GeV].
struct Vec4 {
    double px = 0, py = 0, pz = 0, e = 0;

    /// From transverse momentum [GeV], rapidity, azimuth [rad] and mass [GeV].
    [[nodiscard]] static Vec4 fromPtRapidity(double pt, double rapidity, double phi, double mass);
    /// From transverse momentum [GeV], pseudorapidity, azimuth [rad] and mass [GeV].
    [[nodiscard]] static Vec4 fromPtEta(double pt, double eta, double phi, double mass);

    [[nodiscard]] double pt() const;
    /// Pseudorapidity; +-10 along the beam.
    [[nodiscard]] double eta() const;
    [[nodiscard]] double phi() const;
    /// Invariant mass [GeV]; 0 when rounding makes it imaginary.
    [[nodiscard]] double mass() const;
    /// The same direction with every component scaled (collinear fragments of a light particle).
    [[nodiscard]] Vec4 scaled(double factor) const {
        return {px * factor, py * factor, pz * factor, e * factor};
    }
};

[[nodiscard]] inline Vec4 operator+(const Vec4& a, const Vec4& b) {
    return {a.px + b.px, a.py + b.py, a.pz + b.pz, a.e + b.e};
}

/// A lepton flavour of a decay.
enum class Lepton { Electron, Muon, Tau };

/// The generator-level content of one event: visible objects before detector effects and the sum of
/// the neutrinos' transverse momentum.
struct TruthEvent {
    std::vector<Vec4> electrons;
    std::vector<Vec4> muons;
    std::vector<Vec4> jets; ///< quarks and gluons, b quarks and hadronic tau decays
    double invisiblePx = 0, invisiblePy = 0;

    void clear();
    void addInvisible(const Vec4& p);
    /// Adds a charged lepton; a tau is decayed (collinear): to an electron (17.8 %), a muon (17.4 %)
    /// or a narrow jet, the rest of its momentum going to neutrinos.
    void addLepton(Lepton flavour, const Vec4& p, EventRandom& random);
};

/// Mass of a charged lepton [GeV].
[[nodiscard]] double leptonMass(Lepton flavour);

/// Decays `parent` isotropically in its rest frame into two particles of masses m1, m2 [GeV]; a
/// parent lighter than m1 + m2 is taken as just heavy enough.
[[nodiscard]] std::pair<Vec4, Vec4> twoBodyDecay(const Vec4& parent, double m1, double m2,
                                                 EventRandom& random);

/// Transverse momentum of a produced system [GeV]: a soft Gamma(2) core of mean 2 * softScale and,
/// with probability hardFraction, a power-law tail (index 3) from hardMinimum; both times `boost`.
[[nodiscard]] double drawSystemPt(EventRandom& random, double softScale, double hardFraction,
                                  double hardMinimum, double boost);

/// A resonance of mass `mass` [GeV] and transverse momentum `pt` [GeV], rapidity ~ N(0, rapiditySigma).
[[nodiscard]] Vec4 produceSystem(double mass, double pt, double rapiditySigma, EventRandom& random);

/// Adds the hadronic recoil of a system (a jet roughly opposite its transverse momentum) and
/// initial-state radiation: Poisson(meanExtraJets) jets with a falling pT spectrum.
void addRecoil(const Vec4& system, double meanExtraJets, EventRandom& random, TruthEvent& event);

} // namespace lupa::anomaly
