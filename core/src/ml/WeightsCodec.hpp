// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// lupa's own binary format for network weights. libtorch's archive reader is not used for model
// files because crafted archives make it allocate gigabytes or crash; this reader only ever
// allocates what the network's spec expects and checks every size before reading.
//
// Layout (integers little-endian):
//   kWeightsMagic
//   u32 tensor count
//   per tensor: u32 name length, name bytes, u32 rank, rank x i64 dimensions,
//               elementCount x f32 (IEEE-754 bit patterns)
namespace lupa::ml::detail {

/// The first bytes of a weights blob.
inline constexpr std::string_view kWeightsMagic = "LUPA-WEIGHTS 1\n";

/// A named tensor of a network: a parameter or a buffer and its values.
struct NamedValues {
    std::string name;                ///< libtorch's dotted name, e.g. "0.weight"
    std::vector<std::int64_t> shape; ///< its shape
    std::vector<float> values;       ///< row-major values; ignored in the `expected` list of decodeWeights
};

/// The bytes of `tensors` in the layout above.
[[nodiscard]] std::string encodeWeights(const std::vector<NamedValues>& tensors);

/// Reads weights for exactly the tensors of `expected` (same order, names and shapes) and returns
/// them with their values. A BadInput error naming the first tensor that is missing, misnamed,
/// misshapen, truncated or not finite.
[[nodiscard]] Result<std::vector<NamedValues>> decodeWeights(std::string_view bytes,
                                                             const std::vector<NamedValues>& expected);

} // namespace lupa::ml::detail
