// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: the CaloChallenge binning XML reader (and its small XML scanner).
#include <lupa/core/calo/Binning.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)lupa::calo::Binning::fromXmlText(text, "fuzz input");
    return 0;
}
