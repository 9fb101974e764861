// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/ml/DatasetHash.hpp>

#include <fmt/format.h>

#include <bit>

namespace lupa::ml {
namespace {

constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

// Hashes the `Bytes` low-order bytes of `value`, least significant first (little-endian on any host).
template <std::size_t Bytes>
std::uint64_t hashLittleEndian(std::uint64_t value, std::uint64_t state) {
    for (std::size_t i = 0; i < Bytes; ++i) {
        state ^= (value >> (8 * i)) & 0xffU;
        state *= kFnvPrime;
    }
    return state;
}

} // namespace

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t state) {
    for (const char byte : bytes) {
        state ^= static_cast<unsigned char>(byte);
        state *= kFnvPrime;
    }
    return state;
}

std::string toHex64(std::uint64_t value) {
    return fmt::format("{:016x}", value);
}

std::string hashTrainingSet(const Tensor& data) {
    auto state = hashLittleEndian<8>(static_cast<std::uint64_t>(data.shape.size()), kFnv1a64Basis);
    for (const auto dimension : data.shape)
        state = hashLittleEndian<8>(static_cast<std::uint64_t>(dimension), state);
    for (const float value : data.values)
        state = hashLittleEndian<4>(std::bit_cast<std::uint32_t>(value), state);
    return "fnv1a64:" + toHex64(state);
}

} // namespace lupa::ml
