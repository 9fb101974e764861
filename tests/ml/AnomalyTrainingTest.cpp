// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Autoencoders trained on simulated background find simulated signals, more so when they are stronger.
#include <lupa/core/anomaly/Evaluation.hpp>
#include <lupa/core/anomaly/EventSimulator.hpp>
#include <lupa/core/anomaly/Scoring.hpp>
#include <lupa/core/anomaly/TorchScriptExport.hpp>
#include <lupa/core/anomaly/Training.hpp>
#include <lupa/core/ml/DenseModel.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <torch/script.h>

#include <filesystem>
#include <unistd.h>

namespace lupa::anomaly {
namespace {

// Simulated events as a feature table, without files.
FeatureTable simulated(Process process, std::uint64_t seed, std::size_t events, double massScale = 1.0) {
    EventSimulatorOptions options;
    options.process = process;
    options.seed = seed;
    options.massScale = massScale;
    const auto particles = EventSimulator(options).simulate(0, events);
    FeatureTable table;
    table.columns = adcFeatureNames();
    table.features = ml::Tensor::zeros({static_cast<std::int64_t>(events), kAdcFeatures});
    for (std::size_t e = 0; e < events; ++e)
        for (int o = 0; o < kAdcObjects; ++o)
            for (int v = 0; v < 3; ++v)
                table.features.values[e * kAdcFeatures + o * 3 + v] =
                    particles[(e * kAdcObjects + o) * 4 + v];
    table.adcLayout = true;
    return table;
}

struct Trained {
    ml::DenseModel model;
    TrainedAnomalyModel result;
};

Trained trainOn(const FeatureTable& background) {
    AutoencoderOptions options;
    options.train.epochs = 8;
    options.train.seed = 3;
    auto trained = trainAutoencoder(background, options).value();
    auto model = ml::DenseModel::fromContent(ml::parseModelFile(trained.modelFile, "m").value(), "m").value();
    return {std::move(model), std::move(trained)};
}

double aucOf(const ml::DenseModel& model, const BackgroundScores& background, const FeatureTable& signal) {
    const auto scores = scoreEvents(model, signal).value();
    EvaluationOptions options;
    options.bootstrapRounds = 0;
    return evaluateSignal(background, scores.scores, "signal", options).value().auc;
}

TEST(mlAnomalyTraining, FindsEverySignalAndStrongerSignalsBetter) {
    const auto background = simulated(Process::Background, 1, 20000);
    const auto trained = trainOn(background);
    EXPECT_EQ(trained.model.metadata().kind, kAnomalyModelKind);
    EXPECT_TRUE(trained.model.metadata().thresholds.contains("fpr_1e-2"));
    EXPECT_FALSE(trained.model.metadata().thresholds.contains("fpr_1e-5")); // 20k events cannot reach it
    const auto test = simulated(Process::Background, 2, 20000);
    const BackgroundScores scores(scoreEvents(trained.model, test).value().scores);
    for (const auto process :
         {Process::Ato4l, Process::Leptoquark, Process::HToTauTau, Process::HChToTauNu}) {
        const double nominal = aucOf(trained.model, scores, simulated(process, 5, 4000));
        const double heavier = aucOf(trained.model, scores, simulated(process, 5, 4000, 2.0));
        EXPECT_GT(nominal, 0.53) << processName(process);
        EXPECT_GT(heavier, nominal + 0.03) << processName(process);
    }
}

TEST(mlAnomalyTraining, VariationalAutoencoderKlScoreFindsSignals) {
    const auto background = simulated(Process::Background, 1, 20000);
    AutoencoderOptions options;
    options.variational = true;
    options.train.epochs = 8;
    options.train.seed = 3;
    const auto trained = trainAutoencoder(background, options).value();
    const auto model =
        ml::DenseModel::fromContent(ml::parseModelFile(trained.modelFile, "m").value(), "m").value();
    EXPECT_EQ(AnomalyModelInfo::fromMetadata(model.metadata()).value().defaultScore, "kl");
    const BackgroundScores scores(
        scoreEvents(model, simulated(Process::Background, 2, 20000)).value().scores);
    for (const auto process : {Process::Ato4l, Process::Leptoquark})
        EXPECT_GT(aucOf(model, scores, simulated(process, 5, 4000)), 0.53) << processName(process);
    ScoreOptions reconstruction;
    reconstruction.kind = ScoreKind::Reconstruction;
    const auto kl = scoreEvents(model, background).value().scores;
    const auto mse = scoreEvents(model, background, reconstruction).value().scores;
    EXPECT_NE(kl[0], mse[0]);
    ScoreOptions klOnAutoencoder;
    klOnAutoencoder.kind = ScoreKind::Kl;
    const auto plain = trainOn(simulated(Process::Background, 1, 2000));
    EXPECT_FALSE(scoreEvents(plain.model, background, klOnAutoencoder).ok());
}

TEST(mlAnomalyTraining, SameSeedSameModel) {
    const auto background = simulated(Process::Background, 1, 3000);
    AutoencoderOptions options;
    options.train.epochs = 2;
    const auto first = trainAutoencoder(background, options).value();
    const auto second = trainAutoencoder(background, options).value();
    EXPECT_EQ(first.history.trainLoss, second.history.trainLoss);
    EXPECT_EQ(first.backgroundThresholds, second.backgroundThresholds);
}

TEST(mlAnomalyTraining, TorchScriptGivesLupasScores) {
    const auto background = simulated(Process::Background, 1, 2000);
    AutoencoderOptions options;
    options.train.epochs = 1;
    const auto trained = trainAutoencoder(background, options).value();
    const auto model =
        ml::DenseModel::fromContent(ml::parseModelFile(trained.modelFile, "m").value(), "m").value();
    const auto path = std::filesystem::temp_directory_path() / fmt::format("lupa-ts-{}.pt", ::getpid());
    const auto exported = exportTorchScript(model, path);
    ASSERT_TRUE(exported.ok()) << exported.error().message;
    auto module = torch::jit::load(path.string());
    std::filesystem::remove(path);
    const auto events = simulated(Process::Ato4l, 3, 50);
    const auto input = torch::from_blob(const_cast<float*>(events.features.values.data()), {50, kAdcFeatures},
                                        torch::kFloat32);
    const auto scores = module.forward({input}).toTensor();
    const auto expected = scoreEvents(model, events).value().scores;
    ASSERT_EQ(scores.size(0), 50);
    for (std::int64_t i = 0; i < 50; ++i)
        EXPECT_NEAR(scores[i].item<double>(), expected[static_cast<std::size_t>(i)],
                    1e-4 * (1 + expected[static_cast<std::size_t>(i)]));
}

TEST(mlAnomalyTraining, RefusesTooFewEvents) {
    const auto one = simulated(Process::Background, 1, 1);
    const auto result = trainAutoencoder(one, {});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::BadInput);
}

} // namespace
} // namespace lupa::anomaly
