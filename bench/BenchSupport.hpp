// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string_view>

namespace lupa::bench {

/// True when the benchmark runs as a CTest sanity case (LUPA_BENCH_SANITY=1): use tiny sizes.
inline bool sanityMode() {
    const char* value = std::getenv("LUPA_BENCH_SANITY");
    return value && std::string_view(value) == "1";
}

/// A size for this run: `full` for a real measurement, `tiny` in sanity mode.
template <typename T>
T sized(T full, T tiny) {
    return sanityMode() ? tiny : full;
}

/// The shared real-data folder beside the checkout (../shared/data), empty when it is absent.
inline std::filesystem::path sharedData() {
    const std::filesystem::path path = LUPA_SHARED_DATA_DIR;
    std::error_code ec;
    return std::filesystem::is_directory(path, ec) ? path : std::filesystem::path{};
}

} // namespace lupa::bench
