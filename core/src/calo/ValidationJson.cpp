// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Version.hpp>
#include <lupa/core/calo/Validation.hpp>

#include <cmath>

namespace lupa::calo {
namespace {

// A number, or null when it is not finite (JSON has no NaN).
Json jsonNumber(double value) {
    return std::isfinite(value) ? Json(value) : Json(nullptr);
}

Json badJson(const BadValueCounts& bad) {
    return {{"non_finite_voxels", bad.nonFiniteVoxels},
            {"negative_voxels", bad.negativeVoxels},
            {"bad_incident_energies", bad.badIncidentEnergies}};
}

Json distanceJson(const std::optional<DistanceValue>& distance) {
    if (!distance)
        return nullptr;
    return {{"value", jsonNumber(distance->value)}, {"uncertainty", jsonNumber(distance->uncertainty)}};
}

Json metricsJson(const FeatureMetrics& m) {
    return {{"separation_power", jsonNumber(m.separationPower)},
            {"separation_power_uncertainty", jsonNumber(m.separationPowerError)},
            {"wasserstein", jsonNumber(m.wasserstein)},
            {"ks", jsonNumber(m.kolmogorovSmirnov)},
            {"chi2", jsonNumber(m.chi2)},
            {"ndf", m.ndf}};
}

Json scoresJson(const BinaryScores& scores) {
    return {{"auc", jsonNumber(scores.auc)},
            {"jsd", jsonNumber(scores.jsd)},
            {"accuracy", jsonNumber(scores.accuracy)},
            {"bce", jsonNumber(scores.bce)}};
}

Json classifiersJson(const std::vector<ClassifierResult>& classifiers) {
    Json json = Json::object();
    for (const auto& c : classifiers)
        json[toString(c.features)] = {
            {"auc", jsonNumber(c.calibrated.auc)},
            {"auc_uncertainty", jsonNumber(c.aucUncertainty)},
            {"jsd", jsonNumber(c.calibrated.jsd)},
            {"jsd_uncertainty", jsonNumber(c.jsdUncertainty)},
            {"accuracy", jsonNumber(c.calibrated.accuracy)},
            {"accuracy_uncertainty", jsonNumber(c.accuracyUncertainty)},
            {"uncalibrated", scoresJson(c.raw)},
            {"roc", {{"fpr", c.roc.falsePositiveRate}, {"tpr", c.roc.truePositiveRate}}},
            {"rows",
             {{"train", c.trainRows}, {"calibration", c.calibrationRows}, {"evaluation", c.evaluationRows}}},
            {"epochs_run", c.epochsRun},
            {"best_epoch", c.bestEpoch},
            {"parameters", c.parameters}};
    return json;
}

} // namespace

Json validationToJson(const ValidationReport& report) {
    Json candidates = Json::array();
    for (std::size_t k = 0; k < report.candidates.size(); ++k) {
        const CandidateSummary& candidate = report.candidates[k];
        Json features = Json::object();
        double worst = 0;
        std::string worstKey;
        for (const auto& feature : report.features) {
            const FeatureMetrics& m = feature.metrics[k];
            features[feature.column.key] = metricsJson(m);
            if (std::isfinite(m.separationPower) && m.separationPower > worst) {
                worst = m.separationPower;
                worstKey = feature.column.key;
            }
        }
        candidates.push_back({{"file", candidate.path.string()},
                              {"showers", candidate.showers},
                              {"bad_values", badJson(candidate.bad)},
                              {"fpd", distanceJson(candidate.fpd)},
                              {"kpd", distanceJson(candidate.kpd)},
                              {"classifiers", classifiersJson(candidate.classifiers)},
                              {"largest_separation_power", {{"feature", worstKey}, {"value", worst}}},
                              {"features", std::move(features)}});
    }
    return {{"lupa_version", version()},
            {"dataset", report.dataset ? Json(datasetName(*report.dataset)) : Json(nullptr)},
            {"reference",
             {{"file", report.reference.string()},
              {"showers", report.referenceShowers},
              {"bad_values", badJson(report.referenceBad)}}},
            {"candidates", std::move(candidates)}};
}

} // namespace lupa::calo
