// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// Options shared by the `lupa-cli anomaly` subcommands (AnomalyCommands.cpp, AnomalyEvalCommands.cpp).

#include "CliCommand.hpp"

#include <lupa/core/anomaly/FeatureTable.hpp>
#include <lupa/core/anomaly/Scoring.hpp>
#include <lupa/core/ml/FixedPoint.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lupa::cli {

/// How input tables are read: --columns, --label-column, --dataset, --non-finite, --max-events.
struct TableFlags {
    std::vector<std::string> columns;
    std::string labelColumn;
    std::string dataset;
    std::string nonFinite = "reject";
    std::uint64_t maxEvents = 0;

    [[nodiscard]] anomaly::TableOptions toOptions() const;
    /// Adds the flags to `command`; `withLabel` adds --label-column too.
    void bind(CLI::App& command, bool withLabel);
};

/// --fixed-point W,I[,rnd][,sat], --fixed-point-weights (default: the same format) and --score.
struct FixedPointFlags {
    std::string data;
    std::string weights;
    std::string score;

    /// The configuration, std::nullopt without --fixed-point, or a Usage error for a bad format.
    [[nodiscard]] Result<std::optional<ml::FixedPointConfig>> toConfig() const;
    /// The score kind of --score, std::nullopt (the model's default) without it.
    [[nodiscard]] Result<std::optional<anomaly::ScoreKind>> scoreKind() const;
    void bind(CLI::App& command);
};

/// Reads a table with `flags`, reporting how many non-finite values were masked or rows dropped.
[[nodiscard]] Result<anomaly::FeatureTable> readTable(const std::string& path, const TableFlags& flags,
                                                      ProgressSink& progress);

/// "1,000 events (12 non-finite values masked)" for summaries.
[[nodiscard]] std::string describeTable(const anomaly::FeatureTable& table);

/// {"file", "events", "non_finite_masked", "dropped_rows"} for JSON outputs.
[[nodiscard]] Json tableJson(const anomaly::FeatureTable& table);

} // namespace lupa::cli

namespace lupa::cli {

/// `anomaly score` and `anomaly eval` (AnomalyEvalCommands.cpp).
void addAnomalyScoreCommand(CLI::App& group, CommandRegistry& registry);
void addAnomalyEvalCommand(CLI::App& group, CommandRegistry& registry);

} // namespace lupa::cli
