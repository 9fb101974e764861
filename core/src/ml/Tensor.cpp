// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/ml/Tensor.hpp>

#include <fmt/format.h>

#include <cassert>
#include <cstddef>

namespace lupa::ml {

std::int64_t elementCountOf(const std::vector<std::int64_t>& shape) {
    constexpr std::int64_t kLimit = std::int64_t{1} << 62;
    std::int64_t count = 1;
    for (const auto dimension : shape) {
        if (dimension < 0)
            return -1;
        if (dimension > 0 && count > kLimit / dimension)
            return -1;
        count *= dimension;
    }
    return count;
}

std::int64_t Tensor::elementCount() const {
    return elementCountOf(shape);
}

bool Tensor::isConsistent() const {
    const auto count = elementCount();
    return count >= 0 && static_cast<std::size_t>(count) == values.size();
}

std::int64_t Tensor::rowCount() const {
    return shape.empty() ? 0 : shape.front();
}

std::int64_t Tensor::rowSize() const {
    return shape.empty() ? 1 : elementCountOf(sampleShape());
}

std::vector<std::int64_t> Tensor::sampleShape() const {
    if (shape.empty())
        return {};
    return {shape.begin() + 1, shape.end()};
}

std::span<const float> Tensor::row(std::int64_t row) const {
    assert(row >= 0 && row < rowCount());
    const auto size = static_cast<std::size_t>(rowSize());
    return std::span<const float>(values).subspan(static_cast<std::size_t>(row) * size, size);
}

std::span<float> Tensor::row(std::int64_t row) {
    assert(row >= 0 && row < rowCount());
    const auto size = static_cast<std::size_t>(rowSize());
    return std::span<float>(values).subspan(static_cast<std::size_t>(row) * size, size);
}

Tensor Tensor::selectRows(std::span<const std::int64_t> rows) const {
    Tensor selected;
    selected.shape = shape;
    selected.shape.at(0) = static_cast<std::int64_t>(rows.size());
    selected.values.reserve(rows.size() * static_cast<std::size_t>(rowSize()));
    for (const auto index : rows) {
        const auto source = row(index);
        selected.values.insert(selected.values.end(), source.begin(), source.end());
    }
    return selected;
}

Tensor Tensor::zeros(std::vector<std::int64_t> shape) {
    const auto count = elementCountOf(shape);
    assert(count >= 0);
    return Tensor{std::move(shape), std::vector<float>(static_cast<std::size_t>(count), 0.0F)};
}

Result<Tensor> Tensor::make(std::vector<std::int64_t> shape, std::vector<float> values) {
    Tensor tensor{std::move(shape), std::move(values)};
    if (!tensor.isConsistent())
        return Error::badInput(fmt::format("a tensor of shape {} cannot hold {} values",
                                           shapeToString(tensor.shape), tensor.values.size()));
    return tensor;
}

std::string shapeToString(const std::vector<std::int64_t>& shape) {
    return fmt::format("[{}]", fmt::join(shape, ", "));
}

std::string batchShapeToString(const std::vector<std::int64_t>& sampleShape) {
    if (sampleShape.empty())
        return "[N]";
    return fmt::format("[N, {}]", fmt::join(sampleShape, ", "));
}

Result<void> checkBatchShape(const Tensor& batch, const std::vector<std::int64_t>& sampleShape,
                             std::string_view modelName) {
    if (!batch.isConsistent())
        return Error::badInput(fmt::format("model '{}': the input tensor of shape {} holds {} values",
                                           modelName, shapeToString(batch.shape), batch.values.size()));
    if (batch.shape.empty() || batch.sampleShape() != sampleShape)
        return Error::badInput(fmt::format(
            "model '{}' expects input shape {} but got {}", modelName, batchShapeToString(sampleShape),
            batch.shape.empty() ? "a scalar" : batchShapeToString(batch.sampleShape())));
    return success();
}

} // namespace lupa::ml
