// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Parallel.hpp>
#include <lupa/core/anomaly/Scoring.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace lupa::anomaly {
namespace {

constexpr std::int64_t kBlockRows = 65536; // events scored per step (progress and cancel granularity)

// The reconstruction error of one event: squared errors of its unmasked features, their mean.
double eventScore(std::span<const float> input, std::span<const float> output,
                  std::span<const std::uint8_t> mask, std::span<float> contributions) {
    double sum = 0;
    int counted = 0;
    for (std::size_t f = 0; f < input.size(); ++f) {
        if (mask[f] == 0)
            continue;
        const double difference = static_cast<double>(output[f]) - input[f];
        sum += difference * difference;
        ++counted;
    }
    const double norm = counted > 0 ? 1.0 / counted : 0.0;
    if (!contributions.empty())
        for (std::size_t f = 0; f < input.size(); ++f) {
            const double difference = static_cast<double>(output[f]) - input[f];
            contributions[f] = mask[f] != 0 ? static_cast<float>(difference * difference * norm) : 0.0F;
        }
    return sum * norm;
}

// Per-feature shares sum to the reconstruction error; other scores are split in the same proportions.
void rescaleShares(std::span<float> shares, double reconstruction, double score) {
    if (shares.empty() || reconstruction == score)
        return;
    const double factor = reconstruction > 0 ? score / reconstruction : 0.0;
    for (auto& share : shares)
        share = static_cast<float>(share * factor);
}

// KL(N(mean, sigma) || N(0, 1)) summed over the latent dimensions of one encoder output (mean, log-variance).
double klDivergence(std::span<const float> encoded, std::int64_t latent) {
    double kl = 0;
    for (std::int64_t d = 0; d < latent; ++d) {
        const double mean = encoded[static_cast<std::size_t>(d)];
        const double logVariance =
            std::clamp(static_cast<double>(encoded[static_cast<std::size_t>(latent + d)]), -30.0, 30.0);
        kl += 0.5 * (mean * mean + std::exp(logVariance) - 1.0 - logVariance);
    }
    return kl;
}

double betaOf(const ml::DenseModel& model) {
    const auto beta = model.spec().params.find("beta");
    return beta != model.spec().params.end() && beta->is_number() ? beta->get<double>() : 1.0;
}

ScoreKind scoreKindOf(const AnomalyModelInfo& info, const ScoreOptions& options) {
    if (options.kind)
        return *options.kind;
    return parseScoreKind(info.defaultScore).valueOr(ScoreKind::Reconstruction);
}

// Scores rows [first, first + count) of `raw` (model column order).
Result<void> scoreBlock(const ml::DenseModel& model, const AnomalyModelInfo& info, const ml::Tensor& raw,
                        std::int64_t first, std::int64_t count, const ScoreOptions& options,
                        EventScores& result) {
    const auto width = static_cast<std::size_t>(raw.rowSize());
    std::vector<std::int64_t> rows(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i)
        rows[static_cast<std::size_t>(i)] = first + i;
    auto prepared = prepareEvents(raw.selectRows(rows), info, model.metadata().normalisation);
    if (!prepared)
        return std::move(prepared).error();
    const auto& inputs = prepared->inputs;
    const auto kind = scoreKindOf(info, options);
    std::vector<ml::Tensor> layers; // every layer's output: only a VAE's KL score needs the encoder's
    auto* kept = model.variationalLatent() > 0 ? &layers : nullptr;
    auto output = options.fixedPoint ? model.forwardFixed(inputs, *options.fixedPoint, kept)
                                     : model.forward(inputs, kept);
    if (!output)
        return std::move(output).error();
    const auto latent = model.variationalLatent();
    if (kind != ScoreKind::Reconstruction && latent == 0)
        return Error::usage(fmt::format("the '{}' score needs a variational autoencoder", toString(kind)));
    const ml::Tensor* encoded = latent > 0 ? &layers[model.encoderLayerCount() - 1] : nullptr;
    const double klWeight = latent > 0 ? betaOf(model) / static_cast<double>(width) : 0.0;
    parallelFor(
        static_cast<std::size_t>(count),
        [&](std::size_t begin, std::size_t end) {
            for (auto i = static_cast<std::int64_t>(begin); i < static_cast<std::int64_t>(end); ++i) {
                const std::span<const std::uint8_t> mask(
                    prepared->mask.data() + static_cast<std::size_t>(i) * width, width);
                std::span<float> shares;
                if (options.perFeature)
                    shares = result.contributions.row(first + i);
                const double kl = encoded != nullptr ? klDivergence(encoded->row(i), latent) : 0.0;
                const double reconstruction = kind == ScoreKind::Kl && shares.empty()
                                                  ? 0.0
                                                  : eventScore(inputs.row(i), output->row(i), mask, shares);
                const double score =
                    kind == ScoreKind::Kl
                        ? kl
                        : reconstruction + (kind == ScoreKind::Combined ? klWeight * kl : 0.0);
                result.scores[static_cast<std::size_t>(first + i)] = score;
                rescaleShares(shares, reconstruction, score);
            }
        },
        1024);
    return success();
}

std::vector<std::int64_t> keysOf(const AnomalyModelInfo& info) {
    return info.maskPaddedObjects ? paddingKeys(info.columns)
                                  : std::vector<std::int64_t>(info.columns.size(), -1);
}

// log(1 + pT) for "_pt" columns when the model asks for it; other values unchanged.
void transform(const AnomalyModelInfo& info, std::span<float> row) {
    if (!info.logPt)
        return;
    for (std::size_t c = 0; c < info.columns.size(); ++c)
        if (info.columns[c].ends_with("_pt"))
            row[c] = std::log1p(std::max(row[c], 0.0F));
}

} // namespace

nlohmann::json AnomalyModelInfo::toJson() const {
    return {{"columns", columns},
            {"mask_padded_objects", maskPaddedObjects},
            {"log_pt", logPt},
            {"score", defaultScore}};
}

Result<AnomalyModelInfo> AnomalyModelInfo::fromMetadata(const ml::ModelMetadata& metadata) {
    const auto entry = metadata.extra.find("anomaly");
    if (entry == metadata.extra.end() || !entry->is_object())
        return Error::badInput(
            fmt::format("the model '{}' is not an anomaly model (no 'anomaly' metadata)", metadata.kind));
    AnomalyModelInfo info;
    const auto columns = entry->find("columns");
    if (columns == entry->end() || !columns->is_array())
        return Error::badInput("the anomaly metadata lacks its 'columns' list");
    for (const auto& column : *columns) {
        if (!column.is_string())
            return Error::badInput("the anomaly metadata's 'columns' holds a value that is not a name");
        info.columns.push_back(column.get<std::string>());
    }
    const auto mask = entry->find("mask_padded_objects");
    info.maskPaddedObjects = mask != entry->end() && mask->is_boolean() && mask->get<bool>();
    const auto logPt = entry->find("log_pt");
    info.logPt = logPt != entry->end() && logPt->is_boolean() && logPt->get<bool>();
    const auto score = entry->find("score");
    if (score != entry->end() && score->is_string() && parseScoreKind(score->get<std::string>()).ok())
        info.defaultScore = score->get<std::string>();
    return info;
}

const char* toString(ScoreKind kind) {
    switch (kind) {
    case ScoreKind::Kl:
        return "kl";
    case ScoreKind::Combined:
        return "combined";
    case ScoreKind::Reconstruction:
        break;
    }
    return "reconstruction";
}

Result<ScoreKind> parseScoreKind(std::string_view name) {
    for (const auto kind : {ScoreKind::Reconstruction, ScoreKind::Kl, ScoreKind::Combined})
        if (name == toString(kind))
            return kind;
    return Error::usage(fmt::format("unknown score '{}' (reconstruction, kl or combined)", name));
}

std::vector<std::int64_t> paddingKeys(const std::vector<std::string>& columns) {
    std::map<std::string, std::int64_t> ptColumn;
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].ends_with("_pt"))
            ptColumn[columns[c].substr(0, columns[c].size() - 3)] = static_cast<std::int64_t>(c);
    std::vector<std::int64_t> keys(columns.size(), -1);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const auto underscore = columns[c].rfind('_');
        if (underscore == std::string::npos)
            continue;
        const auto found = ptColumn.find(columns[c].substr(0, underscore));
        if (found != ptColumn.end())
            keys[c] = found->second;
    }
    return keys;
}

void maskOf(std::span<const float> rawRow, const std::vector<std::int64_t>& keys,
            std::span<std::uint8_t> mask) {
    for (std::size_t c = 0; c < keys.size(); ++c)
        mask[c] = keys[c] < 0 || rawRow[static_cast<std::size_t>(keys[c])] != 0.0F ? 1 : 0;
}

Result<ml::Tensor> selectColumns(const FeatureTable& table, const std::vector<std::string>& columns) {
    std::vector<std::size_t> source;
    for (const auto& name : columns) {
        const auto found = std::find(table.columns.begin(), table.columns.end(), name);
        if (found == table.columns.end())
            return Error::badInput(
                fmt::format("the model needs the column '{}' ({} features) but the table has "
                            "{} columns without it",
                            name, columns.size(), table.columns.size()),
                table.path.string());
        source.push_back(static_cast<std::size_t>(found - table.columns.begin()));
    }
    const auto rows = table.rowCount();
    auto selected = ml::Tensor::zeros({rows, static_cast<std::int64_t>(columns.size())});
    for (std::int64_t r = 0; r < rows; ++r) {
        const auto from = table.features.row(r);
        auto to = selected.row(r);
        for (std::size_t c = 0; c < source.size(); ++c)
            to[c] = from[source[c]];
    }
    return selected;
}

Result<PreparedEvents> prepareEvents(const ml::Tensor& raw, const AnomalyModelInfo& info,
                                     const ml::Normalisation& normalisation) {
    const auto keys = keysOf(info);
    const auto width = static_cast<std::size_t>(raw.rowSize());
    if (width != info.columns.size())
        return Error::badInput(
            fmt::format("{} features given, the model takes {}", width, info.columns.size()));
    PreparedEvents prepared;
    prepared.mask.resize(static_cast<std::size_t>(raw.rowCount()) * width);
    ml::Tensor transformed = raw;
    for (std::int64_t r = 0; r < raw.rowCount(); ++r) {
        maskOf(raw.row(r), keys, {prepared.mask.data() + static_cast<std::size_t>(r) * width, width});
        transform(info, transformed.row(r));
    }
    auto standardised = normalisation.apply(transformed);
    if (!standardised)
        return std::move(standardised).error();
    prepared.inputs = std::move(*standardised);
    for (std::size_t i = 0; i < prepared.mask.size(); ++i)
        if (prepared.mask[i] == 0)
            prepared.inputs.values[i] = 0.0F;
    return prepared;
}

ml::Normalisation fitMaskedNormalisation(const ml::Tensor& raw, const AnomalyModelInfo& info) {
    const auto keys = keysOf(info);
    const auto width = static_cast<std::size_t>(raw.rowSize());
    std::vector<double> sum(width, 0.0), squares(width, 0.0), count(width, 0.0);
    std::vector<std::uint8_t> mask(width);
    std::vector<float> row(width);
    for (std::int64_t r = 0; r < raw.rowCount(); ++r) {
        maskOf(raw.row(r), keys, mask);
        const auto source = raw.row(r);
        std::copy(source.begin(), source.end(), row.begin());
        transform(info, row);
        for (std::size_t c = 0; c < width; ++c)
            if (mask[c] != 0) {
                sum[c] += row[c];
                squares[c] += static_cast<double>(row[c]) * row[c];
                count[c] += 1;
            }
    }
    ml::Normalisation normalisation;
    for (std::size_t c = 0; c < width; ++c) {
        const double mean = count[c] > 0 ? sum[c] / count[c] : 0.0;
        const double variance = count[c] > 1 ? std::max(0.0, squares[c] / count[c] - mean * mean) : 0.0;
        normalisation.mean.push_back(mean);
        normalisation.stdDev.push_back(std::sqrt(variance) > 1e-12 ? std::sqrt(variance) : 1.0);
    }
    return normalisation;
}

Result<EventScores> scoreEvents(const ml::DenseModel& model, const FeatureTable& table,
                                const ScoreOptions& options, ProgressSink& progress) {
    auto info = AnomalyModelInfo::fromMetadata(model.metadata());
    if (!info)
        return Error::badInput(info.error().message, model.source());
    if (static_cast<std::int64_t>(info->columns.size()) != model.inputSize())
        return Error::badInput(fmt::format("the model lists {} columns but has {} inputs",
                                           info->columns.size(), model.inputSize()),
                               model.source());
    ml::Tensor reordered; // only when the table's columns differ from the model's
    const ml::Tensor* raw = &table.features;
    if (table.columns != info->columns) {
        auto selected = selectColumns(table, info->columns);
        if (!selected)
            return std::move(selected).error();
        reordered = std::move(*selected);
        raw = &reordered;
    }
    const auto rows = raw->rowCount();
    EventScores result;
    result.scores.resize(static_cast<std::size_t>(rows));
    if (options.perFeature)
        result.contributions = ml::Tensor::zeros({rows, raw->rowSize()});
    for (std::int64_t first = 0; first < rows; first += kBlockRows) {
        if (progress.isCancelled())
            return Error::cancelled();
        const auto count = std::min(kBlockRows, rows - first);
        LUPA_TRY(scoreBlock(model, *info, *raw, first, count, options, result));
        progress.report(static_cast<double>(first + count) / static_cast<double>(rows), "scoring events");
    }
    return result;
}

} // namespace lupa::anomaly
