// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// Limits shared by the convolutional network kinds; larger values in a spec are taken as corrupt.

#include <lupa/core/Result.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace lupa::ml::detail {

/// The most stride-2 levels or convolution blocks of a convolutional network.
inline constexpr std::size_t kMaxConvLevels = 6;
/// The widest convolution layer (channels).
inline constexpr std::int64_t kMaxConvChannels = 1024;
/// The largest training patch or crop side (px).
inline constexpr std::int64_t kMaxConvInputSide = 4096;

/// A BadInput error unless `channels` holds 1 to kMaxConvLevels widths in [1, kMaxConvChannels].
inline Result<void> checkConvChannels(const std::vector<std::int64_t>& channels, std::string_view context) {
    if (channels.empty() || channels.size() > kMaxConvLevels)
        return Error::badInput(fmt::format("{}: 'channels' must hold 1 to {} widths, not {}", context,
                                           kMaxConvLevels, channels.size()));
    for (const auto width : channels)
        if (width < 1 || width > kMaxConvChannels)
            return Error::badInput(fmt::format("{}: 'channels' holds {}, but widths must be between 1 and {}",
                                               context, width, kMaxConvChannels));
    return success();
}

} // namespace lupa::ml::detail
