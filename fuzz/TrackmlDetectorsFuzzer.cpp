// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: the TrackML detector description reader (detectors.csv, plain or gzip).
#include "FuzzInput.hpp"

#include <lupa/core/trackml/Detectors.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto path = lupa::fuzz::asFile(data, size, "detectors.csv");
    (void)lupa::trackml::Detectors::read(path);
    return 0;
}
