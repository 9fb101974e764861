// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Units.hpp>
#include <lupa/core/tracking/SimGeometry.hpp>

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>
#include <vector>

namespace lupa::tracking {

/// A point or vector in global coordinates (x, y across the beam, z along it).
struct Vec3 {
    double x = 0;
    double y = 0;
    double z = 0;
};

/// How particles move through the detector.
struct PropagationConfig {
    double bz = 2.0 * units::T;     ///< solenoid field along +z, native units (2 T = 2 * units::T); not 0
    bool multipleScattering = true; ///< scatter at every crossed layer (Highland)
    bool energyLoss = false; ///< lose energy at every crossed layer (ionisation; electrons also radiate)
    double maxTurn =
        std::numbers::pi;  ///< stop after the helix turned this much in the transverse plane [rad]
    int maxCrossings = 64; ///< stop after this many crossings
};

/// A particle at some point of its path.
struct TrackState {
    Vec3 position;         ///< [mm]
    Vec3 momentum;         ///< [GeV]
    int charge = 1;        ///< [e], not 0
    double mass = 0.13957; ///< [GeV]
};

/// A particle crossing a layer: the true intersection and the momentum with which it arrives.
struct Crossing {
    std::uint32_t layer = 0; ///< index into SimGeometry::layers()
    Vec3 position;           ///< on the layer's surface [mm]
    Vec3 momentum;           ///< before the layer's scattering and energy loss [GeV]
    double cosIncidence = 1; ///< |cos| of the angle between the direction and the surface normal
};

/// The width of the projected multiple-scattering angle (Highland, PDG):
/// theta0 = 13.6 MeV / (beta c p) * |z| * sqrt(x/X0) * (1 + 0.038 ln(x/X0)).
/// @param momentum p [GeV]
/// @param beta v / c
/// @param xOverX0 material crossed [radiation lengths], > 0
/// @param charge z [e]
/// @return theta0 [rad]
[[nodiscard]] inline double highlandTheta0(double momentum, double beta, double xOverX0, int charge = 1) {
    return 13.6 * units::MeV / (beta * momentum) * std::abs(charge) * std::sqrt(xOverX0) *
           (1.0 + 0.038 * std::log(xOverX0));
}

/// Mean energy lost in silicon-like material per radiation length by a minimum-ionising particle
/// (1.66 MeV cm2/g * 2.33 g/cm3 * 9.37 cm) [GeV].
inline constexpr double kIonisationPerX0 = 36.3 * units::MeV;

/// The transverse radius of a helix: R = pT / (|q| B); R [m] = pT [GeV] / (0.3 |q| B [T]).
/// @param pt [GeV] @param charge [e] @param bz native field (units::T) @return [mm]
[[nodiscard]] inline double helixRadius(double pt, int charge, double bz) {
    return pt / (std::abs(charge) * std::abs(bz));
}

/// Follows charged particles through the layers of a geometry in a uniform solenoid field.
class Propagator {
public:
    /// Keeps a reference to `geometry`, which must outlive the propagator.
    Propagator(const SimGeometry& geometry, PropagationConfig config);

    /// Follows a particle from `state` along its helix, crossing the layers in the order it meets them,
    /// and appends every crossing to `crossings`. At each crossing the direction scatters (two Gaussian
    /// angles of width highlandTheta0 for the layer's x/X0 over |cos incidence|, capped at 20 times) and,
    /// with energyLoss, the energy drops. Stops when no layer is ahead, after config.maxTurn of turning
    /// (loopers stop after their first half turn), or when the particle has stopped.
    void propagate(TrackState state, std::mt19937_64& rng, std::vector<Crossing>& crossings) const;

    [[nodiscard]] const PropagationConfig& config() const { return m_config; }

private:
    struct Step;
    void findCylinder(const Step& step, double& best, std::uint32_t& bestLayer,
                      std::uint32_t lastLayer) const;
    void findDisk(const Step& step, double& best, std::uint32_t& bestLayer) const;

    const SimGeometry& m_geometry;
    PropagationConfig m_config;
    std::vector<std::uint32_t> m_cylinders; ///< layer indices of the cylinders
    std::vector<std::uint32_t> m_disks;     ///< layer indices of the disks, by increasing z
    std::vector<double> m_diskZ;            ///< their z [mm]
};

} // namespace lupa::tracking
