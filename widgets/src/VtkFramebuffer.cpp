// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// VTK's OpenGL headers only: no Qt in this translation unit.
#include "VtkFramebuffer.hpp"

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>
#include <vtk_glew.h>

namespace lupa::widgets {
namespace {

// Sets alpha to 1 everywhere without touching the colour channels.
void makeOpaque(vtkOpenGLState* state, int width, int height) {
    vtkOpenGLState::ScopedglColorMask colorMask(state);
    vtkOpenGLState::ScopedglClearColor clearColor(state);
    vtkOpenGLState::ScopedglViewport viewport(state);
    state->vtkglColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    state->vtkglClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    state->vtkglViewport(0, 0, width, height);
    state->vtkglClear(GL_COLOR_BUFFER_BIT);
}

} // namespace

void blitLastFrame(vtkGenericOpenGLRenderWindow* window, unsigned int target, int width, int height) {
    vtkOpenGLFramebufferObject* source = window->GetDisplayFramebuffer();
    if (!source || !window->GetRenderFramebuffer())
        return; // nothing rendered yet
    vtkOpenGLState* state = window->GetState();
    // Qt changed the GL state since VTK last looked: make VTK's cache true again before using it.
    state->Reset();
    state->PushFramebufferBindings();
    state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, target);
    {
        vtkOpenGLState::ScopedglEnableDisable scissor(state, GL_SCISSOR_TEST);
        state->vtkglDisable(GL_SCISSOR_TEST);
        int* size = source->GetLastSize();
        window->BlitDisplayFramebuffer(0, 0, 0, size[0], size[1], 0, 0, width, height, GL_COLOR_BUFFER_BIT,
                                       GL_NEAREST);
        makeOpaque(state, width, height);
    }
    state->PopFramebufferBindings();
}

} // namespace lupa::widgets
