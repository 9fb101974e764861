// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <vector>

class vtkActor;
class vtkRenderer;

namespace lupa::app {

/// Faint outlines of cylindrical barrel layers around the beam (z) axis, to give hits their context.
class BarrelOutline {
public:
    /// Adds one actor with a circle at each end of every layer and lines along the outermost one;
    /// the renderer keeps it alive.
    /// @param radii layer radii [mm]
    /// @param halfLength the layers run from z = -halfLength to +halfLength [mm]
    static vtkActor* addTo(vtkRenderer* renderer, const std::vector<double>& radii, double halfLength);
};

} // namespace lupa::app
