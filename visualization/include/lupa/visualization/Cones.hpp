// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/visualization/Colour.hpp>
#include <lupa/visualization/Primitives.hpp>
#include <lupa/visualization/Projection.hpp>

#include <vector>

class vtkActor;
class vtkRenderer;

namespace lupa::visualization {

/// A cone, e.g. a jet: apex, axis to the centre of the base, base radius.
struct Cone {
    Vector3 apex{};    ///< [mm]
    Vector3 axis{};    ///< from the apex to the centre of the base [mm]; not zero
    double radius = 0; ///< of the base [mm]
};

/// How cones look.
struct ConeStyle {
    Rgb colour{1.0, 0.85, 0.2};               ///< every cone's colour
    double opacity = 0.35;                    ///< [0, 1]; jets are drawn see-through
    int sides = 24;                           ///< facets around (at least 3)
    Projection projection = Projection::None; ///< applied to every vertex
};

/// Adds all cones as ONE actor over one polydata (side triangles and a base polygon each) and returns
/// it; the renderer keeps it alive. BadInput naming the cone when its axis is zero or not finite.
Result<vtkActor*> addCones(vtkRenderer* renderer, const std::vector<Cone>& cones,
                           const ConeStyle& style = {});

/// Adds an arrow from `from` to `to` [mm] (a line of `lineWidth` pixels with a cone as its head) and
/// returns its head's actor. BadInput when the two points coincide.
Result<vtkActor*> addArrow(vtkRenderer* renderer, const Vector3& from, const Vector3& to, const Rgb& colour,
                           double lineWidth = 4.0, Projection projection = Projection::None);

} // namespace lupa::visualization
