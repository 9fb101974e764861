// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/calo/Binning.hpp>
#include <lupa/core/calo/ShowerFile.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lupa::calo {

/// How an "imperfect surrogate" departs from the nominal shower model. All zero = nominal.
struct Distortion {
    double longitudinalShift = 0;   ///< "shift": shower start moved deeper [X0; lambda for pions]
    double lateralScale = 0;        ///< "width": relative change of the radial scale (0.2 = 20 % wider)
    double energyScale = 0;         ///< "scale": relative bias of every deposit (0.02 = +2 %)
    double missingFluctuations = 0; ///< "fluct": 0..1, fraction of the shower-to-shower fluctuations removed
    double voxelThreshold = 0;      ///< "threshold": voxels below this are set to zero [MeV]
};

/// Applies one `KIND=AMOUNT` setting (KIND: shift, width, scale, fluct, threshold) to `distortion`;
/// a Usage error naming the accepted kinds, or the allowed range, otherwise.
Result<void> applyDistortion(std::string_view setting, Distortion& distortion);

/// A parametrised electromagnetic / hadronic shower generator in the CaloChallenge geometries, for
/// tests, demos and showing how the validation metrics react to known distortions.
///
/// The model, per shower: incident energy as the datasets draw it (dataset 1: powers of two from
/// 256 MeV to 4.2 TeV; datasets 2 and 3: log-uniform in 1 GeV - 1 TeV); a visible fraction with a
/// stochastic resolution; a longitudinal Gamma-function profile (Longo-Sestili) whose maximum grows
/// with ln E, integrated over each layer's depth (leakage behind the last layer is lost); for pions
/// an exponentially distributed first-interaction depth; a radial core + halo profile
/// (f(r) ~ 2 r R^2 / (r^2 + R^2)^2 for each part, radii growing with depth) sampled as energy
/// spots around a shower axis with a small random offset; per-layer sampling fluctuations.
///
/// Deterministic: shower i depends only on (seed, i), so blocks and threads do not change the numbers.
class ShowerSimulator {
public:
    ShowerSimulator(Dataset dataset, std::uint64_t seed, Distortion distortion = {});

    [[nodiscard]] const Binning& binning() const { return m_binning; }
    [[nodiscard]] Dataset dataset() const { return m_dataset; }

    /// Simulates showers [first, first + count), in parallel over lupa::threadCount() threads.
    [[nodiscard]] ShowerBlock simulate(std::uint64_t first, std::size_t count) const;

private:
    Dataset m_dataset;
    Binning m_binning;
    std::uint64_t m_seed;
    Distortion m_distortion;
};

/// The regularised lower incomplete gamma function P(a, x) = gamma(a, x) / Gamma(a), a > 0, x >= 0
/// (series below a + 1, continued fraction above; relative accuracy ~1e-12).
[[nodiscard]] double regularizedGammaP(double a, double x);

} // namespace lupa::calo
