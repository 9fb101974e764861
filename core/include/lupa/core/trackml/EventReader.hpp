// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/trackml/Event.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace lupa::trackml {

/// Which files of an event to read.
struct EventParts {
    bool hits = true;
    bool particles = true;
    bool truth = true;
    bool cells = false; ///< the largest file, and only needed for cluster shapes
};

/// The file of one part of an event: `<prefix>-<part>.csv`, or `.csv.gz` when only that exists.
/// An Io error naming both candidates when neither exists.
[[nodiscard]] Result<std::filesystem::path> eventFile(const std::string& prefix, const std::string& part);

/// Reads the hits of a TrackML hits file (plain or gzip; columns found by name, extra columns ignored).
/// BadInput errors name the file and line: a missing column, a field that is not a number, a
/// non-finite coordinate, a hit id that is zero or repeated.
[[nodiscard]] Result<std::vector<Hit>> readHits(const std::filesystem::path& path);
/// Reads a particles file; `particle_type` is optional (not every release has it).
[[nodiscard]] Result<std::vector<Particle>> readParticles(const std::filesystem::path& path);
/// Reads a truth file.
[[nodiscard]] Result<std::vector<TruthHit>> readTruth(const std::filesystem::path& path);
/// Reads a cells file.
[[nodiscard]] Result<std::vector<Cell>> readCells(const std::filesystem::path& path);

/// Reads the chosen parts of the event `prefix` (e.g. "train_1/event000001000") and checks that they
/// agree: every truth and cell row names a hit of the hits file, and every hit has exactly one truth
/// row when both were read. Errors name the file and line of the first disagreement.
[[nodiscard]] Result<Event> readEvent(const std::string& prefix, const EventParts& parts = {});

} // namespace lupa::trackml
