// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/trackml/Event.hpp>

#include <cstdint>
#include <filesystem>
#include <string>

namespace lupa::tracking {

/// TrackML's name of event `number`: "event" and the number in 9 digits ("event000000042").
[[nodiscard]] std::string eventName(std::uint64_t number);

/// How to write an event.
struct EventWriteOptions {
    bool gzip = false; ///< write `.csv.gz` instead of `.csv`
    bool cells = true; ///< write the cells file
};

/// Writes `event` as TrackML CSV files `<prefix>-hits.csv`, `-particles.csv`, `-truth.csv` and `-cells.csv`
/// (the original columns and order; particles also carry `particle_type`), each atomically. Positions are
/// written to 0.1 um (vertex x, y to 1 nm), momenta to 1 keV, weights exactly (shortest round-trip form);
/// the same event gives the same bytes.
/// An Io error names the file that could not be written.
Result<void> writeEvent(const trackml::Event& event, const std::string& prefix,
                        const EventWriteOptions& options = {});

} // namespace lupa::tracking
