// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/visualization/Colour.hpp>

namespace lupa::visualization {

/// The colour maps lupa offers for scalar colouring.
enum class ColourMap {
    Viridis, ///< perceptually uniform, dark blue to yellow (the default)
    Rainbow, ///< blue through green to red, for people used to ROOT's palette
    Greys,   ///< black to white
};

/// The colour of `map` at `t`, where t in [0, 1] runs from the low to the high end (clamped).
[[nodiscard]] Rgb colourAt(ColourMap map, double t);

/// "viridis", "rainbow", "greys".
[[nodiscard]] const char* toString(ColourMap map);

} // namespace lupa::visualization
