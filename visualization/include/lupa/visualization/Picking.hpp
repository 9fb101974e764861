// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <array>

class vtkProp;
class vtkRenderer;

namespace lupa::visualization {

/// What lies under a position of the render window.
struct PickResult {
    vtkProp* prop = nullptr;       ///< the frontmost prop there, nullptr when only background was hit
    std::array<double, 3> world{}; ///< world position of the hit on the prop's surface [mm]
    long long pointId = -1;        ///< the prop's data point nearest the pick ray, -1 when none is close

    /// True when a prop was hit.
    [[nodiscard]] bool hit() const { return prop != nullptr; }
};

/// Picks at a display position of the renderer's window. The window must be able to render (its
/// OpenGL context usable): the prop comes from hardware selection, the world position from the depth
/// buffer, the point id from the nearest data point of the picked actor along the pick ray.
/// @param displayX,displayY display coordinates [device pixels], origin at the bottom-left corner
/// @param pointTolerance how far from the ray a point may lie [fraction of the window diagonal]
[[nodiscard]] PickResult pick(vtkRenderer* renderer, double displayX, double displayY,
                              double pointTolerance = 0.01);

/// Projects a world position to display coordinates of the renderer's window.
/// @param world x, y, z [mm]
/// @return x, y [device pixels], origin at the bottom-left corner
[[nodiscard]] std::array<double, 2> worldToDisplay(vtkRenderer* renderer, const std::array<double, 3>& world);

} // namespace lupa::visualization
