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
};

/// "3d", "xy", "rz".
[[nodiscard]] std::optional<ViewPreset> parseViewPreset(std::string_view name);

/// Points the renderer's camera for `preset` and frames everything visible.
void applyViewPreset(vtkRenderer* renderer, ViewPreset preset);

} // namespace lupa::visualization
