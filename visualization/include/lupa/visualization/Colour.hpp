// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

namespace lupa::visualization {

/// A colour with red, green and blue components, each in [0, 1].
struct Rgb {
    double r = 1.0; ///< red [0, 1]
    double g = 1.0; ///< green [0, 1]
    double b = 1.0; ///< blue [0, 1]
};

} // namespace lupa::visualization
