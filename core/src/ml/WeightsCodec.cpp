// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/WeightsCodec.hpp"

#include <lupa/core/ml/Tensor.hpp>

#include <fmt/format.h>

#include <bit>
#include <cmath>

namespace lupa::ml::detail {
namespace {

template <typename Unsigned>
void putLittleEndian(std::string& out, Unsigned value) {
    for (std::size_t i = 0; i < sizeof(Unsigned); ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xffU));
}

// Reads little-endian integers from a byte string without ever reading past its end.
class ByteReader {
public:
    explicit ByteReader(std::string_view bytes)
        : m_bytes(bytes) {}

    template <typename Unsigned>
    bool read(Unsigned& value) {
        if (remaining() < sizeof(Unsigned))
            return false;
        value = 0;
        for (std::size_t i = 0; i < sizeof(Unsigned); ++i)
            value |= static_cast<Unsigned>(static_cast<unsigned char>(m_bytes[m_position + i])) << (8 * i);
        m_position += sizeof(Unsigned);
        return true;
    }
    bool readText(std::size_t size, std::string_view& text) {
        if (remaining() < size)
            return false;
        text = m_bytes.substr(m_position, size);
        m_position += size;
        return true;
    }
    [[nodiscard]] std::size_t remaining() const { return m_bytes.size() - m_position; }

private:
    std::string_view m_bytes;
    std::size_t m_position = 0;
};

Error truncated(const std::string& name) {
    return Error::badInput(fmt::format("the weights end inside tensor '{}'", name));
}

Result<std::vector<std::int64_t>> readShape(ByteReader& reader, const NamedValues& want) {
    std::uint32_t rank = 0;
    if (!reader.read(rank))
        return truncated(want.name);
    if (rank > 16)
        return Error::badInput(fmt::format("tensor '{}' claims {} dimensions", want.name, rank));
    std::vector<std::int64_t> shape(rank);
    for (auto& dimension : shape) {
        std::uint64_t raw = 0;
        if (!reader.read(raw))
            return truncated(want.name);
        dimension = static_cast<std::int64_t>(raw);
    }
    return shape;
}

Result<NamedValues> readTensor(ByteReader& reader, const NamedValues& want) {
    std::uint32_t nameSize = 0;
    std::string_view name;
    if (!reader.read(nameSize) || !reader.readText(nameSize, name))
        return truncated(want.name);
    if (name != want.name)
        return Error::badInput(
            fmt::format("found tensor '{}' where '{}' is expected", name.substr(0, 64), want.name));
    auto shape = readShape(reader, want);
    if (!shape)
        return std::move(shape).error();
    if (*shape != want.shape)
        return Error::badInput(fmt::format("tensor '{}' has shape {} where {} is expected", want.name,
                                           shapeToString(*shape), shapeToString(want.shape)));
    const auto count = static_cast<std::size_t>(elementCountOf(want.shape));
    if (reader.remaining() / sizeof(float) < count)
        return truncated(want.name);
    NamedValues tensor{want.name, want.shape, std::vector<float>(count)};
    for (auto& value : tensor.values) {
        std::uint32_t bits = 0;
        reader.read(bits);
        value = std::bit_cast<float>(bits);
        if (!std::isfinite(value))
            return Error::badInput(fmt::format("tensor '{}' holds a non-finite value", want.name));
    }
    return tensor;
}

} // namespace

std::string encodeWeights(const std::vector<NamedValues>& tensors) {
    std::string out(kWeightsMagic);
    putLittleEndian(out, static_cast<std::uint32_t>(tensors.size()));
    for (const auto& tensor : tensors) {
        putLittleEndian(out, static_cast<std::uint32_t>(tensor.name.size()));
        out += tensor.name;
        putLittleEndian(out, static_cast<std::uint32_t>(tensor.shape.size()));
        for (const auto dimension : tensor.shape)
            putLittleEndian(out, static_cast<std::uint64_t>(dimension));
        for (const float value : tensor.values)
            putLittleEndian(out, std::bit_cast<std::uint32_t>(value));
    }
    return out;
}

Result<std::vector<NamedValues>> decodeWeights(std::string_view bytes,
                                               const std::vector<NamedValues>& expected) {
    if (!bytes.starts_with(kWeightsMagic))
        return Error::badInput("the weights do not start with 'LUPA-WEIGHTS 1'");
    ByteReader reader(bytes.substr(kWeightsMagic.size()));
    std::uint32_t count = 0;
    if (!reader.read(count))
        return Error::badInput("the weights end before their tensor count");
    if (count != expected.size())
        return Error::badInput(fmt::format("{} tensors found where {} are expected", count, expected.size()));
    std::vector<NamedValues> tensors;
    tensors.reserve(expected.size());
    for (const auto& want : expected) {
        auto tensor = readTensor(reader, want);
        if (!tensor)
            return std::move(tensor).error();
        tensors.push_back(std::move(*tensor));
    }
    if (reader.remaining() > 0)
        return Error::badInput(fmt::format("{} unexpected bytes after the last tensor", reader.remaining()));
    return tensors;
}

} // namespace lupa::ml::detail
