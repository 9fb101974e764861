// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/inspection/Detection.hpp>
#include <lupa/vision/Image.hpp>
#include <lupa/vision/SyntheticBoard.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace lupa::vision {

/// Class ids of the synthetic defects (0 stays "unclassified").
inline constexpr int kSyntheticScratch = 1;          ///< a thin bright or dark line
inline constexpr int kSyntheticParticle = 2;         ///< a small dark blob of dirt
inline constexpr int kSyntheticMissingComponent = 3; ///< a component (with its pins) absent
inline constexpr int kSyntheticShiftedComponent = 4; ///< a component moved by a few px
inline constexpr int kSyntheticShort = 5;            ///< a copper bridge between two conductors
inline constexpr int kSyntheticOpen = 6;             ///< a gap cut across a trace
inline constexpr int kSyntheticStain = 7;            ///< a soft darker patch

/// The names of the synthetic classes, index = class id (index 0 is "unclassified").
[[nodiscard]] const std::vector<std::string>& syntheticClassNames();

/// Which defects to put into a tested image.
struct DefectInjection {
    int count = 4;                                 ///< defects per image (fewer when no free place is found)
    std::vector<int> classes{1, 2, 3, 4, 5, 6, 7}; ///< class ids drawn from, uniformly
};

/// How the tested image differs from the template besides its defects; each amount is the largest,
/// the actual one drawn uniformly from the seed.
struct Perturbation {
    double lightingGradient = 0.08; ///< relative brightness change across the image (0.08 = ±8 %)
    double noiseSigma = 2.0;        ///< Gaussian noise (grey levels)
    double rotationDeg = 0.5;       ///< rotation about the image centre (degrees)
    double shiftPx = 3.0;           ///< translation along x and along y (px)

    /// No perturbation: the tested image equals the template outside its defects.
    [[nodiscard]] static Perturbation none() { return {0, 0, 0, 0}; }
};

/// Everything a synthetic template/tested pair is made from.
struct SampleConfig {
    BoardConfig board;         ///< the design (its seed fixes the board)
    DefectInjection defects;   ///< what to inject
    Perturbation perturbation; ///< how to disturb the tested image
    std::uint64_t seed = 1;    ///< decides the defects and perturbations: same seed, same sample
};

/// A synthetic template/tested pair with its ground truth. Boxes and mask are in the coordinates of
/// the REFERENCE (template) image: the tested image is rotated and shifted after the defects are
/// drawn, and the pipeline registers it onto the reference before it reports defects.
struct SyntheticSample {
    Image reference;                              ///< the defect-free template (8-bit grey)
    Image tested;                                 ///< defects + perturbations (8-bit grey)
    std::vector<inspection::LabelledBox> defects; ///< one box per defect (reference px, inclusive)
    Image defectMask;                             ///< 8-bit, 255 on defect pixels (reference px)
    double rotationDeg = 0;                       ///< the rotation applied to the tested image (degrees)
    double shiftX = 0;                            ///< the shift applied along x (px)
    double shiftY = 0;                            ///< the shift applied along y (px)
};

/// Makes one template/tested pair: renders the board, injects the defects one by one (each at a place
/// that does not overlap an earlier one; its box and mask are exactly the pixels it changed), then
/// perturbs the tested image (rotation and shift, lighting gradient, noise).
[[nodiscard]] SyntheticSample generateSample(const SampleConfig& config);

} // namespace lupa::vision
