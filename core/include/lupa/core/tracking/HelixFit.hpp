// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/tracking/Propagation.hpp>

#include <span>

namespace lupa::tracking {

/// Momentum of a unit-charge track that bends with radius 1 mm in 1 T: pT [GeV] = kPtPerTeslaMm * B [T] *
/// R [mm] (the familiar 0.3 * B [T] * R [m]).
inline constexpr double kPtPerTeslaMm = 0.000299792458;

/// How hits are weighted in a helix fit.
struct HelixFitConfig {
    double bFieldTesla = 2.0;     ///< solenoid field along +z [T], > 0
    double sigmaTransverse = 0.1; ///< hit resolution across the circle, for chi2 [mm], > 0
    double sigmaZ = 1.0;          ///< hit resolution along z, for chi2 [mm], > 0
};

/// A helix in a solenoid field along +z, described at its point of closest approach (PCA) to the z axis.
struct Helix {
    double centreX = 0;   ///< centre of the transverse circle [mm]
    double centreY = 0;   ///< [mm]
    double radius = 0;    ///< of the transverse circle [mm]
    int charge = 1;       ///< +1 turns clockwise seen from +z (field along +z), -1 counter-clockwise
    double pt = 0;        ///< transverse momentum [GeV] for a unit charge: kPtPerTeslaMm * B * radius
    double phi = 0;       ///< azimuth of the direction at the PCA [rad]
    double tanLambda = 0; ///< dz / ds, s the transverse arc length; cot(theta)
    double theta = 0;     ///< polar angle of the direction [rad]
    double eta = 0;       ///< pseudorapidity, asinh(tanLambda)
    double d0 = 0;        ///< signed transverse impact parameter [mm]: the PCA is d0 * (-sin phi, cos phi)
    double z0 = 0;        ///< z at the PCA [mm]
    double chi2 = 0;      ///< circle residuals over sigmaTransverse plus z residuals over sigmaZ, squared
    int ndf = 0;          ///< 2 n - 5 for n hits
    [[nodiscard]] double chi2PerNdf() const { return ndf > 0 ? chi2 / ndf : 0.0; }
};

/// Fits a helix to `points` given in the order the particle crossed them: a Taubin circle in x-y
/// (Newton's method on the characteristic polynomial, as N. Chernov's CircleFitByTaubin), then a straight
/// line z = z0 + tanLambda * s in the arc length s from the PCA. The charge is the turning sense from the
/// first to the last point. With `beamSpot`, the origin joins the circle fit as one more point (a
/// constraint for short seeds; it is not counted in ndf). A Runtime error for fewer than 3 points or a
/// degenerate (collinear in x-y, or identical) set.
[[nodiscard]] Result<Helix> fitHelix(std::span<const Vec3> points, const HelixFitConfig& config = {},
                                     bool beamSpot = false);

/// The transverse turning angle [rad] of `point` from the helix' PCA, positive in the direction of
/// motion, in (-pi, pi].
[[nodiscard]] double turningAngle(const Helix& helix, double x, double y);

/// The point of the helix after turning `angle` [rad] from its PCA in the direction of motion.
[[nodiscard]] Vec3 helixPoint(const Helix& helix, double angle);

} // namespace lupa::tracking
