// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: the Phoenix event JSON reader (after JSON parsing, which the json target covers).
#include <lupa/core/phoenix/EventIo.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto json = lupa::parseJson(text, "fuzz input");
    if (json)
        (void)lupa::phoenix::readEvents(*json, "fuzz input");
    return 0;
}
