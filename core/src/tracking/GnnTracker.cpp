// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/ml/ModelFileFormat.hpp>
#include <lupa/core/tracking/GnnTracker.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace lupa::tracking {
namespace {

constexpr std::string_view kModelKind = "track-gnn";

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// Mean and standard deviation (at least 1e-6) of each of `width` columns over the rows of all tables.
void measureColumns(const std::vector<const std::vector<float>*>& tables, int width, std::vector<float>& mean,
                    std::vector<float>& scale) {
    std::vector<double> sum(width, 0.0), squares(width, 0.0);
    double rows = 0;
    for (const auto* table : tables) {
        for (std::size_t i = 0; i < table->size(); ++i) {
            sum[i % width] += (*table)[i];
            squares[i % width] += static_cast<double>((*table)[i]) * (*table)[i];
        }
        rows += static_cast<double>(table->size() / width);
    }
    mean.assign(width, 0.F);
    scale.assign(width, 1.F);
    for (int k = 0; k < width && rows > 0; ++k) {
        const double m = sum[k] / rows;
        mean[k] = static_cast<float>(m);
        scale[k] = static_cast<float>(std::max(std::sqrt(std::max(squares[k] / rows - m * m, 0.0)), 1e-6));
    }
}

void standardise(std::vector<float>& table, const std::vector<float>& mean, const std::vector<float>& scale) {
    const std::size_t width = mean.size();
    for (std::size_t i = 0; i < table.size() && width > 0; ++i)
        table[i] = std::clamp((table[i] - mean[i % width]) / scale[i % width], -10.F, 10.F);
}

ml::EdgeGraph edgeGraphOf(std::span<const trackml::Hit> hits, const HitGraph& graph,
                          const FeatureScaling* scaling = nullptr) {
    auto features = graphFeatures(hits, graph);
    if (scaling) {
        standardise(features.nodes, scaling->nodeMean, scaling->nodeScale);
        standardise(features.edges, scaling->edgeMean, scaling->edgeScale);
    }
    return {static_cast<std::int64_t>(hits.size()), std::move(features.nodes), std::move(features.edges),
            std::vector<std::int64_t>(graph.source.begin(), graph.source.end()),
            std::vector<std::int64_t>(graph.target.begin(), graph.target.end())};
}

Result<HitGraph> buildGraph(std::span<const trackml::Hit> hits, GraphKind kind, const ModuleMap& map,
                            const ModuleMapGraphConfig& mapConfig, const GeometricGraphConfig& geometric,
                            ProgressSink* progress) {
    if (kind == GraphKind::Geometric)
        return buildGeometricGraph(hits, geometric);
    if (kind == GraphKind::LayerMap)
        return buildLayerMapGraph(hits, map, mapConfig, progress);
    return buildModuleMapGraph(hits, map, mapConfig, progress);
}

nlohmann::json graphJson(const GnnModel& model) {
    return {{"kind", toString(model.graph)},
            {"margin", model.moduleMapGraph.margin},
            {"maxPhiSlope", model.geometricGraph.maxPhiSlope},
            {"maxZ0", model.geometricGraph.maxZ0},
            {"maxDeta", model.geometricGraph.maxDeta},
            {"maxDistance", model.geometricGraph.maxDistance}};
}

Result<void> readGraphJson(const nlohmann::json& json, GnnModel& model, const std::string& file) {
    try {
        const auto kind = json.at("kind").get<std::string>();
        const auto parsed = parseGraphKind(kind);
        if (!parsed)
            return Error::badInput(fmt::format("unknown graph kind '{}'", kind), file);
        model.graph = *parsed;
        model.moduleMapGraph.margin = json.at("margin").get<double>();
        model.geometricGraph.maxPhiSlope = json.at("maxPhiSlope").get<double>();
        model.geometricGraph.maxZ0 = json.at("maxZ0").get<double>();
        model.geometricGraph.maxDeta = json.at("maxDeta").get<double>();
        model.geometricGraph.maxDistance = json.at("maxDistance").get<double>();
    } catch (const nlohmann::json::exception& error) {
        return Error::badInput(fmt::format("the graph settings are incomplete: {}", error.what()), file);
    }
    return {};
}

Result<void> readColumn(const nlohmann::json& json, const char* key, std::size_t width, bool positive,
                        std::vector<float>& out, const std::string& file) {
    const auto bad = Error::badInput(fmt::format("featureScaling.{} must hold {} finite{} numbers", key,
                                                 width, positive ? " positive" : ""),
                                     file);
    if (!json.contains(key) || !json[key].is_array() || json[key].size() != width)
        return bad;
    out.clear();
    for (const auto& value : json[key]) {
        if (!value.is_number() || !std::isfinite(value.get<double>()) ||
            (positive && value.get<double>() <= 0))
            return bad;
        out.push_back(value.get<float>());
    }
    return {};
}

Result<void> readScaling(const nlohmann::json& json, FeatureScaling& scaling, const std::string& file) {
    if (!json.is_object())
        return Error::badInput("the model lacks its feature scaling", file);
    LUPA_TRY(readColumn(json, "nodeMean", kNodeFeatures, false, scaling.nodeMean, file));
    LUPA_TRY(readColumn(json, "nodeScale", kNodeFeatures, true, scaling.nodeScale, file));
    LUPA_TRY(readColumn(json, "edgeMean", kEdgeFeatures, false, scaling.edgeMean, file));
    LUPA_TRY(readColumn(json, "edgeScale", kEdgeFeatures, true, scaling.edgeScale, file));
    return {};
}

} // namespace

Result<GnnModel> trainGnn(std::span<const trackml::Event> events, const GnnTrainConfig& config,
                          ProgressSink& progress, const ml::EpochCallback& onEpoch) {
    if (events.empty())
        return Error::usage("training the GNN pipeline needs at least one event");
    ModuleMap map;
    if (config.graph != GraphKind::Geometric)
        for (const auto& event : events)
            LUPA_TRY(map.addEvent(event, config.moduleMap));
    std::vector<ml::LabelledEdgeGraph> graphs;
    nlohmann::json graphStats = nlohmann::json::array();
    for (const auto& event : events) {
        if (progress.isCancelled())
            return Error::cancelled();
        auto graph =
            buildGraph(event.hits, config.graph, map, config.moduleMapGraph, config.geometricGraph, nullptr);
        if (!graph)
            return std::move(graph).error();
        auto labels = edgeTruth(event, *graph);
        if (!labels)
            return std::move(labels).error();
        const auto quality = edgeQuality(*labels);
        graphStats.push_back(
            {{"hits", event.hits.size()}, {"edges", graph->edgeCount()}, {"trueEdges", quality.trueKept}});
        graphs.push_back({edgeGraphOf(event.hits, *graph), std::move(*labels)});
    }
    FeatureScaling scaling;
    std::vector<const std::vector<float>*> nodeTables, edgeTables;
    for (const auto& g : graphs) {
        nodeTables.push_back(&g.graph.nodes);
        edgeTables.push_back(&g.graph.edges);
    }
    measureColumns(nodeTables, kNodeFeatures, scaling.nodeMean, scaling.nodeScale);
    measureColumns(edgeTables, kEdgeFeatures, scaling.edgeMean, scaling.edgeScale);
    for (auto& g : graphs) {
        standardise(g.graph.nodes, scaling.nodeMean, scaling.nodeScale);
        standardise(g.graph.edges, scaling.edgeMean, scaling.edgeScale);
    }
    auto params = config.network;
    params.nodeFeatures = kNodeFeatures;
    params.edgeFeatures = kEdgeFeatures;
    auto classifier = ml::EdgeClassifier::create(params.toSpec(), config.training.seed);
    if (!classifier)
        return std::move(classifier).error();
    auto history = ml::trainEdgeClassifier(*classifier, graphs, config.training, progress, onEpoch);
    if (!history)
        return std::move(history).error();
    GnnModel model{config.graph,           std::move(map),      config.moduleMapGraph, config.geometricGraph,
                   std::move(*classifier), config.segmentation, std::move(scaling)};
    model.training = {{"events", events.size()},
                      {"graphs", graphStats},
                      {"config", config.training.toJson()},
                      {"trainLoss", history->trainLoss},
                      {"validationLoss", history->validationLoss},
                      {"bestEpoch", history->bestEpoch}};
    return model;
}

Result<GnnResult> reconstructGnn(std::span<const trackml::Hit> hits, const GnnModel& model,
                                 const std::optional<SegmentationConfig>& segmentation,
                                 ProgressSink* progress) {
    const auto start = std::chrono::steady_clock::now();
    GnnResult result;
    auto graph =
        buildGraph(hits, model.graph, model.moduleMap, model.moduleMapGraph, model.geometricGraph, progress);
    if (!graph)
        return std::move(graph).error();
    result.graph = std::move(*graph);
    result.seconds.graph = secondsSince(start);
    auto mark = std::chrono::steady_clock::now();
    const auto inputs = edgeGraphOf(hits, result.graph, &model.scaling);
    result.seconds.features = secondsSince(mark);
    if (progress && progress->isCancelled())
        return Error::cancelled();
    mark = std::chrono::steady_clock::now();
    auto scores = model.classifier.scores(inputs);
    if (!scores)
        return std::move(scores).error();
    result.scores = std::move(*scores);
    result.seconds.classifier = secondsSince(mark);
    mark = std::chrono::steady_clock::now();
    const auto settings = segmentation.value_or(model.segmentation);
    auto segments = segmentTracks(result.graph, result.scores, settings);
    result.seconds.segmentation = secondsSince(mark);
    result.trackOfHit = std::move(segments.trackOfHit);
    result.tracks = segments.tracks;
    result.edges = result.graph.edgeCount();
    result.keptEdges = static_cast<std::size_t>(std::count_if(
        result.scores.begin(), result.scores.end(), [&](float s) { return s >= settings.edgeCut; }));
    result.seconds.total = secondsSince(start);
    return result;
}

Result<void> saveGnnModel(const std::filesystem::path& path, const GnnModel& model) {
    ml::ModelMetadata metadata;
    metadata.kind = std::string(kModelKind);
    metadata.extra = {{"graph", graphJson(model)},
                      {"segmentation",
                       {{"edgeCut", model.segmentation.edgeCut},
                        {"minHits", model.segmentation.minHits},
                        {"walkthrough", model.segmentation.walkthrough}}},
                      {"moduleMap", model.moduleMap.toJson()},
                      {"featureScaling",
                       {{"nodeMean", model.scaling.nodeMean},
                        {"nodeScale", model.scaling.nodeScale},
                        {"edgeMean", model.scaling.edgeMean},
                        {"edgeScale", model.scaling.edgeScale}}},
                      {"training", model.training}};
    auto weights = model.classifier.saveWeights();
    if (!weights)
        return std::move(weights).error();
    auto bytes = ml::assembleModelFile(model.classifier.spec(), metadata, *weights);
    if (!bytes)
        return std::move(bytes).error();
    return writeFileAtomically(path, *bytes);
}

Result<GnnModel> loadGnnModel(const std::filesystem::path& path) {
    const std::string file = path.string();
    auto content = ml::readModelFile(path);
    if (!content)
        return std::move(content).error();
    if (content->metadata.kind != kModelKind)
        return Error::badInput(fmt::format("this is a '{}' model, not a GNN tracking model ('{}')",
                                           content->metadata.kind, kModelKind),
                               file);
    auto classifier = ml::EdgeClassifier::create(content->spec, 1);
    if (!classifier)
        return Error::badInput(classifier.error().message, file);
    if (auto loaded = classifier->loadWeights(content->weights); !loaded)
        return Error::badInput(loaded.error().message, file);
    const auto& extra = content->metadata.extra;
    if (!extra.contains("graph") || !extra.contains("moduleMap") || !extra.contains("segmentation"))
        return Error::badInput("the model lacks its graph, module map or segmentation settings", file);
    auto map = ModuleMap::fromJson(extra["moduleMap"], file);
    if (!map)
        return std::move(map).error();
    GnnModel model{GraphKind::LayerMap, std::move(*map), {}, {}, std::move(*classifier), {}};
    LUPA_TRY(readGraphJson(extra["graph"], model, file));
    try {
        const auto& s = extra["segmentation"];
        model.segmentation = {s.at("edgeCut").get<double>(), s.at("minHits").get<std::size_t>(),
                              s.at("walkthrough").get<bool>()};
    } catch (const nlohmann::json::exception& error) {
        return Error::badInput(fmt::format("the segmentation settings are incomplete: {}", error.what()),
                               file);
    }
    LUPA_TRY(readScaling(extra.value("featureScaling", nlohmann::json()), model.scaling, file));
    model.training = extra.value("training", nlohmann::json::object());
    return model;
}

} // namespace lupa::tracking
