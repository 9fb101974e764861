// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/ml/Tensor.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace lupa::ml {

/// The 64-bit FNV-1a offset basis, the start value of fnv1a64().
inline constexpr std::uint64_t kFnv1a64Basis = 14695981039346656037ULL;

/// 64-bit FNV-1a over `bytes`, continuing from `state` (pass a previous result to hash in pieces).
[[nodiscard]] std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t state = kFnv1a64Basis);

/// 16 lowercase hex digits of a 64-bit value.
[[nodiscard]] std::string toHex64(std::uint64_t value);

/// A stable fingerprint of a data set, stored in model files so that one can tell which data a model
/// was trained on: "fnv1a64:" + 16 hex digits of 64-bit FNV-1a over, in this order, the rank and each
/// dimension as 8-byte little-endian signed integers, then each value's IEEE-754 bit pattern as a
/// 4-byte little-endian integer. Bitwise: 0.0 and -0.0 hash differently. Not cryptographic.
[[nodiscard]] std::string hashTrainingSet(const Tensor& data);

} // namespace lupa::ml
