// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

/// Native units of lupa, as in ACTS: lengths in mm, energies and momenta in GeV, times in ns,
/// angles in radians, charges in units of e. Multiply by a constant to convert into native units,
/// divide to convert out of them: `double r = 30 * units::cm;  double rInM = r / units::m;`
namespace lupa::units {

// Length [mm]
inline constexpr double mm = 1.0;
inline constexpr double um = 1e-3 * mm;
inline constexpr double cm = 10.0 * mm;
inline constexpr double m = 1000.0 * mm;

// Area [mm^2]
inline constexpr double mm2 = mm * mm;

// Energy and momentum [GeV]
inline constexpr double GeV = 1.0;
inline constexpr double MeV = 1e-3 * GeV;
inline constexpr double keV = 1e-6 * GeV;
inline constexpr double TeV = 1e3 * GeV;

// Time [ns]
inline constexpr double ns = 1.0;
inline constexpr double s = 1e9 * ns;
inline constexpr double us = 1e3 * ns;

// Angle [rad]
inline constexpr double rad = 1.0;
inline constexpr double degree = 0.017453292519943295 * rad;

// Charge [e]
inline constexpr double e = 1.0;

/// Magnetic field in native units [GeV / (e mm)], so that a helix radius is simply R = pT / (|q| B).
/// 1 T = 0.000299792458 GeV / (e mm): a 1 GeV track in 2 T bends with R = 1667.8 mm.
inline constexpr double T = 0.000299792458 * GeV / (e * mm);

} // namespace lupa::units
