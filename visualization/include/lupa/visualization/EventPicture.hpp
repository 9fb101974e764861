// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/visualization/Camera.hpp>
#include <lupa/visualization/EventScene.hpp>

#include <cstddef>

class vtkRenderer;

namespace lupa::visualization {

/// How an event scene is drawn.
struct EventPictureOptions {
    ViewPreset view = ViewPreset::ThreeD; ///< 3d and xy as they are, rz projected, etaphi as a lego plot
    bool legoTowers = false;              ///< etaphi: towers instead of a flat coloured grid
    double pointSize = 3.0;               ///< hits [screen pixels]
    double trackWidth = 2.0;              ///< track lines [screen pixels]
    double caloRadius = 1500.0;           ///< where deposits without a radius are drawn [mm]
    double caloMaxAbsZ = 3200.0;          ///< ... unless that puts them beyond this |z| [mm]
};

/// What was drawn.
struct EventPictureCounts {
    std::size_t hits = 0;
    std::size_t tracks = 0; ///< lines, or eta-phi markers in the etaphi view
    std::size_t caloDeposits = 0;
    std::size_t jets = 0;
    std::size_t missingEnergy = 0; ///< arrows (none in rz: it is transverse)
    std::size_t etaPhiBins = 0;    ///< filled lego bins (etaphi view)
};

/// Adds the scene's actors for `options.view` to `renderer` (does not move the camera: see
/// applyViewPreset() and applyLegoView()). The eta-phi view bins calorimeter energy [GeV] when the scene
/// has deposits, else hit counts, and marks tracks, jets (circles of their cone radius) and missing
/// energy (a line at its phi) on top.
Result<EventPictureCounts> drawEventScene(vtkRenderer* renderer, const EventScene& scene,
                                          const EventPictureOptions& options = {});

} // namespace lupa::visualization
