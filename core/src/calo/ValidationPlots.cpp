// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/SvgPlot.hpp>
#include <lupa/core/calo/ValidationPlots.hpp>

#include <fmt/format.h>

namespace lupa::calo {
namespace {

bool isEnergy(const FeatureComparison& feature) {
    return feature.column.kind == FeatureKind::LayerEnergy; // layer and voxel energies
}

std::string sampleLabel(const std::filesystem::path& path) {
    return path.filename().string();
}

svg::HistogramPlot featurePlot(const ValidationReport& report, const FeatureComparison& feature) {
    svg::HistogramPlot plot;
    plot.title = feature.column.title;
    plot.xTitle = feature.column.title;
    plot.edges = feature.reference.edges;
    plot.logX = isEnergy(feature);
    plot.logY = feature.column.kind != FeatureKind::EtotOverEinc;
    plot.series.push_back({"reference: " + sampleLabel(report.reference), feature.reference.density(),
                           feature.reference.densityError(), true});
    for (std::size_t k = 0; k < feature.candidates.size(); ++k) {
        const auto& histogram = feature.candidates[k];
        plot.series.push_back(
            {sampleLabel(report.candidates[k].path), histogram.density(), histogram.densityError(), false});
        const auto& m = feature.metrics[k];
        plot.notes.push_back(fmt::format("{}: separation power {:.4f} ± {:.4f}",
                                         sampleLabel(report.candidates[k].path), m.separationPower,
                                         m.separationPowerError));
    }
    return plot;
}

std::string averageShower(const std::string& title, const std::vector<double>& mean, const Binning& binning) {
    std::vector<svg::PolarLayer> layers;
    for (const int index : binning.relevantLayers()) {
        const auto& layer = binning.layers()[static_cast<std::size_t>(index)];
        std::vector<double> values(mean.begin() + static_cast<std::ptrdiff_t>(layer.firstVoxel),
                                   mean.begin() +
                                       static_cast<std::ptrdiff_t>(layer.firstVoxel + layer.voxelCount));
        layers.push_back(
            {fmt::format("layer {}", layer.id), layer.radialEdges, layer.angularBins, std::move(values)});
    }
    const bool logRadius = binning.particle() != "electron";
    return svg::renderPolarLayers(title, layers, 1e-2, logRadius, logRadius ? 7 : 9);
}

// ROC curves of one kind of classifier, one per candidate that ran it.
svg::LinePlot rocPlot(const ValidationReport& report, ClassifierFeatures kind) {
    svg::LinePlot plot;
    plot.title = fmt::format("classifier ROC, {}-level features", toString(kind));
    plot.xTitle = "false-positive rate (candidate taken for reference)";
    plot.yTitle = "true-positive rate";
    for (const auto& candidate : report.candidates)
        for (const auto& c : candidate.classifiers)
            if (c.features == kind) {
                plot.series.push_back(
                    {sampleLabel(candidate.path), c.roc.falsePositiveRate, c.roc.truePositiveRate});
                plot.notes.push_back(fmt::format("{}: AUC {:.4f} ± {:.4f}, JSD {:.4f}",
                                                 sampleLabel(candidate.path), c.calibrated.auc,
                                                 c.aucUncertainty, c.calibrated.jsd));
            }
    return plot;
}

} // namespace

Result<Json> writeValidationPlots(const ValidationReport& report, const Binning& binning,
                                  const std::filesystem::path& folder) {
    Json files = Json::array();
    const auto write = [&](const std::string& name, const std::string& svgText) -> Result<void> {
        LUPA_TRY(writeFileAtomically(folder / name, svgText));
        files.push_back(name);
        return success();
    };
    for (const auto& feature : report.features)
        LUPA_TRY(write(feature.column.key + ".svg", svg::renderHistogramPlot(featurePlot(report, feature))));
    LUPA_TRY(write("average_shower_reference.svg",
                   averageShower("average shower: " + sampleLabel(report.reference),
                                 report.referenceMeanShower, binning)));
    for (const auto kind : {ClassifierFeatures::LowLevel, ClassifierFeatures::HighLevel}) {
        const auto roc = rocPlot(report, kind);
        if (!roc.series.empty())
            LUPA_TRY(write(fmt::format("classifier_roc_{}.svg", toString(kind)), svg::renderLinePlot(roc)));
    }
    for (std::size_t k = 0; k < report.candidates.size(); ++k)
        LUPA_TRY(write(fmt::format("average_shower_candidate_{}.svg", k + 1),
                       averageShower("average shower: " + sampleLabel(report.candidates[k].path),
                                     report.candidates[k].meanShower, binning)));
    return files;
}

Result<Json> writeValidationOutputs(const ValidationReport& report, const Binning& binning,
                                    const std::filesystem::path& folder, bool plots) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        return Error::io(fmt::format("cannot create the folder: {}", ec.message()), folder.string());
    Json json = validationToJson(report);
    if (plots) {
        auto files = writeValidationPlots(report, binning, folder);
        if (!files)
            return std::move(files).error();
        json["plots"] = std::move(*files);
    }
    LUPA_TRY(writeValidationHtml(report, folder, plots));
    LUPA_TRY(writeJsonFile(folder / "metrics.json", json));
    return json;
}

} // namespace lupa::calo
