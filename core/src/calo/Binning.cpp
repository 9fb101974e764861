// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "calo/XmlElements.hpp"

#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/calo/Binning.hpp>

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <numbers>

namespace lupa::calo {
namespace {

constexpr int kMaxAngularBins = 10000;

Result<void> checkLayer(const LayerSpec& layer) {
    if (layer.radialEdges.empty())
        return Error::badInput(fmt::format("layer {} has no radial edges", layer.id));
    for (std::size_t i = 0; i < layer.radialEdges.size(); ++i) {
        if (!std::isfinite(layer.radialEdges[i]))
            return Error::badInput(fmt::format("layer {} has a radial edge that is not finite", layer.id));
        if (i > 0 && !(layer.radialEdges[i] > layer.radialEdges[i - 1]))
            return Error::badInput(fmt::format("layer {}: radial edges must ascend", layer.id));
    }
    if (layer.angularBins < 1 || layer.angularBins > kMaxAngularBins)
        return Error::badInput(
            fmt::format("layer {}: {} angular bins (1 to {})", layer.id, layer.angularBins, kMaxAngularBins));
    return success();
}

Result<std::vector<double>> parseEdges(const std::string& text, std::string_view source, int line) {
    std::vector<double> edges;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(',', start), text.size());
        std::string field = text.substr(start, end - start);
        field.erase(0, field.find_first_not_of(" \t"));
        field.erase(field.find_last_not_of(" \t") + 1);
        double value = 0;
        const auto [ptr, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
        if (field.empty() || ec != std::errc() || ptr != field.data() + field.size())
            return Error::badInput(fmt::format("r_edges: '{}' is not a number", field), std::string(source),
                                   line);
        edges.push_back(value);
        start = end + 1;
    }
    return edges;
}

Result<int> parseInteger(const std::map<std::string, std::string>& attributes, const char* key,
                         std::string_view source, int line) {
    const auto found = attributes.find(key);
    if (found == attributes.end())
        return Error::badInput(fmt::format("the attribute '{}' is missing", key), std::string(source), line);
    int value = 0;
    const auto& text = found->second;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size())
        return Error::badInput(fmt::format("'{}' = '{}' is not an integer", key, text), std::string(source),
                               line);
    return value;
}

Result<LayerSpec> readLayer(const detail::XmlElement& element, std::string_view source) {
    LayerSpec layer;
    auto id = parseInteger(element.attributes, "id", source, element.line);
    auto angular = parseInteger(element.attributes, "n_bin_alpha", source, element.line);
    if (!id)
        return std::move(id).error();
    if (!angular)
        return std::move(angular).error();
    const auto edges = element.attributes.find("r_edges");
    if (edges == element.attributes.end())
        return Error::badInput("the attribute 'r_edges' is missing", std::string(source), element.line);
    auto parsed = parseEdges(edges->second, source, element.line);
    if (!parsed)
        return std::move(parsed).error();
    layer.id = *id;
    layer.angularBins = *angular;
    layer.radialEdges = std::move(*parsed);
    auto checked = checkLayer(layer);
    if (!checked)
        return Error::badInput(checked.error().message, std::string(source), element.line);
    return layer;
}

std::vector<double> uniformEdges(int bins, double width) {
    std::vector<double> edges;
    for (int i = 0; i <= bins; ++i)
        edges.push_back(i * width);
    return edges;
}

std::vector<LayerSpec> layersOf(int count, const std::map<int, LayerSpec>& withVoxels) {
    std::vector<LayerSpec> layers;
    for (int id = 0; id < count; ++id) {
        const auto found = withVoxels.find(id);
        layers.push_back(found != withVoxels.end() ? found->second : LayerSpec{id, {0.0}, 1});
    }
    return layers;
}

} // namespace

std::string datasetName(Dataset dataset) {
    switch (dataset) {
    case Dataset::OnePhotons:
        return "1-photons";
    case Dataset::OnePions:
        return "1-pions";
    case Dataset::Two:
        return "2";
    case Dataset::Three:
        return "3";
    }
    return "?";
}

Result<Dataset> parseDatasetName(std::string_view name) {
    for (const Dataset dataset : {Dataset::OnePhotons, Dataset::OnePions, Dataset::Two, Dataset::Three})
        if (name == datasetName(dataset))
            return dataset;
    return Error::usage(fmt::format("unknown dataset '{}': use 1-photons, 1-pions, 2 or 3", name));
}

Result<Binning> Binning::make(std::vector<LayerSpec> layers, int pdgId, std::string particle) {
    Binning binning;
    binning.m_pdgId = pdgId;
    binning.m_particle = std::move(particle);
    std::size_t first = 0;
    for (std::size_t index = 0; index < layers.size(); ++index) {
        const LayerSpec& spec = layers[index];
        LUPA_TRY(checkLayer(spec));
        Layer layer{
            spec.id, spec.radialEdges, static_cast<int>(spec.radialEdges.size()) - 1, spec.angularBins, first,
            0};
        layer.voxelCount =
            static_cast<std::size_t>(layer.radialBins) * static_cast<std::size_t>(layer.angularBins);
        first += layer.voxelCount;
        if (layer.radialBins > 0)
            binning.m_relevantLayers.push_back(static_cast<int>(index));
        if (layer.angularBins > 1 && layer.radialBins > 0)
            binning.m_angularLayers.push_back(static_cast<int>(index));
        // Voxel centres as the challenge's reference code places them: angular bin slow, radial fast.
        const double step = 2 * std::numbers::pi / layer.angularBins;
        for (int alpha = 0; alpha < layer.angularBins && layer.radialBins > 0; ++alpha) {
            const double angle = layer.angularBins == 1 ? 0.0 : -std::numbers::pi + (alpha + 0.5) * step;
            for (int r = 0; r < layer.radialBins; ++r) {
                const double radius = 0.5 * (layer.radialEdges[r] + layer.radialEdges[r + 1]);
                binning.m_voxelR.push_back(radius);
                binning.m_voxelAlpha.push_back(angle);
                binning.m_voxelEta.push_back(radius * std::cos(angle));
                binning.m_voxelPhi.push_back(radius * std::sin(angle));
                binning.m_voxelLayer.push_back(static_cast<int>(index));
            }
        }
        binning.m_layers.push_back(std::move(layer));
    }
    return binning;
}

Result<Binning> Binning::fromXmlText(std::string_view text, std::string_view sourceName) {
    auto root = detail::parseXmlElements(text, sourceName);
    if (!root)
        return std::move(root).error();
    if (root->name != "Bins")
        return Error::badInput(fmt::format("expected <Bins>, found <{}>", root->name),
                               std::string(sourceName), root->line);
    if (root->children.size() != 1 || root->children.front().name != "Bin")
        return Error::badInput("<Bins> must hold exactly one <Bin>", std::string(sourceName), root->line);
    const detail::XmlElement& bin = root->children.front();
    auto pid = parseInteger(bin.attributes, "pid", sourceName, bin.line);
    if (!pid)
        return std::move(pid).error();
    const auto name = bin.attributes.find("name");
    std::vector<LayerSpec> layers;
    for (const detail::XmlElement& element : bin.children) {
        if (element.name != "Layer")
            return Error::badInput(fmt::format("unexpected <{}> in <Bin>", element.name),
                                   std::string(sourceName), element.line);
        auto layer = readLayer(element, sourceName);
        if (!layer)
            return std::move(layer).error();
        if (layer->id != static_cast<int>(layers.size()))
            return Error::badInput(fmt::format("layer id {} where {} was expected", layer->id, layers.size()),
                                   std::string(sourceName), element.line);
        layers.push_back(std::move(*layer));
    }
    if (layers.empty())
        return Error::badInput("<Bin> holds no <Layer>", std::string(sourceName), bin.line);
    return make(std::move(layers), *pid, name != bin.attributes.end() ? name->second : std::string());
}

Result<Binning> Binning::fromXmlFile(const std::filesystem::path& path) {
    auto text = readFile(path);
    if (!text)
        return std::move(text).error();
    return fromXmlText(*text, path.string());
}

Binning Binning::builtin(Dataset dataset) {
    // The geometries of the challenge's binning files (code/binning_dataset_*.xml of CaloChallenge).
    std::vector<LayerSpec> layers;
    int pid = 11;
    std::string particle = "electron";
    switch (dataset) {
    case Dataset::OnePhotons:
        pid = 22;
        particle = "photon";
        layers = layersOf(
            24,
            {{0, {0, {0, 5, 10, 30, 50, 100, 200, 400, 600}, 1}},
             {1, {1, {0, 2, 4, 6, 8, 10, 12, 15, 20, 30, 40, 50, 70, 90, 120, 150, 200}, 10}},
             {2,
              {2, {0, 2, 5, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 130, 160, 200, 250, 300, 350, 400}, 10}},
             {3, {3, {0, 50, 100, 200, 400, 600}, 1}},
             {12, {12, {0, 100, 200, 400, 1000, 2000}, 1}}});
        break;
    case Dataset::OnePions:
        pid = 211;
        particle = "pion";
        layers = layersOf(
            24,
            {{0, {0, {0, 5, 10, 30, 50, 100, 200, 400, 600}, 1}},
             {1, {1, {0, 1, 4, 7, 10, 15, 30, 50, 90, 150, 200}, 10}},
             {2, {2, {0, 5, 10, 20, 30, 50, 80, 130, 200, 300, 400}, 10}},
             {3, {3, {0, 50, 100, 200, 400, 600}, 1}},
             {12, {12, {0, 10, 20, 30, 50, 80, 100, 130, 160, 200, 250, 300, 350, 400, 1000, 2000}, 10}},
             {13, {13, {0, 10, 20, 30, 50, 80, 100, 130, 160, 200, 250, 300, 350, 400, 600, 1000, 2000}, 10}},
             {14, {14, {0, 50, 100, 150, 200, 250, 300, 400, 600, 1000, 2000}, 1}}});
        break;
    case Dataset::Two:
        for (int id = 0; id < 45; ++id)
            layers.push_back({id, uniformEdges(9, 4.65), 16});
        break;
    case Dataset::Three:
        for (int id = 0; id < 45; ++id)
            layers.push_back({id, uniformEdges(18, 2.325), 50});
        break;
    }
    return std::move(make(std::move(layers), pid, particle)).value(); // the tables above are valid
}

Result<Dataset> Binning::datasetForVoxelCount(std::size_t voxels) {
    for (const Dataset dataset : {Dataset::OnePhotons, Dataset::OnePions, Dataset::Two, Dataset::Three})
        if (builtin(dataset).voxelCount() == voxels)
            return dataset;
    return Error::badInput(
        fmt::format("{} voxels per shower match no CaloChallenge dataset (368 for dataset 1 "
                    "photons, 533 for pions, 6480 for dataset 2, 40500 for dataset 3)",
                    voxels));
}

} // namespace lupa::calo
