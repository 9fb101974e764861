// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/visualization/ColourMap.hpp>
#include <lupa/visualization/Primitives.hpp>
#include <lupa/visualization/Projection.hpp>

#include <array>
#include <vector>

class vtkActor;
class vtkRenderer;

namespace lupa::visualization {

/// A box (cuboid, any orientation), e.g. a calorimeter deposit or an eta-phi tower.
struct Box {
    Vector3 centre{};                  ///< [mm] (or eta, phi, height in the eta-phi view)
    std::array<Vector3, 3> halfAxes{}; ///< the three half edges from the centre [mm]
    double value = 0;                  ///< what colours it (any unit, e.g. energy [GeV])
};

/// How boxes look.
struct BoxStyle {
    ColourMap colourMap = ColourMap::Viridis; ///< map from value to colour
    double valueMin = 0.0;                    ///< value drawn with the map's low end
    double valueMax = 0.0;                    ///< high end; min >= max means the data's range
    double opacity = 1.0;                     ///< [0, 1]
    bool lighting = true;                     ///< shade the faces (false: show the map's colour exactly)
    Projection projection = Projection::None; ///< applied to every corner
};

/// Adds all boxes as ONE actor over one polydata (8 points, 6 quads each, coloured by value) and
/// returns it; the renderer keeps it alive. BadInput naming the box when a number is not finite.
Result<vtkActor*> addBoxes(vtkRenderer* renderer, const std::vector<Box>& boxes, const BoxStyle& style = {});

} // namespace lupa::visualization
