// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <vtkInteractorStyleTrackballCamera.h>

namespace lupa::widgets {

/// Trackball camera (left: rotate, middle: pan, right and wheel: zoom) without VTK's letter-key
/// commands (e: exit, q: quit, w: wireframe, s: surface, r: reset, 3: stereo, f: fly to, p: pick, ...),
/// which would otherwise steal the application's shortcuts.
class ViewInteractorStyle : public vtkInteractorStyleTrackballCamera {
public:
    static ViewInteractorStyle* New();
    vtkTypeMacro(ViewInteractorStyle, vtkInteractorStyleTrackballCamera)

        /// Ignores character keys.
        void OnChar() override {}

protected:
    ViewInteractorStyle() = default;
    ~ViewInteractorStyle() override = default;
};

} // namespace lupa::widgets
