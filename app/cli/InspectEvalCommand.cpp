// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli inspect eval`: predicted boxes against the truth, as the DeepPCB protocol counts.
#include "InspectCommands.hpp"

#include <lupa/core/inspection/DeepPcb.hpp>
#include <lupa/core/inspection/DetectionMetrics.hpp>
#include <lupa/core/inspection/PixelMetrics.hpp>
#include <lupa/vision/Image.hpp>
#include <lupa/vision/SyntheticSample.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lupa::cli {
namespace {

using TruthMap = std::map<std::string, std::vector<inspection::LabelledBox>>;

Result<TruthMap> truthOf(const InspectEvalOptions& options) {
    if (options.truth.empty() == options.pairs.empty())
        return Error::usage("give either --truth DIR or --pairs LIST --root DIR (and/or --masks DIR)");
    if (!options.truth.empty())
        return inspection::readTruthFolder(options.truth);
    auto pairs = inspection::readPairList(options.pairs, options.root);
    if (!pairs)
        return std::move(pairs).error();
    return inspection::readTruthForPairs(*pairs);
}

/// `<id>_mask.png` files under `dir` (recursively), by id.
std::map<std::string, std::filesystem::path> masksIn(const std::filesystem::path& dir) {
    std::map<std::string, std::filesystem::path> masks;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec); !ec && it != decltype(it)();
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() > 9 && name.ends_with("_mask.png"))
            masks[name.substr(0, name.size() - 9)] = it->path();
    }
    return masks;
}

/// The pixels of one anomaly map with their truth: 0 a good pixel, 1 to 254 a defect pixel inside a
/// truth box of that class, 255 a defect pixel outside every box (or no boxes given).
struct LabelledPixels {
    std::vector<float> scores;
    std::vector<std::uint8_t> classes;
};

constexpr std::uint8_t kGoodPixel = 0;
constexpr std::uint8_t kDefectWithoutBox = 255;

std::uint8_t pixelClass(int x, int y, bool isDefect, const std::vector<inspection::LabelledBox>* boxes) {
    if (!isDefect)
        return kGoodPixel;
    if (boxes != nullptr)
        for (const auto& labelled : *boxes) {
            const auto& b = labelled.box;
            if (x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2 && labelled.classId > 0 &&
                labelled.classId < 255)
                return static_cast<std::uint8_t>(labelled.classId);
        }
    return kDefectWithoutBox;
}

Result<void> addMapPixels(const std::filesystem::path& mapPath, const std::filesystem::path& maskPath,
                          const std::vector<inspection::LabelledBox>* boxes, LabelledPixels& pixels) {
    auto map = vision::readImage(mapPath);
    if (!map)
        return std::move(map).error();
    auto mask = vision::readGrayImage(maskPath);
    if (!mask)
        return std::move(mask).error();
    if (map->depth() != vision::PixelDepth::U16 || map->channels() != 1)
        return Error::badInput("not a 16-bit anomaly map (inspect run --save-map)", mapPath.string());
    if (map->width() != mask->width() || map->height() != mask->height())
        return Error::badInput(fmt::format("the map is {}x{} but its mask {}x{}", map->width(), map->height(),
                                           mask->width(), mask->height()),
                               mapPath.string());
    for (int y = 0; y < map->height(); ++y) {
        const auto* mapRow = reinterpret_cast<const std::uint16_t*>(map->row(y));
        const auto* maskRow = mask->row(y);
        for (int x = 0; x < map->width(); ++x) {
            pixels.scores.push_back(static_cast<float>(mapRow[x]));
            pixels.classes.push_back(pixelClass(x, y, maskRow[x] > 127, boxes));
        }
    }
    return success();
}

/// AUROC of the defect pixels of one class (all classes: `classId` < 0) against every good pixel.
double aurocOf(const LabelledPixels& pixels, int classId) {
    if (classId < 0) {
        std::vector<std::uint8_t> labels(pixels.classes.size());
        std::transform(pixels.classes.begin(), pixels.classes.end(), labels.begin(),
                       [](std::uint8_t c) { return static_cast<std::uint8_t>(c != kGoodPixel); });
        return inspection::pixelAuroc(pixels.scores, labels);
    }
    std::vector<float> scores;
    std::vector<std::uint8_t> labels;
    for (std::size_t i = 0; i < pixels.scores.size(); ++i)
        if (pixels.classes[i] == kGoodPixel || pixels.classes[i] == classId) {
            scores.push_back(pixels.scores[i]);
            labels.push_back(static_cast<std::uint8_t>(pixels.classes[i] != kGoodPixel));
        }
    return inspection::pixelAuroc(scores, labels);
}

/// Pixel AUROC per class of the truth boxes that cover mask pixels.
Json perClassPixelAuroc(const LabelledPixels& pixels, const std::vector<std::string>& names) {
    Json perClass = Json::array();
    for (int classId = 1; classId < kDefectWithoutBox; ++classId) {
        const auto count =
            std::count(pixels.classes.begin(), pixels.classes.end(), static_cast<std::uint8_t>(classId));
        if (count == 0)
            continue;
        const auto index = static_cast<std::size_t>(classId);
        perClass.push_back({{"class_id", classId},
                            {"name", index < names.size() ? names[index] : fmt::format("class {}", classId)},
                            {"defect_pixels", count},
                            {"pixel_auroc", aurocOf(pixels, classId)}});
    }
    return perClass;
}

/// Pixel-level AUROC of the anomaly maps (`<id>_map.png` of inspect run --save-map) against defect masks;
/// with truth boxes also per class (a mask pixel takes the class of the truth box it lies in).
Result<Json> pixelMetrics(const std::filesystem::path& pred, const std::filesystem::path& masksDir,
                          const TruthMap* truth, const std::vector<std::string>& names) {
    LabelledPixels pixels;
    std::size_t images = 0;
    for (const auto& [id, maskPath] : masksIn(masksDir)) {
        const auto mapPath = pred / (id + "_map.png");
        if (!std::filesystem::exists(mapPath))
            continue;
        const auto boxes = truth != nullptr ? truth->find(id) : TruthMap::const_iterator();
        LUPA_TRY(addMapPixels(mapPath, maskPath,
                              truth != nullptr && boxes != truth->end() ? &boxes->second : nullptr, pixels));
        ++images;
    }
    if (images == 0)
        return Error::badInput("no <id>_map.png in the prediction folder has an <id>_mask.png",
                               masksDir.string());
    const auto defects =
        pixels.classes.size() -
        static_cast<std::size_t>(std::count(pixels.classes.begin(), pixels.classes.end(), kGoodPixel));
    Json json{{"images", images},
              {"pixels", pixels.classes.size()},
              {"defect_pixels", defects},
              {"pixel_auroc", aurocOf(pixels, -1)}};
    if (truth != nullptr)
        json["per_class"] = perClassPixelAuroc(pixels, names);
    return json;
}

std::string pixelSummary(const Json& pixels) {
    std::string summary =
        fmt::format("pixel AUROC {:.4f} over {} images", pixels["pixel_auroc"].get<double>(),
                    pixels["images"].get<std::size_t>());
    if (pixels.contains("per_class"))
        for (const auto& c : pixels["per_class"])
            summary += fmt::format("\n  {:<18} {:>8} defect pixels  pixel AUROC {:.4f}",
                                   c["name"].get<std::string>(), c["defect_pixels"].get<std::size_t>(),
                                   c["pixel_auroc"].get<double>());
    return summary;
}

std::string classLine(const inspection::ClassMetrics& m, const std::string& name) {
    return fmt::format(
        "\n  {:<16} truths {:>5}  found {:>5}  precision {:.3f}  recall {:.3f}  F1 {:.3f}  AP {:.3f}", name,
        m.truths, m.detections, m.precision, m.recall, m.f1, m.averagePrecision);
}

Result<CommandOutput> withWrittenJson(const InspectEvalOptions& options, CommandOutput output) {
    if (!options.out.empty()) {
        LUPA_TRY(writeJsonFile(options.out, output.json));
        output.summary += "\nwritten to " + options.out;
    }
    return output;
}

} // namespace

Result<CommandOutput> runInspectEval(const InspectEvalOptions& options) {
    if (!(options.iou > 0.0 && options.iou <= 1.0))
        return Error::usage("--iou must be in (0, 1]");
    if (options.classes != "deeppcb" && options.classes != "synthetic")
        return Error::usage("--classes must be deeppcb or synthetic");
    const auto& names =
        options.classes == "synthetic" ? vision::syntheticClassNames() : inspection::deepPcbClassNames();
    CommandOutput output;
    const bool withTruth = !options.truth.empty() || !options.pairs.empty();
    Result<TruthMap> truth = withTruth ? truthOf(options) : Result<TruthMap>(TruthMap{});
    if (!truth)
        return std::move(truth).error();
    if (!options.masks.empty()) {
        auto pixels = pixelMetrics(options.pred, options.masks, withTruth ? &*truth : nullptr, names);
        if (!pixels)
            return std::move(pixels).error();
        output.summary = pixelSummary(*pixels);
        output.json["pixel"] = *pixels;
        if (!withTruth)
            return withWrittenJson(options, std::move(output));
        output.summary += '\n';
    } else if (!withTruth) {
        return Error::usage("give either --truth DIR or --pairs LIST --root DIR (and/or --masks DIR)");
    }
    auto predictions = inspection::readPredictionFolder(options.pred);
    if (!predictions)
        return std::move(predictions).error();
    // Only the images that have truth count: a prediction folder may hold more (e.g. the training part).
    std::map<std::string, std::vector<inspection::Detection>> matched;
    std::size_t missing = 0;
    for (const auto& [id, boxes] : *truth) {
        const auto it = predictions->find(id);
        if (it == predictions->end())
            ++missing;
        else
            matched[id] = it->second;
    }
    const auto metrics = inspection::evaluateDetections(*truth, matched, options.iou);
    const Json pixel = output.json.contains("pixel") ? output.json["pixel"] : Json();
    output.json = inspection::toJson(metrics, names);
    if (!pixel.is_null())
        output.json["pixel"] = pixel;
    output.json["iou_threshold"] = options.iou;
    output.json["images_without_prediction"] = missing;
    const auto& any = metrics.classAgnostic;
    output.summary +=
        fmt::format("{} images, IoU >= {}: any class: precision {:.3f}, recall {:.3f}, F1 {:.3f}, "
                    "{:.2f} false boxes per image; mAP {:.3f}",
                    metrics.images, options.iou, any.precision, any.recall, any.f1,
                    metrics.falseBoxesPerImage, metrics.meanAveragePrecision);
    for (const auto& m : metrics.perClass)
        output.summary += classLine(m, static_cast<std::size_t>(m.classId) < names.size()
                                           ? names[static_cast<std::size_t>(m.classId)]
                                           : fmt::format("class {}", m.classId));
    if (missing > 0)
        output.summary +=
            fmt::format("\n{} images have no prediction file (counted as finding nothing)", missing);
    return withWrittenJson(options, std::move(output));
}

} // namespace lupa::cli
