// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lupa::ml {

/// A plain dense tensor of 32-bit floats in row-major (C) order, the data type of lupa's ML API.
/// Dimension 0 counts samples wherever a function takes a batch: shape {N, 57} is N feature
/// vectors, shape {N, 1, 64, 64} is N one-channel 64x64 images. Values carry the caller's units.
struct Tensor {
    std::vector<std::int64_t> shape; ///< size of each dimension
    std::vector<float> values;       ///< elements in row-major order, elementCount() of them

    /// The number of elements the shape describes (1 for an empty shape, a scalar).
    [[nodiscard]] std::int64_t elementCount() const;
    /// True when no dimension is negative and values holds exactly elementCount() elements.
    [[nodiscard]] bool isConsistent() const;
    /// The number of samples: shape[0], or 0 for a scalar.
    [[nodiscard]] std::int64_t rowCount() const;
    /// The number of elements of one sample: the product of shape[1..].
    [[nodiscard]] std::int64_t rowSize() const;
    /// The shape of one sample: shape without dimension 0.
    [[nodiscard]] std::vector<std::int64_t> sampleShape() const;
    /// The elements of sample `row` (0 <= row < rowCount()); for 2D tensors the matrix row.
    [[nodiscard]] std::span<const float> row(std::int64_t row) const;
    /// Writable elements of sample `row` (0 <= row < rowCount()).
    [[nodiscard]] std::span<float> row(std::int64_t row);
    /// A new tensor holding the samples at `rows`, in that order (indices must be valid).
    [[nodiscard]] Tensor selectRows(std::span<const std::int64_t> rows) const;

    /// A zero-filled tensor of the given shape.
    [[nodiscard]] static Tensor zeros(std::vector<std::int64_t> shape);
    /// A tensor from a shape and values, or a BadInput error when their sizes disagree.
    [[nodiscard]] static Result<Tensor> make(std::vector<std::int64_t> shape, std::vector<float> values);
};

/// "[100, 57]": a shape as text for messages.
[[nodiscard]] std::string shapeToString(const std::vector<std::int64_t>& shape);

/// "[N, 1, 64, 64]": the shape of a batch of samples of `sampleShape`, as text for messages.
[[nodiscard]] std::string batchShapeToString(const std::vector<std::int64_t>& sampleShape);

/// The product of the dimensions (1 for an empty shape); -1 when a dimension is negative or the
/// product would overflow 2^62.
[[nodiscard]] std::int64_t elementCountOf(const std::vector<std::int64_t>& shape);

/// "model 'name' expects input shape [N, 57] but got [N, 56]" as a BadInput error when `batch` is
/// not a consistent batch of samples of `sampleShape`; success otherwise.
[[nodiscard]] Result<void> checkBatchShape(const Tensor& batch, const std::vector<std::int64_t>& sampleShape,
                                           std::string_view modelName);

} // namespace lupa::ml
