// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// Deliberately free of OpenGL types: Qt translation units include this, and VTK's GL headers
// (vtk_glew.h) cannot follow Qt's, so all VTK-side OpenGL work lives in VtkFramebuffer.cpp.

class vtkGenericOpenGLRenderWindow;

namespace lupa::widgets {

/// Copies VTK's last finished frame into the OpenGL framebuffer `target` (e.g. QOpenGLWidget's
/// defaultFramebufferObject()), scaled to width x height [device pixels], and makes it opaque
/// (alpha 1) so that nothing behind the widget shows through. The window's context must be current.
void blitLastFrame(vtkGenericOpenGLRenderWindow* window, unsigned int target, int width, int height);

} // namespace lupa::widgets
