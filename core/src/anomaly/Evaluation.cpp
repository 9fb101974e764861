// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Parallel.hpp>
#include <lupa/core/anomaly/Evaluation.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace lupa::anomaly {
namespace {

double weightOf(std::span<const double> weights, std::size_t i) {
    return weights.empty() ? 1.0 : weights[i];
}

std::vector<double> poissonWeights(std::size_t count, std::mt19937_64& random) {
    std::poisson_distribution<int> poisson(1.0);
    std::vector<double> weights(count);
    for (auto& w : weights)
        w = poisson(random);
    return weights;
}

// The standard deviation of the AUC over Poisson-bootstrap replicas (each event weighted by a
// Poisson(1) draw), replicas seeded independently so that the thread count does not matter.
double bootstrapUncertainty(std::span<const double> background, std::span<const double> signal,
                            const EvaluationOptions& options) {
    if (options.bootstrapRounds < 2)
        return 0;
    std::vector<double> aucs(static_cast<std::size_t>(options.bootstrapRounds));
    parallelFor(
        aucs.size(),
        [&](std::size_t begin, std::size_t end) {
            for (std::size_t r = begin; r < end; ++r) {
                std::mt19937_64 random(options.seed * 1000003ULL + r);
                const auto wb = poissonWeights(background.size(), random);
                const auto ws = poissonWeights(signal.size(), random);
                aucs[r] = weightedAuc(background, wb, signal, ws);
            }
        },
        1);
    const double mean = std::accumulate(aucs.begin(), aucs.end(), 0.0) / static_cast<double>(aucs.size());
    double variance = 0;
    for (const double a : aucs)
        variance += (a - mean) * (a - mean);
    return std::sqrt(variance / static_cast<double>(aucs.size() - 1));
}

// The share of `ascending` strictly above `threshold`.
double shareAbove(const std::vector<double>& ascending, double threshold) {
    const auto above = ascending.end() - std::upper_bound(ascending.begin(), ascending.end(), threshold);
    return static_cast<double>(above) / static_cast<double>(ascending.size());
}

void fillRoc(const BackgroundScores& background, const std::vector<double>& signal, std::size_t points,
             SignalEvaluation& result) {
    const double lowest = 1.0 / static_cast<double>(background.size());
    points = std::max<std::size_t>(points, 2);
    for (std::size_t p = 0; p < points; ++p) {
        const double fraction = static_cast<double>(p) / static_cast<double>(points - 1);
        const auto point = background.thresholdAt(std::pow(lowest, 1.0 - fraction));
        result.rocFpr.push_back(point.fpr);
        result.rocTpr.push_back(shareAbove(signal, point.threshold));
    }
}

} // namespace

BackgroundScores::BackgroundScores(std::span<const double> scores)
    : m_ascending(scores.begin(), scores.end()) {
    std::sort(m_ascending.begin(), m_ascending.end());
}

WorkingPoint BackgroundScores::thresholdAt(double fpr) const {
    WorkingPoint point;
    point.targetFpr = fpr;
    point.triggerRateHz = fpr * kCollisionRateHz;
    const auto n = m_ascending.size();
    if (n == 0)
        return point;
    // Allow at most floor(fpr * n) background events above the threshold.
    const auto allowed = static_cast<std::size_t>(std::floor(fpr * static_cast<double>(n) + 1e-9));
    point.limitedByStatistics = allowed == 0;
    if (allowed >= n) {
        point.threshold = -std::numeric_limits<double>::infinity();
        point.fpr = 1.0;
        point.backgroundAbove = n;
        return point;
    }
    point.threshold = m_ascending[n - 1 - allowed];
    const auto above = static_cast<std::size_t>(
        m_ascending.end() - std::upper_bound(m_ascending.begin(), m_ascending.end(), point.threshold));
    point.backgroundAbove = above;
    point.fpr = static_cast<double>(above) / static_cast<double>(n);
    return point;
}

double weightedAuc(std::span<const double> background, std::span<const double> backgroundWeights,
                   std::span<const double> signal, std::span<const double> signalWeights) {
    double below = 0; // background weight strictly below the current signal value
    double pairs = 0;
    std::size_t b = 0;
    for (std::size_t s = 0; s < signal.size();) {
        const double value = signal[s];
        while (b < background.size() && background[b] < value)
            below += weightOf(backgroundWeights, b++);
        double tied = 0;
        for (std::size_t k = b; k < background.size() && background[k] == value; ++k)
            tied += weightOf(backgroundWeights, k);
        double signalWeight = 0;
        for (; s < signal.size() && signal[s] == value; ++s)
            signalWeight += weightOf(signalWeights, s);
        pairs += signalWeight * (below + 0.5 * tied);
    }
    double totalBackground = 0;
    for (std::size_t i = 0; i < background.size(); ++i)
        totalBackground += weightOf(backgroundWeights, i);
    double totalSignal = 0;
    for (std::size_t i = 0; i < signal.size(); ++i)
        totalSignal += weightOf(signalWeights, i);
    const double norm = totalBackground * totalSignal;
    return norm > 0 ? pairs / norm : 0.5;
}

Result<SignalEvaluation> evaluateSignal(const BackgroundScores& background, std::span<const double> signal,
                                        const std::string& name, const EvaluationOptions& options) {
    if (background.size() == 0 || signal.empty())
        return Error::usage(fmt::format("cannot evaluate '{}': {} background and {} signal events", name,
                                        background.size(), signal.size()));
    std::vector<double> sorted(signal.begin(), signal.end());
    if (std::any_of(sorted.begin(), sorted.end(), [](double v) { return std::isnan(v); }) ||
        std::isnan(background.ascending().back()))
        return Error::usage(fmt::format("cannot evaluate '{}': a score is NaN", name));
    std::sort(sorted.begin(), sorted.end());
    SignalEvaluation result;
    result.name = name;
    result.signalEvents = sorted.size();
    result.backgroundEvents = background.size();
    result.auc = weightedAuc(background.ascending(), {}, sorted, {});
    result.aucUncertainty = bootstrapUncertainty(background.ascending(), sorted, options);
    for (const double fpr : options.targetFprs) {
        auto point = background.thresholdAt(fpr);
        point.tpr = shareAbove(sorted, point.threshold);
        result.workingPoints.push_back(point);
    }
    fillRoc(background, sorted, options.rocPoints, result);
    return result;
}

nlohmann::json SignalEvaluation::toJson() const {
    auto points = nlohmann::json::array();
    for (const auto& p : workingPoints)
        points.push_back(
            {{"target_fpr", p.targetFpr},
             {"threshold", std::isfinite(p.threshold) ? nlohmann::json(p.threshold) : nlohmann::json()},
             {"fpr", p.fpr},
             {"tpr", p.tpr},
             {"trigger_rate_hz", p.triggerRateHz},
             {"background_above", p.backgroundAbove},
             {"limited_by_statistics", p.limitedByStatistics}});
    return {{"name", name},
            {"signal_events", signalEvents},
            {"background_events", backgroundEvents},
            {"auc", auc},
            {"auc_uncertainty", aucUncertainty},
            {"working_points", points},
            {"roc", {{"fpr", rocFpr}, {"tpr", rocTpr}}}};
}

} // namespace lupa::anomaly
