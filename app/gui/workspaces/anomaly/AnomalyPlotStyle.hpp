// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QColor>
#include <QString>

class QCPAxis;

namespace lupa::app::anomalyplots {

/// The colour of the background sample in every plot.
[[nodiscard]] QColor backgroundColour();
/// The colour of signal number `index` (0-based, in input order) in every plot.
[[nodiscard]] QColor signalColour(int index);
/// The colour of sample `index` where sample 0 is the background.
[[nodiscard]] QColor sampleColour(int index);

/// Makes `axis` logarithmic with powers-of-ten tick labels.
void makeLogAxis(QCPAxis* axis);

/// A rate for people: "400 Hz", "4 kHz", "40 MHz".
/// @param hertz the rate [Hz]
[[nodiscard]] QString formatRate(double hertz);

/// A false-positive rate as a power of ten where it is one ("10⁻⁵"), else in 'g' notation.
[[nodiscard]] QString formatFpr(double fpr);

} // namespace lupa::app::anomalyplots
