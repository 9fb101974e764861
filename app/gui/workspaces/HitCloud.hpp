// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/DemoEvent.hpp>
#include <lupa/core/Result.hpp>

#include <vector>

class vtkActor;
class vtkRenderer;

namespace lupa::app {

/// Puts hits into a VTK scene as a point cloud coloured by layer (with lupa::visualization).
class HitCloud {
public:
    /// Adds the hits to `renderer` as one actor coloured by layer (the renderer owns it) and returns it.
    static Result<vtkActor*> addTo(vtkRenderer* renderer, const std::vector<DemoHit>& hits);

    /// Looks at everything in `renderer` obliquely, the beam axis running left to right.
    static void placeCamera(vtkRenderer* renderer);
};

} // namespace lupa::app
