// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: the TrackML hits, particles and truth readers (plain or gzip CSV). Any input must give
// a value or an Error, never a crash, a hang or a sanitizer report.
#include "FuzzInput.hpp"

#include <lupa/core/trackml/EventReader.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto path = lupa::fuzz::asFile(data, size, "event-hits.csv");
    (void)lupa::trackml::readHits(path);
    (void)lupa::trackml::readParticles(path);
    (void)lupa::trackml::readTruth(path);
    (void)lupa::trackml::readCells(path);
    return 0;
}
