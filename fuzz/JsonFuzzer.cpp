// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: lupa's JSON parsing (model files, Phoenix events and settings go through it).
#include <lupa/core/Json.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)lupa::parseJson(text, "fuzz input");
    return 0;
}
