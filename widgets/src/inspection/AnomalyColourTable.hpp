// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QList>
#include <QRgb>

namespace lupa::widgets {

/// The colour of an anomaly score `t` in [0, 1] (clamped) on an inferno-like map: black through purple and
/// orange to pale yellow. Opaque.
[[nodiscard]] QRgb anomalyColour(double t);

/// A 256-entry colour table for 8-bit anomaly maps: entries below `firstVisible` transparent, the others
/// anomalyColour(i / 255) with alpha `opacity` in [0, 1].
[[nodiscard]] QList<QRgb> anomalyColourTable(int firstVisible, double opacity);

} // namespace lupa::widgets
