// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/visualization/Colour.hpp>

#include <array>

class vtkActor;
class vtkProp;
class vtkRenderer;

namespace lupa::visualization {

/// A point or extent in world coordinates: x, y, z [mm].
using Vector3 = std::array<double, 3>;

/// Adds an axis-aligned solid box and returns its actor (the renderer keeps it alive).
/// @param centre box centre [mm]
/// @param size full edge lengths along x, y, z [mm]
vtkActor* addBox(vtkRenderer* renderer, const Vector3& centre, const Vector3& size, const Rgb& colour);

/// Adds a solid sphere and returns its actor (the renderer keeps it alive).
/// @param centre sphere centre [mm]
/// @param radius [mm]
/// @param resolution facets around the sphere (at least 3)
vtkActor* addSphere(vtkRenderer* renderer, const Vector3& centre, double radius, const Rgb& colour,
                    int resolution = 32);

/// Adds x (red), y (green) and z (blue) axes arrows at the origin and returns them as one prop.
/// @param length length of each axis [mm]
vtkProp* addAxes(vtkRenderer* renderer, double length);

/// Sets the renderer's background colour.
void setBackground(vtkRenderer* renderer, const Rgb& colour);

} // namespace lupa::visualization
