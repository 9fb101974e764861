// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace lupa::anomaly {

/// The LHC bunch-crossing rate: a trigger's false-positive rate times this is its output rate.
inline constexpr double kCollisionRateHz = 40e6;

/// Settings of a signal-versus-background evaluation.
struct EvaluationOptions {
    std::vector<double> targetFprs{1e-3, 1e-4, 1e-5}; ///< false-positive rates to read the TPR at
    int bootstrapRounds = 100;                        ///< resamplings for the AUC uncertainty; 0 = none
    std::uint64_t seed = 1;                           ///< seeds the bootstrap
    std::size_t rocPoints = 200; ///< points of the ROC curve, log-spaced in FPR from 1/N_background to 1
};

/// The true-positive rate at one working point.
struct WorkingPoint {
    double targetFpr = 0;              ///< the false-positive rate asked for
    double threshold = 0;              ///< events scoring above it are selected
    double fpr = 0;                    ///< the background share above the threshold (<= targetFpr)
    double tpr = 0;                    ///< the signal share above the threshold
    double triggerRateHz = 0;          ///< targetFpr x 40 MHz: the rate such a trigger would keep
    std::uint64_t backgroundAbove = 0; ///< background events above the threshold
    /// True when the background sample is too small to reach targetFpr (fewer than 1/targetFpr
    /// events): the threshold is then the highest background score and fpr is 0.
    bool limitedByStatistics = false;
};

/// How well the scores separate one signal from the background.
struct SignalEvaluation {
    std::string name; ///< the signal's name (file stem or label)
    std::uint64_t signalEvents = 0;
    std::uint64_t backgroundEvents = 0;
    double auc = 0;                          ///< area under the ROC curve (ties count one half)
    double aucUncertainty = 0;               ///< standard deviation over Poisson-bootstrap resamplings
    std::vector<WorkingPoint> workingPoints; ///< one per EvaluationOptions::targetFprs
    std::vector<double> rocFpr;              ///< the ROC curve, log-spaced in FPR
    std::vector<double> rocTpr;

    [[nodiscard]] nlohmann::json toJson() const;
};

/// Background scores sorted once, for evaluating several signals against them.
class BackgroundScores {
public:
    explicit BackgroundScores(std::span<const double> scores);
    [[nodiscard]] std::size_t size() const { return m_ascending.size(); }
    /// The lowest threshold whose false-positive rate does not exceed `fpr`, and that rate.
    [[nodiscard]] WorkingPoint thresholdAt(double fpr) const;
    [[nodiscard]] const std::vector<double>& ascending() const { return m_ascending; }

private:
    std::vector<double> m_ascending;
};

/// Evaluates `signal` scores against the background: AUC with its bootstrap uncertainty, the TPR at
/// each target FPR, the ROC curve. A Usage error when either sample is empty or a score is NaN.
[[nodiscard]] Result<SignalEvaluation> evaluateSignal(const BackgroundScores& background,
                                                      std::span<const double> signal, const std::string& name,
                                                      const EvaluationOptions& options = {});

/// The area under the ROC curve of weighted, ascending samples (weights may be empty = all 1):
/// P(signal > background) + P(equal) / 2.
[[nodiscard]] double weightedAuc(std::span<const double> backgroundAscending,
                                 std::span<const double> backgroundWeights,
                                 std::span<const double> signalAscending,
                                 std::span<const double> signalWeights);

} // namespace lupa::anomaly
