// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "EventKinematics.hpp"

#include <cstddef>

namespace lupa::anomaly {

/// Floats of one event in the ADC2021 layout: 19 objects x (pT, eta, phi, class).
inline constexpr std::size_t kEventValues = 19 * 4;

/// The detector response and the ADC2021 selection. Smears the objects of `truth` (electrons
/// hypot(10 %/sqrt(pT), 1 %), muons hypot(1 %, 0.01 % pT), jets hypot(100 %/sqrt(pT), 5 %)),
/// builds the MET from the neutrinos, the mismeasurement and a soft term of
/// 6 GeV + 0.5 sqrt(HT / GeV) per component, quantises (0 bits = not), keeps the objects within
/// the thresholds, sorts each kind by falling pT and writes kEventValues floats to `out`, zero-padded.
/// @return false when no electron or muon was kept (the event fails the selection)
bool reconstructEvent(const TruthEvent& truth, int quantisationBits, EventRandom& random, float* out);

} // namespace lupa::anomaly
