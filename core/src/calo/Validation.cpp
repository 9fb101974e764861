// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Parallel.hpp>
#include <lupa/core/calo/Distances.hpp>
#include <lupa/core/calo/FrechetKernel.hpp>
#include <lupa/core/calo/SeparationPower.hpp>
#include <lupa/core/calo/Validation.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace lupa::calo {
namespace {

bool isDatasetOne(std::optional<Dataset> dataset) {
    return dataset == Dataset::OnePhotons || dataset == Dataset::OnePions;
}

// The evaluation's plot range of centres and widths for a layer [mm].
double centreLimit(std::optional<Dataset> dataset, int layerId) {
    if (!isDatasetOne(dataset) && dataset.has_value())
        return 30.0;
    return (layerId == 12 || layerId == 13) ? 500.0 : 100.0;
}

double widthLimit(std::optional<Dataset> dataset, int layerId) {
    if (!isDatasetOne(dataset) && dataset.has_value())
        return 30.0;
    return (layerId == 12 || layerId == 13) ? 400.0 : 100.0;
}

std::vector<double> finiteValues(const std::vector<double>& values) {
    std::vector<double> finite;
    finite.reserve(values.size());
    std::copy_if(values.begin(), values.end(), std::back_inserter(finite),
                 [](double v) { return std::isfinite(v); });
    return finite;
}

double finiteMax(const std::vector<double>& values) {
    double result = -std::numeric_limits<double>::infinity();
    for (const double v : values)
        if (std::isfinite(v))
            result = std::max(result, v);
    return result;
}

// Standard deviation of the separation power over Poisson-fluctuated copies of both histograms.
double bootstrapSeparationError(const Histogram& a, const Histogram& b, int replicas, std::uint64_t seed) {
    if (replicas < 2)
        return 0.0;
    std::mt19937_64 engine(seed);
    const auto fluctuate = [&](const std::vector<double>& counts) {
        std::vector<double> out(counts.size());
        for (std::size_t i = 0; i < counts.size(); ++i)
            out[i] = counts[i] > 0
                         ? static_cast<double>(std::poisson_distribution<long long>(counts[i])(engine))
                         : 0;
        return out;
    };
    double sum = 0, sumSquares = 0;
    int used = 0;
    for (int r = 0; r < replicas; ++r) {
        const auto value = separationPower(fluctuate(a.counts), fluctuate(b.counts));
        if (!value)
            continue;
        sum += *value;
        sumSquares += *value * *value;
        ++used;
    }
    if (used < 2)
        return 0.0;
    const double mean = sum / used;
    return std::sqrt(std::max(0.0, (sumSquares - used * mean * mean) / (used - 1)));
}

FeatureMetrics compareFeature(const Histogram& reference, const Histogram& candidate,
                              const std::vector<double>& referenceValues,
                              const std::vector<double>& candidateValues, const ValidationOptions& options,
                              std::uint64_t seed) {
    FeatureMetrics metrics;
    if (auto sp = separationPower(reference.counts, candidate.counts))
        metrics.separationPower = *sp;
    else
        metrics.separationPower = std::numeric_limits<double>::quiet_NaN();
    metrics.separationPowerError =
        bootstrapSeparationError(reference, candidate, options.bootstrapReplicas, seed);
    if (auto chi2 = chi2Histograms(reference.counts, candidate.counts)) {
        metrics.chi2 = chi2->chi2;
        metrics.ndf = chi2->ndf;
    }
    metrics.wasserstein = std::numeric_limits<double>::quiet_NaN();
    metrics.kolmogorovSmirnov = std::numeric_limits<double>::quiet_NaN();
    if (!referenceValues.empty() && !candidateValues.empty()) {
        if (auto w1 = wasserstein1(referenceValues, candidateValues))
            metrics.wasserstein = *w1;
        if (auto ks = kolmogorovSmirnov(referenceValues, candidateValues))
            metrics.kolmogorovSmirnov = *ks;
    }
    return metrics;
}

// One comparison per feature column, in parallel over the columns.
std::vector<FeatureComparison> compareColumns(const ShowerSample& reference,
                                              const std::vector<ShowerSample>& candidates,
                                              std::optional<Dataset> dataset, double largestRadius,
                                              const ValidationOptions& options) {
    std::vector<FeatureComparison> comparisons(reference.columns.size());
    parallelFor(reference.columns.size(), [&](std::size_t begin, std::size_t end) {
        for (std::size_t c = begin; c < end; ++c) {
            FeatureComparison& comparison = comparisons[c];
            comparison.column = reference.columns[c];
            const auto referenceValues = finiteValues(reference.values[c]);
            const auto edges =
                featureEdges(comparison.column, dataset, finiteMax(referenceValues), largestRadius);
            comparison.reference = Histogram(edges);
            comparison.reference.fill(referenceValues);
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                const auto candidateValues = finiteValues(candidates[k].values[c]);
                Histogram histogram(edges);
                histogram.fill(candidateValues);
                comparison.metrics.push_back(compareFeature(comparison.reference, histogram, referenceValues,
                                                            candidateValues, options,
                                                            options.seed + 7919 * c + k));
                comparison.candidates.push_back(std::move(histogram));
            }
        }
    });
    return comparisons;
}

// E_tot / E_inc of the showers whose incident energy is in [low, high).
std::vector<double> ratioInEnergyRange(const ShowerSample& sample, double low, double high) {
    std::vector<double> values;
    for (std::size_t i = 0; i < sample.incidentEnergies.size(); ++i)
        if (sample.incidentEnergies[i] >= low && sample.incidentEnergies[i] < high &&
            std::isfinite(sample.values[0][i]))
            values.push_back(sample.values[0][i]);
    return values;
}

// Dataset 1: E_tot / E_inc per incident energy, with the evaluation's binning (20 bins over
// [0.4, 1.4]; [0.9, 1.1] for photons above the 4th energy).
std::vector<FeatureComparison> compareRatioPerEnergy(const ShowerSample& reference,
                                                     const std::vector<ShowerSample>& candidates,
                                                     Dataset dataset, const ValidationOptions& options) {
    std::vector<FeatureComparison> comparisons;
    for (int i = 0; i < 15; ++i) {
        const double low = std::ldexp(1.0, 8 + i), high = std::ldexp(1.0, 9 + i);
        const auto referenceValues = ratioInEnergyRange(reference, low, high);
        if (referenceValues.empty())
            continue;
        const bool narrow = i > 3 && dataset == Dataset::OnePhotons;
        const auto edges = narrow ? linearEdges(0.9, 1.1, 21) : linearEdges(0.4, 1.4, 21);
        FeatureComparison comparison;
        comparison.column = {FeatureKind::EtotOverEinc, -1, fmt::format("Etot_Einc_E_{:.0f}", low),
                             fmt::format("E_tot / E_inc at E_inc = {:.0f} MeV", low)};
        comparison.reference = Histogram(edges);
        comparison.reference.fill(referenceValues);
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            const auto values = ratioInEnergyRange(candidates[k], low, high);
            Histogram histogram(edges);
            histogram.fill(values);
            comparison.metrics.push_back(compareFeature(comparison.reference, histogram, referenceValues,
                                                        values, options, options.seed + i));
            comparison.candidates.push_back(std::move(histogram));
        }
        comparisons.push_back(std::move(comparison));
    }
    return comparisons;
}

// The features FPD and KPD see: E_tot/E_inc, layer energies, centres and widths in eta and phi.
FeatureMatrix physicsFeatures(const ShowerSample& sample) {
    std::vector<std::size_t> used;
    for (std::size_t c = 0; c < sample.columns.size(); ++c) {
        const FeatureKind kind = sample.columns[c].kind;
        if (kind != FeatureKind::Sparsity && kind != FeatureKind::CentreR && kind != FeatureKind::WidthR)
            used.push_back(c);
    }
    FeatureMatrix matrix;
    matrix.columns = used.size();
    for (std::size_t row = 0; row < sample.showers; ++row) {
        const bool finite = std::all_of(used.begin(), used.end(),
                                        [&](std::size_t c) { return std::isfinite(sample.values[c][row]); });
        if (!finite)
            continue;
        for (const std::size_t c : used)
            matrix.values.push_back(sample.values[c][row]);
        ++matrix.rows;
    }
    return matrix;
}

void addPhysicsDistances(const ShowerSample& reference, const std::vector<ShowerSample>& candidates,
                         const ValidationOptions& options, ProgressSink& progress, ValidationReport& report) {
    const FeatureMatrix real = physicsFeatures(reference);
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (progress.isCancelled())
            return;
        progress.report(static_cast<double>(k) / static_cast<double>(candidates.size()), "FPD and KPD");
        const FeatureMatrix generated = physicsFeatures(candidates[k]);
        FpdOptions fpdOptions;
        fpdOptions.seed = options.seed;
        if (auto fpd = frechetPhysicsDistance(real, generated, fpdOptions))
            report.candidates[k].fpd = DistanceValue{fpd->value, fpd->uncertainty};
        KpdOptions kpdOptions;
        kpdOptions.seed = options.seed;
        if (auto kpd = kernelPhysicsDistance(real, generated, kpdOptions))
            report.candidates[k].kpd = DistanceValue{kpd->value, kpd->uncertainty};
    }
}

Result<ShowerSample> readSample(const std::filesystem::path& path, const Binning& binning,
                                ProgressSink& progress, const std::vector<double>* voxelEdges,
                                std::size_t blockShowers) {
    auto reader = ShowerReader::open(path);
    if (!reader)
        return std::move(reader).error();
    return readShowerSample(*reader, binning, progress, voxelEdges, blockShowers);
}

} // namespace

double minimumVoxelEnergy(std::optional<Dataset> dataset) {
    return isDatasetOne(dataset) ? 10.0 : 0.5e-3 / 0.033;
}

std::vector<double> featureEdges(const FeatureColumn& column, std::optional<Dataset> dataset,
                                 double referenceMax, double largestRadius) {
    switch (column.kind) {
    case FeatureKind::EtotOverEinc:
        return linearEdges(0.5, 1.5, 101);
    case FeatureKind::LayerEnergy: {
        const double low = minimumVoxelEnergy(dataset);
        return logEdges(low, std::isfinite(referenceMax) && referenceMax > low ? referenceMax : 10 * low, 40);
    }
    case FeatureKind::CentreEta:
    case FeatureKind::CentrePhi: {
        const double limit = centreLimit(dataset, column.layerId);
        return linearEdges(-limit, limit, 101);
    }
    case FeatureKind::WidthEta:
    case FeatureKind::WidthPhi:
        return linearEdges(0.0, widthLimit(dataset, column.layerId), 101);
    case FeatureKind::Sparsity:
        return linearEdges(0.0, 1.0, 21);
    case FeatureKind::CentreR:
    case FeatureKind::WidthR:
        break;
    }
    return linearEdges(0.0, largestRadius > 0 ? largestRadius : 1.0, 101);
}

Result<ValidationReport> validateShowers(const std::filesystem::path& reference,
                                         const std::vector<std::filesystem::path>& candidates,
                                         const Binning& binning, ProgressSink& progress,
                                         const ValidationOptions& options) {
    if (candidates.empty())
        return Error::usage("no candidate file to compare with the reference");
    ValidationReport report;
    if (auto dataset = Binning::datasetForVoxelCount(binning.voxelCount()))
        report.dataset = *dataset;
    report.reference = reference;
    const double share = 0.8 / static_cast<double>(candidates.size() + 2);
    SubProgress referenceProgress(progress, 0.0, share);
    auto referenceSample = readSample(reference, binning, referenceProgress, nullptr, options.blockShowers);
    if (!referenceSample)
        return std::move(referenceSample).error();
    const double minimum = minimumVoxelEnergy(report.dataset);
    const double top = referenceSample->maxVoxel > minimum ? referenceSample->maxVoxel : 10 * minimum;
    const auto voxelEdges = logEdges(minimum, top, 50);
    auto reader = ShowerReader::open(reference);
    if (!reader)
        return std::move(reader).error();
    SubProgress voxelProgress(progress, share, 2 * share);
    auto referenceVoxels = readVoxelHistogram(*reader, voxelEdges, voxelProgress, options.blockShowers);
    if (!referenceVoxels)
        return std::move(referenceVoxels).error();
    std::vector<ShowerSample> samples;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        SubProgress candidateProgress(progress, (2 + k) * share, (3 + k) * share);
        auto sample =
            readSample(candidates[k], binning, candidateProgress, &voxelEdges, options.blockShowers);
        if (!sample)
            return std::move(sample).error();
        report.candidates.push_back({sample->path, sample->showers, sample->bad, {}, {}, sample->meanShower});
        samples.push_back(std::move(*sample));
    }
    progress.report(0.8, "histograms and metrics");
    double largestRadius = 0;
    for (const auto& layer : binning.layers())
        largestRadius = std::max(largestRadius, layer.radialEdges.back());
    report.features = compareColumns(*referenceSample, samples, report.dataset, largestRadius, options);
    if (isDatasetOne(report.dataset)) {
        auto perEnergy = compareRatioPerEnergy(*referenceSample, samples, *report.dataset, options);
        std::move(perEnergy.begin(), perEnergy.end(), std::back_inserter(report.features));
    }
    FeatureComparison voxels;
    voxels.column = {FeatureKind::LayerEnergy, -1, "voxel_energy", "voxel energy [MeV]"};
    voxels.reference = *referenceVoxels;
    for (const auto& sample : samples) {
        voxels.candidates.push_back(*sample.voxelEnergies);
        voxels.metrics.push_back(
            compareFeature(voxels.reference, *sample.voxelEnergies, {}, {}, options, options.seed));
    }
    report.features.push_back(std::move(voxels));
    report.referenceShowers = referenceSample->showers;
    report.referenceBad = referenceSample->bad;
    report.referenceMeanShower = referenceSample->meanShower;
    if (options.physicsDistances) {
        SubProgress distanceProgress(progress, 0.85, 1.0);
        addPhysicsDistances(*referenceSample, samples, options, distanceProgress, report);
    }
    if (progress.isCancelled())
        return Error::cancelled();
    progress.report(1.0, "done");
    return report;
}

} // namespace lupa::calo
