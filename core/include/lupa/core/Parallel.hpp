// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <cstddef>
#include <functional>

namespace lupa {

/// Sets how many threads lupa's parallel work may use: TBB at once, libtorch (core_ml) at its next use.
/// @param threads number of threads; 0 means one per hardware core
void setThreadCount(int threads);

/// The number of threads parallel work uses now (at least 1).
[[nodiscard]] int threadCount();

/// The number of hardware threads of this machine (at least 1).
[[nodiscard]] int hardwareThreadCount();

/// Runs body(begin, end) over disjoint sub-ranges covering [0, count), in parallel with the configured
/// thread count. Sub-ranges hold at least `grain` items. Returns when every sub-range is done.
void parallelFor(std::size_t count, const std::function<void(std::size_t begin, std::size_t end)>& body,
                 std::size_t grain = 1);

} // namespace lupa
