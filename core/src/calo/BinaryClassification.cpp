// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/calo/BinaryClassification.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace lupa::calo {
namespace {

Result<void> checkLabels(std::span<const double> scores, std::span<const int> labels) {
    if (scores.size() != labels.size())
        return Error::usage(fmt::format("{} scores but {} labels", scores.size(), labels.size()));
    const auto positives = std::count(labels.begin(), labels.end(), 1);
    const auto negatives = std::count(labels.begin(), labels.end(), 0);
    if (positives + negatives != static_cast<std::ptrdiff_t>(labels.size()))
        return Error::usage("labels must be 0 or 1");
    if (positives == 0 || negatives == 0)
        return Error::usage("both classes are needed");
    return success();
}

std::vector<std::size_t> orderOf(std::span<const double> scores) {
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    return order;
}

} // namespace

Result<double> rocAuc(std::span<const double> scores, std::span<const int> labels) {
    LUPA_TRY(checkLabels(scores, labels));
    const auto order = orderOf(scores);
    // Mann-Whitney U: sum of the positives' ranks (ties get their mean rank).
    double positiveRanks = 0;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]])
            ++j;
        const double meanRank = 0.5 * static_cast<double>(i + 1 + j); // ranks i+1 .. j
        for (std::size_t k = i; k < j; ++k)
            positiveRanks += labels[order[k]] == 1 ? meanRank : 0.0;
        i = j;
    }
    const auto positives = static_cast<double>(std::count(labels.begin(), labels.end(), 1));
    const double negatives = static_cast<double>(labels.size()) - positives;
    return (positiveRanks - positives * (positives + 1) / 2) / (positives * negatives);
}

Result<RocCurve> rocCurve(std::span<const double> scores, std::span<const int> labels,
                          std::size_t maxPoints) {
    LUPA_TRY(checkLabels(scores, labels));
    auto order = orderOf(scores);
    std::reverse(order.begin(), order.end()); // highest score first
    const auto positives = static_cast<double>(std::count(labels.begin(), labels.end(), 1));
    const double negatives = static_cast<double>(labels.size()) - positives;
    RocCurve all{{0.0}, {0.0}};
    double truePositives = 0, falsePositives = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        (labels[order[i]] == 1 ? truePositives : falsePositives) += 1;
        if (i + 1 < order.size() && scores[order[i + 1]] == scores[order[i]])
            continue; // ties move together
        all.falsePositiveRate.push_back(falsePositives / negatives);
        all.truePositiveRate.push_back(truePositives / positives);
    }
    if (all.falsePositiveRate.size() <= std::max<std::size_t>(maxPoints, 2))
        return all;
    RocCurve thinned;
    const double step =
        static_cast<double>(all.falsePositiveRate.size() - 1) / static_cast<double>(maxPoints - 1);
    for (std::size_t k = 0; k < maxPoints; ++k) {
        const auto i =
            std::min(all.falsePositiveRate.size() - 1, static_cast<std::size_t>(std::lround(k * step)));
        thinned.falsePositiveRate.push_back(all.falsePositiveRate[i]);
        thinned.truePositiveRate.push_back(all.truePositiveRate[i]);
    }
    return thinned;
}

Result<IsotonicCalibration> IsotonicCalibration::fit(std::span<const double> scores,
                                                     std::span<const int> labels, double yMin, double yMax) {
    LUPA_TRY(checkLabels(scores, labels));
    const auto order = orderOf(scores);
    // Distinct scores with the mean label and the weight of each, then pool adjacent violators.
    std::vector<double> x, y, weight;
    for (const std::size_t i : order) {
        if (!x.empty() && x.back() == scores[i]) {
            y.back() = (y.back() * weight.back() + labels[i]) / (weight.back() + 1);
            weight.back() += 1;
        } else {
            x.push_back(scores[i]);
            y.push_back(labels[i]);
            weight.push_back(1);
        }
    }
    std::vector<double> blockValue, blockWeight;
    std::vector<std::size_t> blockSize;
    for (std::size_t i = 0; i < x.size(); ++i) {
        blockValue.push_back(y[i]);
        blockWeight.push_back(weight[i]);
        blockSize.push_back(1);
        while (blockValue.size() > 1 && blockValue[blockValue.size() - 2] > blockValue.back()) {
            const std::size_t last = blockValue.size() - 1;
            const double w = blockWeight[last - 1] + blockWeight[last];
            blockValue[last - 1] =
                (blockValue[last - 1] * blockWeight[last - 1] + blockValue[last] * blockWeight[last]) / w;
            blockWeight[last - 1] = w;
            blockSize[last - 1] += blockSize[last];
            blockValue.pop_back();
            blockWeight.pop_back();
            blockSize.pop_back();
        }
    }
    IsotonicCalibration calibration;
    calibration.m_x = std::move(x);
    for (std::size_t b = 0; b < blockValue.size(); ++b)
        calibration.m_y.insert(calibration.m_y.end(), blockSize[b], std::clamp(blockValue[b], yMin, yMax));
    return calibration;
}

double IsotonicCalibration::predict(double score) const {
    if (m_x.empty())
        return 0.5;
    if (score <= m_x.front())
        return m_y.front();
    if (score >= m_x.back())
        return m_y.back();
    const auto upper =
        static_cast<std::size_t>(std::upper_bound(m_x.begin(), m_x.end(), score) - m_x.begin());
    const std::size_t lower = upper - 1;
    const double t = (score - m_x[lower]) / (m_x[upper] - m_x[lower]);
    return m_y[lower] + t * (m_y[upper] - m_y[lower]);
}

Result<BinaryScores> scoreProbabilities(std::span<const double> probabilities, std::span<const int> labels) {
    auto auc = rocAuc(probabilities, labels);
    if (!auc)
        return std::move(auc).error();
    BinaryScores scores;
    scores.auc = *auc;
    double correct = 0, loss = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double p = probabilities[i];
        correct += ((p > 0.5 ? 1 : 0) == labels[i]) ? 1 : 0;
        const double logP = std::max(std::log(p), -100.0), logQ = std::max(std::log(1 - p), -100.0);
        loss -= labels[i] == 1 ? logP : logQ;
    }
    const auto n = static_cast<double>(labels.size());
    scores.accuracy = correct / n;
    scores.bce = loss / n;
    scores.jsd = (std::numbers::ln2 - scores.bce) / std::numbers::ln2;
    return scores;
}

} // namespace lupa::calo
