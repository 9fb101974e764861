// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Json.hpp>
#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/calo/Binning.hpp>
#include <lupa/core/calo/ClassifierTest.hpp>
#include <lupa/core/calo/Histogram.hpp>
#include <lupa/core/calo/ShowerSample.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lupa::calo {

/// The smallest voxel energy the CaloChallenge evaluation histograms (its `min_energy`): 10 MeV
/// for dataset 1, 0.5 keV / 0.033 for datasets 2 and 3 (and a custom binning) [MeV].
[[nodiscard]] double minimumVoxelEnergy(std::optional<Dataset> dataset);

/// The bin edges the CaloChallenge evaluation uses for a feature (evaluate_plotting_helper.py):
/// E_tot/E_inc 100 bins over [0.5, 1.5]; layer energies 39 log bins from minimumVoxelEnergy() to the
/// reference's largest value; centres 100 bins over +-30 mm (datasets 2, 3), +-500 mm (dataset 1
/// layers 12, 13) or +-100 mm; widths 100 bins over [0, 30], [0, 400] or [0, 100] mm. lupa's own
/// additions: sparsity 20 bins over [0, 1]; r centre and width 100 bins over [0, largest r edge].
/// @param referenceMax the reference's largest value of this feature (for the log binnings)
[[nodiscard]] std::vector<double> featureEdges(const FeatureColumn& column, std::optional<Dataset> dataset,
                                               double referenceMax, double largestRadius);

/// How one candidate's feature distribution differs from the reference's.
struct FeatureMetrics {
    double separationPower = 0;      ///< on the histograms, 0 (same) .. 1 (disjoint)
    double separationPowerError = 0; ///< standard deviation over Poisson bootstrap replicas
    double wasserstein = 0;          ///< W1 of the unbinned values [feature unit]
    double kolmogorovSmirnov = 0;    ///< KS statistic of the unbinned values
    double chi2 = 0;                 ///< chi-square of the two histograms (unweighted, different totals)
    int ndf = 0;                     ///< its degrees of freedom
};

/// One feature: the histograms of reference and candidates and the metrics per candidate.
struct FeatureComparison {
    FeatureColumn column;
    Histogram reference;
    std::vector<Histogram> candidates;
    std::vector<FeatureMetrics> metrics; ///< one per candidate
};

/// A Fréchet or kernel distance with its uncertainty.
struct DistanceValue {
    double value = 0;
    double uncertainty = 0;
};

/// One candidate file: its counts and the whole-sample distances.
struct CandidateSummary {
    std::filesystem::path path;
    std::uint64_t showers = 0;
    BadValueCounts bad;
    std::optional<DistanceValue> fpd;          ///< FPD on the high-level features (jetnet definition)
    std::optional<DistanceValue> kpd;          ///< KPD likewise
    std::vector<double> meanShower;            ///< [MeV] per voxel
    std::vector<ClassifierResult> classifiers; ///< classifier tests run on this candidate (lupa::core_ml)
};

/// What to compute besides the histograms.
struct ValidationOptions {
    bool physicsDistances = true; ///< FPD and KPD (seconds to a minute on large samples)
    int bootstrapReplicas = 10;   ///< for the separation power's uncertainty; 0 = none
    std::uint64_t seed = 42;      ///< bootstrap and FPD/KPD sampling
    std::size_t blockShowers = 512;
};

/// The whole evaluation of candidates against one reference.
struct ValidationReport {
    std::optional<Dataset> dataset;
    std::filesystem::path reference;
    std::uint64_t referenceShowers = 0;
    BadValueCounts referenceBad;
    std::vector<double> referenceMeanShower; ///< [MeV] per voxel
    std::vector<CandidateSummary> candidates;
    std::vector<FeatureComparison> features; ///< the high-level features, then E_tot/E_inc per
                                             ///< incident energy (dataset 1), then voxel energies
};

/// Compares each candidate file with the reference file the CaloChallenge way: reads both in
/// blocks, computes the high-level features, fills the reference's histograms and computes the
/// metrics. Errors name the file: voxel counts that do not match the binning, missing datasets.
[[nodiscard]] Result<ValidationReport> validateShowers(const std::filesystem::path& reference,
                                                       const std::vector<std::filesystem::path>& candidates,
                                                       const Binning& binning, ProgressSink& progress,
                                                       const ValidationOptions& options = {});

/// The report as the JSON of `lupa-cli calo validate` (metrics.json): every number, no histograms.
[[nodiscard]] Json validationToJson(const ValidationReport& report);

} // namespace lupa::calo
