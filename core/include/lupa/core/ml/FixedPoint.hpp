// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <string>
#include <string_view>

namespace lupa::ml {

/// How a value between two representable steps is rounded (Vivado/Vitis HLS ap_fixed modes).
enum class FixedRounding {
    Truncate, ///< AP_TRN: towards minus infinity (the HLS default)
    Nearest,  ///< AP_RND: to the nearest step, halves towards plus infinity
};

/// What happens to a value beyond the representable range.
enum class FixedOverflow {
    Wrap,     ///< AP_WRAP: the low bits are kept (two's complement wrap-around, the HLS default)
    Saturate, ///< AP_SAT: clamped to the largest or smallest representable value
};

/// A signed fixed-point number format as FPGA tool flows use: ap_fixed<totalBits, integerBits>.
/// The integer bits include the sign bit; the step is 2^-(totalBits - integerBits) and the range
/// [-2^(integerBits-1), 2^(integerBits-1) - step].
struct FixedPointFormat {
    int totalBits = 16;  ///< W, 2..40
    int integerBits = 6; ///< I, 1..W
    FixedRounding rounding = FixedRounding::Truncate;
    FixedOverflow overflow = FixedOverflow::Wrap;

    /// The distance between two representable values.
    [[nodiscard]] double step() const;
    /// The largest representable value.
    [[nodiscard]] double maxValue() const;
    /// The smallest (most negative) representable value.
    [[nodiscard]] double minValue() const;
    /// The representable value `value` becomes (NaN becomes 0).
    [[nodiscard]] double quantise(double value) const;
    /// True when `value` lies outside [minValue(), maxValue()].
    [[nodiscard]] bool overflows(double value) const;
    /// "ap_fixed<16,6>", with ",AP_RND" and/or ",AP_SAT" appended when they are not the defaults.
    [[nodiscard]] std::string toString() const;
    /// A Usage error unless 2 <= totalBits <= 40 and 1 <= integerBits <= totalBits.
    [[nodiscard]] Result<void> validate() const;
    /// Reads "W,I" or "ap_fixed<W,I>", each optionally followed by ",rnd" / ",AP_RND" and/or
    /// ",sat" / ",AP_SAT" (case-insensitive); a Usage error saying what is wrong.
    [[nodiscard]] static Result<FixedPointFormat> parse(std::string_view text);

    friend bool operator==(const FixedPointFormat&, const FixedPointFormat&) = default;
};

/// The formats of a fixed-point emulation of a network: weights and biases in one format, inputs
/// and every layer's outputs (before and after the activation) in another. Products and sums are
/// accumulated exactly, as when the accumulator is wide enough, then rounded to `data`.
struct FixedPointConfig {
    FixedPointFormat weights; ///< weights and biases
    FixedPointFormat data;    ///< inputs, layer outputs and activations
};

} // namespace lupa::ml
