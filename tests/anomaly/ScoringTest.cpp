// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Anomaly scores: masking of padded objects, the log-pT transform, per-feature shares, column checks.
#include "TinyModels.hpp"

#include <lupa/core/anomaly/Scoring.hpp>

#include <gtest/gtest.h>

#include <numeric>

namespace lupa::test {
namespace {

anomaly::FeatureTable tableOf(std::vector<std::string> columns, std::vector<float> values) {
    anomaly::FeatureTable table;
    table.path = "events.csv";
    const auto width = static_cast<std::int64_t>(columns.size());
    table.columns = std::move(columns);
    const auto rows = static_cast<std::int64_t>(values.size()) / width;
    table.features = ml::Tensor::make({rows, width}, std::move(values)).value();
    return table;
}

TEST(anomalyScoring, PaddingKeysPointAtEachObjectsPt) {
    const std::vector<std::string> columns{"MET_pt", "MET_phi", "e1_pt", "e1_eta", "x"};
    EXPECT_EQ(anomaly::paddingKeys(columns), (std::vector<std::int64_t>{0, 0, 2, 2, -1}));
    std::vector<std::uint8_t> mask(5);
    const std::vector<float> row{10, 1, 0, 0.5F, 3};
    anomaly::maskOf(row, anomaly::paddingKeys(columns), mask);
    EXPECT_EQ(mask, (std::vector<std::uint8_t>{1, 1, 0, 0, 1}));
}

TEST(anomalyScoring, ScoresAreMeanSquaredErrorsOverUnmaskedFeatures) {
    // The model reconstructs (a, b) as (a, a).
    const auto model = copyFirstFeatureAutoencoder({"j1_pt", "j1_eta"}, true, false);
    const auto table = tableOf({"j1_pt", "j1_eta"}, {3, 1, 0, 0.5F, 2, 2});
    anomaly::ScoreOptions options;
    options.perFeature = true;
    const auto scores = anomaly::scoreEvents(model, table, options).value();
    ASSERT_EQ(scores.scores.size(), 3U);
    EXPECT_DOUBLE_EQ(scores.scores[0], 2.0); // errors (0, 2^2) over 2 features
    EXPECT_DOUBLE_EQ(scores.scores[1], 0.0); // a padded jet counts for nothing
    EXPECT_DOUBLE_EQ(scores.scores[2], 0.0);
    const auto shares = scores.contributions.row(0);
    EXPECT_FLOAT_EQ(shares[0], 0.0F);
    EXPECT_FLOAT_EQ(shares[1], 2.0F);
}

TEST(anomalyScoring, LogPtAndUnmaskedModels) {
    const auto logModel = copyFirstFeatureAutoencoder({"j1_pt", "j1_eta"}, true, true);
    const float e = static_cast<float>(std::exp(1.0) - 1.0); // log(1 + e - 1) = 1
    EXPECT_NEAR(anomaly::scoreEvents(logModel, tableOf({"j1_pt", "j1_eta"}, {e, 1})).value().scores[0], 0.0,
                1e-6);
    const auto plain = copyFirstFeatureAutoencoder({"a", "b"}, false, false);
    EXPECT_DOUBLE_EQ(anomaly::scoreEvents(plain, tableOf({"a", "b"}, {0, 2})).value().scores[0], 2.0);
}

TEST(anomalyScoring, SelectsTheModelsColumnsByNameOrSaysWhichIsMissing) {
    const auto model = copyFirstFeatureAutoencoder({"a", "b"}, false, false);
    const auto reordered = tableOf({"b", "c", "a"}, {2, 9, 0});
    EXPECT_DOUBLE_EQ(anomaly::scoreEvents(model, reordered).value().scores[0], 2.0);
    const auto missing = anomaly::scoreEvents(model, tableOf({"a", "x"}, {1, 2}));
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("'b'"), std::string::npos);
    EXPECT_EQ(missing.error().file, "events.csv");
}

TEST(anomalyScoring, NormalisationIgnoresPadding) {
    anomaly::AnomalyModelInfo info;
    info.columns = {"e1_pt", "e1_eta"};
    info.logPt = false;
    const auto table = tableOf(info.columns, {0, 0, 2, 1, 4, 3});
    const auto normalisation = anomaly::fitMaskedNormalisation(table.features, info);
    EXPECT_DOUBLE_EQ(normalisation.mean[0], 3.0);
    EXPECT_DOUBLE_EQ(normalisation.stdDev[0], 1.0);
    EXPECT_DOUBLE_EQ(normalisation.mean[1], 2.0);
    const auto prepared = anomaly::prepareEvents(table.features, info, normalisation).value();
    EXPECT_EQ(prepared.inputs.values, (std::vector<float>{0, 0, -1, -1, 1, 1}));
    EXPECT_EQ(prepared.mask, (std::vector<std::uint8_t>{0, 0, 1, 1, 1, 1}));
}

TEST(anomalyScoring, RefusesModelsWithoutAnomalyMetadata) {
    const auto mlp = tinyMlp({{{1, 1, 1, -1, -1, 0}, {0, 0, 0.5F}}, {{1, 2, -1}, {0.25F}}});
    const auto result = anomaly::scoreEvents(mlp, tableOf({"a", "b"}, {1, 2}));
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("not an anomaly model"), std::string::npos);
}

} // namespace
} // namespace lupa::test
