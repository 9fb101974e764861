// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace lupa::ml::detail {

/// The widest layer lupa builds; larger sizes in a spec are taken as corrupt.
inline constexpr std::int64_t kMaxLayerSize = std::int64_t{1} << 20;

/// A BadInput error unless every size is in [1, kMaxLayerSize].
inline Result<void> checkLayerSizes(const std::vector<std::int64_t>& sizes, std::string_view key,
                                    std::string_view context) {
    for (const auto size : sizes)
        if (size < 1 || size > kMaxLayerSize)
            return Error::badInput(fmt::format("{}: '{}' holds {}, but sizes must be between 1 and {}",
                                               context, key, size, kMaxLayerSize));
    return success();
}

/// The most parameters a network may have (512 MB of weights); larger specs are taken as corrupt.
inline constexpr std::int64_t kMaxParameters = std::int64_t{1} << 27;

/// The weights and biases of Linear layers through `sizes` (each within kMaxLayerSize).
inline std::int64_t denseParameterCount(const std::vector<std::int64_t>& sizes) {
    std::int64_t count = 0;
    for (std::size_t i = 1; i < sizes.size(); ++i)
        count += sizes[i - 1] * sizes[i] + sizes[i];
    return count;
}

/// A BadInput error when a network would have more than kMaxParameters parameters.
inline Result<void> checkParameterCount(std::int64_t count, std::string_view context) {
    if (count > kMaxParameters)
        return Error::badInput(fmt::format("{}: {} parameters are more than the {} lupa builds", context,
                                           count, kMaxParameters));
    return success();
}

} // namespace lupa::ml::detail
