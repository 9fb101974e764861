// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <span>
#include <vector>

namespace lupa::calo {

/// Area under the ROC curve of `scores` for `labels` (1 = positive, 0 = negative): the probability
/// that a random positive scores above a random negative, ties counting one half (as
/// sklearn.metrics.roc_auc_score). A Usage error when sizes differ or a class is missing.
[[nodiscard]] Result<double> rocAuc(std::span<const double> scores, std::span<const int> labels);

/// A receiver operating characteristic: true- against false-positive rate as the threshold falls.
struct RocCurve {
    std::vector<double> falsePositiveRate; ///< from 0 to 1
    std::vector<double> truePositiveRate;  ///< from 0 to 1
};

/// The ROC curve of `scores` for `labels`, one point per distinct score (ties move together), thinned
/// to at most `maxPoints` points (the first and the last always kept).
[[nodiscard]] Result<RocCurve> rocCurve(std::span<const double> scores, std::span<const int> labels,
                                        std::size_t maxPoints = 201);

/// Isotonic (monotonically non-decreasing) regression of labels on scores, fitted by pool adjacent
/// violators and predicted by linear interpolation between the fitted points, clipped at both ends
/// and to [yMin, yMax]: what sklearn's IsotonicRegression(out_of_bounds="clip", y_min, y_max) does,
/// the calibration the CaloChallenge classifier test applies.
class IsotonicCalibration {
public:
    [[nodiscard]] static Result<IsotonicCalibration> fit(std::span<const double> scores,
                                                         std::span<const int> labels, double yMin = 1e-6,
                                                         double yMax = 1.0 - 1e-6);
    [[nodiscard]] double predict(double score) const;
    [[nodiscard]] const std::vector<double>& thresholds() const { return m_x; }
    [[nodiscard]] const std::vector<double>& values() const { return m_y; }

private:
    std::vector<double> m_x; ///< ascending distinct scores
    std::vector<double> m_y; ///< fitted values there, non-decreasing
};

/// Accuracy, AUC, binary cross-entropy and the JSD estimate of probabilities for labels.
struct BinaryScores {
    double accuracy = 0; ///< share with (p > 0.5) == label (numpy's round: 0.5 rounds to 0)
    double auc = 0;
    double bce = 0; ///< mean -[y ln p + (1 - y) ln(1 - p)], each log clamped at -100 as torch's BCELoss
    double jsd = 0; ///< (ln 2 - bce) / ln 2: 0 when the classifier cannot tell, 1 when it always can
};

/// Scores of `probabilities` for `labels`; a Usage error when sizes differ or a class is missing.
[[nodiscard]] Result<BinaryScores> scoreProbabilities(std::span<const double> probabilities,
                                                      std::span<const int> labels);

} // namespace lupa::calo
