// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "EventKinematics.hpp"

#include <lupa/core/anomaly/EventSimulator.hpp>

namespace lupa::anomaly {

/// The physics channels of the toy generator: the four of the background mix and the four signals.
enum class Channel { WToLNu, Qcd, ZToLL, TTbar, Ato4l, Leptoquark, HToTauTau, HChToTauNu };

/// A background channel drawn with the ADC2021 fractions: W 59.2 %, QCD 33.8 %, Z 6.7 %, ttbar 0.3 %.
[[nodiscard]] Channel drawBackgroundChannel(EventRandom& random);

/// The channel of a signal process, or of the background (then drawn from `random`).
[[nodiscard]] Channel channelOf(Process process, EventRandom& random);

/// Generates one candidate event of a channel into `event` (which the caller has cleared).
/// @param massScale multiplies the mass of a signal resonance (ignored by the background)
/// @param boost multiplies the transverse momentum of the hard system: 1, more after many rejected
///        attempts so that even extreme settings end up passing the selection
void generateChannel(Channel channel, double massScale, double boost, EventRandom& random, TruthEvent& event);

// Background channels (BackgroundProcesses.cpp).
void generateWToLNu(double boost, EventRandom& random, TruthEvent& event);
void generateQcd(double boost, EventRandom& random, TruthEvent& event);
void generateZToLL(double boost, EventRandom& random, TruthEvent& event);
void generateTTbar(double boost, EventRandom& random, TruthEvent& event);

// Signal channels (SignalProcesses.cpp); nominal masses 50, 80, 60 and 60 GeV times massScale.
void generateAto4l(double massScale, double boost, EventRandom& random, TruthEvent& event);
void generateLeptoquark(double massScale, double boost, EventRandom& random, TruthEvent& event);
void generateHToTauTau(double massScale, double boost, EventRandom& random, TruthEvent& event);
void generateHChToTauNu(double massScale, double boost, EventRandom& random, TruthEvent& event);

} // namespace lupa::anomaly
