// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "VtkKeys.hpp"

#include <vtkRenderWindowInteractor.h>

#include <array>
#include <string>
#include <utility>

namespace lupa::widgets {
namespace {

// The key symbols VTK's interactors use (they follow X11's names).
constexpr std::array<std::pair<int, const char*>, 20> kKeySymbols{{
    {Qt::Key_Left, "Left"},
    {Qt::Key_Right, "Right"},
    {Qt::Key_Up, "Up"},
    {Qt::Key_Down, "Down"},
    {Qt::Key_PageUp, "Prior"},
    {Qt::Key_PageDown, "Next"},
    {Qt::Key_Home, "Home"},
    {Qt::Key_End, "End"},
    {Qt::Key_Escape, "Escape"},
    {Qt::Key_Return, "Return"},
    {Qt::Key_Enter, "KP_Enter"},
    {Qt::Key_Backspace, "BackSpace"},
    {Qt::Key_Delete, "Delete"},
    {Qt::Key_Insert, "Insert"},
    {Qt::Key_Tab, "Tab"},
    {Qt::Key_Shift, "Shift_L"},
    {Qt::Key_Control, "Control_L"},
    {Qt::Key_Alt, "Alt_L"},
    {Qt::Key_Meta, "Super_L"},
    {Qt::Key_CapsLock, "Caps_Lock"},
}};

constexpr std::array<const char*, 12> kFunctionKeys{"F1", "F2", "F3", "F4",  "F5",  "F6",
                                                    "F7", "F8", "F9", "F10", "F11", "F12"};

std::string keySymbol(int key) {
    for (const auto& [qtKey, symbol] : kKeySymbols)
        if (qtKey == key)
            return symbol;
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12)
        return kFunctionKeys[static_cast<std::size_t>(key - Qt::Key_F1)];
    return "None";
}

} // namespace

bool isApplicationKey(const QKeyEvent& event) {
    const QString text = event.text();
    return text.size() == 1 && text.front().isPrint();
}

void setKeyInformation(vtkRenderWindowInteractor* interactor, const QKeyEvent& event) {
    const Qt::KeyboardModifiers modifiers = event.modifiers();
    const std::string symbol = keySymbol(event.key());
    interactor->SetKeyEventInformation(modifiers.testFlag(Qt::ControlModifier) ? 1 : 0,
                                       modifiers.testFlag(Qt::ShiftModifier) ? 1 : 0, 0,
                                       event.isAutoRepeat() ? 1 : 0, symbol.c_str());
    interactor->SetAltKey(modifiers.testFlag(Qt::AltModifier) ? 1 : 0);
}

} // namespace lupa::widgets
