// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/visualization/Colour.hpp>

#include <array>
#include <set>
#include <vector>

class vtkActor;
class vtkRenderer;

namespace lupa::trackml {
class Detectors;
}

namespace lupa::visualization {

/// A detector module drawn as a thin (possibly trapezoidal) box: its local u and v span the sensor,
/// w is its normal; global = centre + rotation * local.
struct ModuleShape {
    std::array<double, 3> centre{};   ///< [mm]
    std::array<double, 9> rotation{}; ///< row-major, columns are the local u, v, w axes in global coordinates
    double halfUMin = 0;              ///< half width along u at v = -halfV [mm]
    double halfUMax = 0;              ///< half width along u at v = +halfV [mm]
    double halfV = 0;                 ///< half length along v [mm]
    double thickness = 0;             ///< full thickness along w [mm]
    int group = 0;                    ///< what colours and hides it, e.g. the volume id
};

/// How the modules look.
struct GeometryStyle {
    double opacity = 0.2;       ///< [0, 1]; detector geometry is usually drawn see-through
    std::set<int> hiddenGroups; ///< groups not drawn
};

/// The shapes of every module of a TrackML detector description, grouped by volume id.
[[nodiscard]] std::vector<ModuleShape> moduleShapes(const trackml::Detectors& detectors);

/// The colour of a group: a fixed palette of distinguishable colours, the same group always the same.
[[nodiscard]] Rgb groupColour(int group);

/// Adds all visible modules as ONE actor over one polydata (8 points, 6 quads per module, each cell
/// carrying its group's colour), so 18,728 TrackML modules cost one draw call, and returns it; the
/// renderer keeps it alive. A BadInput error naming the module when a size is not positive.
Result<vtkActor*> addModules(vtkRenderer* renderer, const std::vector<ModuleShape>& modules,
                             const GeometryStyle& style = {});

} // namespace lupa::visualization
