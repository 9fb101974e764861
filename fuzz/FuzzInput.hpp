// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace lupa::fuzz {

/// lupa's readers take files: writes the fuzzer's bytes to a file of this process (reused for every
/// input) named `name` (its suffix can matter, e.g. ".csv.gz") and returns its path.
inline std::filesystem::path asFile(const std::uint8_t* data, std::size_t size, const std::string& name) {
    static const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / ("lupa-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    const auto path = folder / name;
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    return path;
}

} // namespace lupa::fuzz
