// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/ml/FixedPoint.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace lupa::ml {
namespace {

std::string lowered(std::string_view text) {
    std::string result;
    for (const char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)))
            result += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

std::vector<std::string> splitCommas(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t begin = 0;
    while (true) {
        const auto comma = text.find(',', begin);
        parts.push_back(text.substr(begin, comma - begin));
        if (comma == std::string::npos)
            return parts;
        begin = comma + 1;
    }
}

bool parseInt(const std::string& text, int& value) {
    const auto* end = text.data() + text.size();
    const auto parsed = std::from_chars(text.data(), end, value);
    return parsed.ec == std::errc{} && parsed.ptr == end;
}

// Applies the optional ",rnd" / ",sat" words after W and I.
Result<void> parseModes(const std::vector<std::string>& parts, FixedPointFormat& format) {
    for (std::size_t i = 2; i < parts.size(); ++i) {
        const auto& word = parts[i];
        if (word == "rnd" || word == "ap_rnd")
            format.rounding = FixedRounding::Nearest;
        else if (word == "trn" || word == "ap_trn")
            format.rounding = FixedRounding::Truncate;
        else if (word == "sat" || word == "ap_sat")
            format.overflow = FixedOverflow::Saturate;
        else if (word == "wrap" || word == "ap_wrap")
            format.overflow = FixedOverflow::Wrap;
        else
            return Error::usage(fmt::format("unknown fixed-point mode '{}' (rnd, trn, sat or wrap)", word));
    }
    return success();
}

} // namespace

double FixedPointFormat::step() const {
    return std::ldexp(1.0, integerBits - totalBits);
}

double FixedPointFormat::maxValue() const {
    return std::ldexp(1.0, integerBits - 1) - step();
}

double FixedPointFormat::minValue() const {
    return -std::ldexp(1.0, integerBits - 1);
}

bool FixedPointFormat::overflows(double value) const {
    return value > maxValue() || value < minValue();
}

double FixedPointFormat::quantise(double value) const {
    if (std::isnan(value))
        return 0.0;
    const double scaled = value / step();
    const double rounded = rounding == FixedRounding::Nearest ? std::floor(scaled + 0.5) : std::floor(scaled);
    const double top = std::ldexp(1.0, totalBits - 1); // 2^(W-1): the count of non-negative codes
    if (overflow == FixedOverflow::Saturate || std::isinf(rounded) || std::abs(rounded) > 0x1p62)
        return std::clamp(rounded, -top, top - 1) * step();
    // Two's complement wrap-around: keep the low W bits of the integer code.
    const auto modulus = static_cast<std::int64_t>(2 * top);
    auto code = static_cast<std::int64_t>(rounded) % modulus;
    if (code < 0)
        code += modulus;
    if (code >= static_cast<std::int64_t>(top))
        code -= modulus;
    return static_cast<double>(code) * step();
}

std::string FixedPointFormat::toString() const {
    std::string text = fmt::format("ap_fixed<{},{}", totalBits, integerBits);
    if (rounding == FixedRounding::Nearest || overflow == FixedOverflow::Saturate)
        text.append(rounding == FixedRounding::Nearest ? ",AP_RND" : ",AP_TRN");
    if (overflow == FixedOverflow::Saturate)
        text.append(",AP_SAT");
    return text + ">";
}

Result<void> FixedPointFormat::validate() const {
    if (totalBits < 2 || totalBits > 40)
        return Error::usage(fmt::format("a fixed-point width of {} bits (2 to 40 are supported)", totalBits));
    if (integerBits < 1 || integerBits > totalBits)
        return Error::usage(fmt::format("{} integer bits in a {}-bit fixed-point number (1 to {})",
                                        integerBits, totalBits, totalBits));
    return success();
}

Result<FixedPointFormat> FixedPointFormat::parse(std::string_view text) {
    auto body = lowered(text);
    if (body.starts_with("ap_fixed<") && body.ends_with(">"))
        body = body.substr(9, body.size() - 10);
    const auto parts = splitCommas(body);
    FixedPointFormat format;
    if (parts.size() < 2 || !parseInt(parts[0], format.totalBits) || !parseInt(parts[1], format.integerBits))
        return Error::usage(
            fmt::format("'{}' is not a fixed-point format (write W,I as in 16,6 or ap_fixed<16,6>)", text));
    LUPA_TRY(parseModes(parts, format));
    LUPA_TRY(format.validate());
    return format;
}

} // namespace lupa::ml
