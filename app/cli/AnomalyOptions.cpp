// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AnomalyOptions.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace lupa::cli {

anomaly::TableOptions TableFlags::toOptions() const {
    anomaly::TableOptions options;
    options.columns = columns;
    options.labelColumn = labelColumn;
    options.dataset = dataset;
    options.maxRows = maxEvents;
    options.nonFinite = nonFinite == "mask"   ? anomaly::NonFinitePolicy::Mask
                        : nonFinite == "drop" ? anomaly::NonFinitePolicy::Drop
                                              : anomaly::NonFinitePolicy::Reject;
    return options;
}

void TableFlags::bind(CLI::App& command, bool withLabel) {
    command.add_option("--columns", columns, "Feature columns to use (default: all but label/weight)")
        ->delimiter(',');
    if (withLabel)
        command.add_option("--label-column", labelColumn,
                           "Column of integer labels: 0 = background, 1, 2, ... = signals");
    command.add_option("--dataset", dataset, "HDF5 dataset of a generic (events, features) table");
    command
        .add_option("--non-finite", nonFinite,
                    "NaN/inf values: reject (fail), mask (set to 0) or drop (event)")
        ->check(CLI::IsMember({"reject", "mask", "drop"}))
        ->capture_default_str();
    command.add_option("--max-events", maxEvents, "Read at most this many events per file (0 = all)");
}

Result<std::optional<ml::FixedPointConfig>> FixedPointFlags::toConfig() const {
    if (data.empty())
        return std::optional<ml::FixedPointConfig>{};
    auto dataFormat = ml::FixedPointFormat::parse(data);
    if (!dataFormat)
        return std::move(dataFormat).error();
    auto weightFormat = ml::FixedPointFormat::parse(weights.empty() ? data : weights);
    if (!weightFormat)
        return std::move(weightFormat).error();
    return std::optional<ml::FixedPointConfig>{ml::FixedPointConfig{*weightFormat, *dataFormat}};
}

Result<std::optional<anomaly::ScoreKind>> FixedPointFlags::scoreKind() const {
    if (score.empty())
        return std::optional<anomaly::ScoreKind>{};
    auto kind = anomaly::parseScoreKind(score);
    if (!kind)
        return std::move(kind).error();
    return std::optional<anomaly::ScoreKind>{*kind};
}

void FixedPointFlags::bind(CLI::App& command) {
    command
        .add_option("--score", score,
                    "reconstruction, kl (VAE latent) or combined (default: the model's: kl for a VAE)")
        ->check(CLI::IsMember({"reconstruction", "kl", "combined"}));
    command.add_option(
        "--fixed-point", data,
        "Also emulate fixed-point inference: W,I as ap_fixed<W,I> (e.g. 16,6), optionally ,rnd ,sat");
    command.add_option("--fixed-point-weights", weights,
                       "Format of weights and biases (default: --fixed-point)");
}

Result<anomaly::FeatureTable> readTable(const std::string& path, const TableFlags& flags,
                                        ProgressSink& progress) {
    return anomaly::readFeatureTable(path, flags.toOptions(), progress);
}

std::string describeTable(const anomaly::FeatureTable& table) {
    std::string text = fmt::format("{} events", table.rowCount());
    if (table.nonFiniteValues > 0)
        text += fmt::format(" ({} non-finite values masked)", table.nonFiniteValues);
    if (table.droppedRows > 0)
        text += fmt::format(" ({} events with non-finite values dropped)", table.droppedRows);
    return text;
}

Json tableJson(const anomaly::FeatureTable& table) {
    return {{"file", table.path.string()},
            {"events", table.rowCount()},
            {"non_finite_masked", table.nonFiniteValues},
            {"dropped_rows", table.droppedRows}};
}

} // namespace lupa::cli
