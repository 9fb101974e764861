// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <optional>
#include <string_view>

class vtkRenderer;

namespace lupa::visualization {

/// Standard ways of looking at a collider event (z is the beam axis).
enum class ViewPreset {
    ThreeD,     ///< perspective, from above the barrel at an angle
    Transverse, ///< x-y plane seen along the beam, parallel projection
    Side,       ///< seen from the side (looking along -y): z horizontal, for r-z projections
    EtaPhi,     ///< the eta-phi plane (drawn as x = eta, y = phi) from above, parallel projection
};

/// "3d", "xy", "rz", "etaphi".
[[nodiscard]] std::optional<ViewPreset> parseViewPreset(std::string_view name);

/// Points the renderer's camera for `preset` and frames everything visible.
void applyViewPreset(vtkRenderer* renderer, ViewPreset preset);

/// Points the camera at an eta-phi lego plot of towers (x = eta, y = phi, z = height) from the low-phi
/// side, looking down at an angle, perspective, and frames everything visible.
void applyLegoView(vtkRenderer* renderer);

} // namespace lupa::visualization
