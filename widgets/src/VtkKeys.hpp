// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QKeyEvent>

class vtkRenderWindowInteractor;

namespace lupa::widgets {

/// True for keys that type a character (letters, digits, punctuation, space): those belong to the
/// application's shortcuts and are never given to VTK, whose default style grabs many of them.
[[nodiscard]] bool isApplicationKey(const QKeyEvent& event);

/// Stores the key's modifiers, repeat count and X11-style key symbol ("Left", "Escape", "F5") in
/// the interactor, ready for its KeyPressEvent() or KeyReleaseEvent().
void setKeyInformation(vtkRenderWindowInteractor* interactor, const QKeyEvent& event);

} // namespace lupa::widgets
