// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The module-type file: JSON, validated field by field. Errors name the file and the field path
// ("regions[2].polygon[1]") so an operator can find the mistake in an editor.
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/Json.hpp>
#include <lupa/core/inspection/ModuleType.hpp>

#include <fmt/format.h>

#include <cmath>
#include <set>

namespace lupa::inspection {
namespace {

constexpr const char* kModuleTypeFormat = "lupa-module-type";
constexpr int kModuleTypeVersion = 1;
constexpr std::uintmax_t kMaxModuleTypeBytes = std::uintmax_t{16} << 20;
constexpr std::size_t kMaxRegions = 10'000;
constexpr std::size_t kMaxPolygonVertices = 100'000; // per polygon
constexpr std::size_t kMaxReferences = 100;
constexpr std::size_t kMaxDefectClasses = 1'000;
constexpr std::size_t kMaxNameLength = 200;
constexpr double kMaxCoordinatePx = 1e6;
constexpr double kMaxSensitivity = 100.0;

// Reads the fields of one JSON object and reports the first problem with its path.
class FieldReader {
public:
    FieldReader(std::string_view source, std::string path)
        : m_source(source)
        , m_path(std::move(path)) {}

    [[nodiscard]] Error error(const std::string& field, const std::string& problem) const {
        const std::string where = m_path.empty() ? field : field.empty() ? m_path : m_path + "." + field;
        return Error::badInput(fmt::format("{}: {}", where.empty() ? "module type" : where, problem),
                               std::string(m_source));
    }
    [[nodiscard]] std::string child(const std::string& field) const {
        return m_path.empty() ? field : m_path + "." + field;
    }
    [[nodiscard]] std::string_view source() const { return m_source; }

    Result<std::string> text(const nlohmann::json& object, const char* key, bool required) const {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                return error(key, "missing");
            return std::string();
        }
        if (!it->is_string())
            return error(key, "must be a string");
        auto value = it->get<std::string>();
        if (value.size() > kMaxNameLength && std::string_view(key) != "description")
            return error(key, fmt::format("longer than {} characters", kMaxNameLength));
        return value;
    }

    Result<double> number(const nlohmann::json& object, const char* key, double fallback, double low,
                          double high) const {
        const auto it = object.find(key);
        if (it == object.end())
            return fallback;
        if (!it->is_number())
            return error(key, "must be a number");
        const double value = it->get<double>();
        if (!std::isfinite(value) || value < low || value > high)
            return error(key,
                         fmt::format("must be a finite number in [{}, {}], not {}", low, high, it->dump()));
        return value;
    }

private:
    std::string_view m_source;
    std::string m_path;
};

Result<PixelPoint> readPoint(const nlohmann::json& json, const FieldReader& fields) {
    if (!json.is_array() || json.size() != 2 || !json[0].is_number() || !json[1].is_number())
        return fields.error("", "a vertex must be [x, y] in pixels");
    const PixelPoint point{json[0].get<double>(), json[1].get<double>()};
    if (!std::isfinite(point.x) || !std::isfinite(point.y) || std::abs(point.x) > kMaxCoordinatePx ||
        std::abs(point.y) > kMaxCoordinatePx)
        return fields.error(
            "", fmt::format("coordinates must be finite numbers within ±{} px", kMaxCoordinatePx));
    return point;
}

Result<std::vector<PixelPoint>> readPolygon(const nlohmann::json& region, const FieldReader& fields) {
    const auto it = region.find("polygon");
    if (it == region.end())
        return fields.error("polygon", "missing");
    if (!it->is_array() || it->size() < 3 || it->size() > kMaxPolygonVertices)
        return fields.error("polygon",
                            fmt::format("must be a list of 3 to {} vertices [x, y]", kMaxPolygonVertices));
    std::vector<PixelPoint> polygon;
    polygon.reserve(it->size());
    for (std::size_t i = 0; i < it->size(); ++i) {
        auto point =
            readPoint((*it)[i], FieldReader(fields.source(), fields.child(fmt::format("polygon[{}]", i))));
        if (!point)
            return std::move(point).error();
        polygon.push_back(*point);
    }
    return polygon;
}

Result<RegionOfInterest> readRegion(const nlohmann::json& json, const FieldReader& fields) {
    if (!json.is_object())
        return fields.error("", "a region must be an object with name, kind and polygon");
    RegionOfInterest region;
    auto name = fields.text(json, "name", true);
    if (!name)
        return std::move(name).error();
    if (name->empty())
        return fields.error("name", "must not be empty");
    region.name = std::move(*name);
    auto kindName = fields.text(json, "kind", false);
    if (!kindName)
        return std::move(kindName).error();
    if (!kindName->empty()) {
        const auto kind = parseRegionKind(*kindName);
        if (!kind)
            return fields.error("kind", fmt::format("'{}' is not one of ignore, wire_bond_pads, connector, "
                                                    "component, sensor, generic",
                                                    *kindName));
        region.kind = *kind;
    }
    auto sensitivity = fields.number(json, "sensitivity", 1.0, 0.0, kMaxSensitivity);
    if (!sensitivity)
        return std::move(sensitivity).error();
    if (*sensitivity <= 0.0)
        return fields.error("sensitivity", "must be above 0 (use kind \"ignore\" to skip a region)");
    region.sensitivity = *sensitivity;
    auto polygon = readPolygon(json, fields);
    if (!polygon)
        return std::move(polygon).error();
    region.polygon = std::move(*polygon);
    return region;
}

Result<void> readRegions(const nlohmann::json& json, ModuleType& type, std::string_view source) {
    const auto it = json.find("regions");
    if (it == json.end())
        return success();
    const FieldReader top(source, "");
    if (!it->is_array() || it->size() > kMaxRegions)
        return top.error("regions", fmt::format("must be a list of at most {} regions", kMaxRegions));
    std::set<std::string> names;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const FieldReader fields(source, fmt::format("regions[{}]", i));
        auto region = readRegion((*it)[i], fields);
        if (!region)
            return std::move(region).error();
        if (!names.insert(region->name).second)
            return fields.error("name", fmt::format("'{}' names two regions", region->name));
        type.regions.push_back(std::move(*region));
    }
    return success();
}

Result<void> readReferences(const nlohmann::json& json, ModuleType& type, std::string_view source) {
    const auto it = json.find("references");
    if (it == json.end())
        return success();
    const FieldReader top(source, "");
    if (!it->is_array() || it->size() > kMaxReferences)
        return top.error("references",
                         fmt::format("must be a list of at most {} references", kMaxReferences));
    for (std::size_t i = 0; i < it->size(); ++i) {
        const FieldReader fields(source, fmt::format("references[{}]", i));
        if (!(*it)[i].is_object())
            return fields.error("", "a reference must be an object with image (and stage)");
        auto stage = fields.text((*it)[i], "stage", false);
        if (!stage)
            return std::move(stage).error();
        auto image = fields.text((*it)[i], "image", true);
        if (!image)
            return std::move(image).error();
        if (image->empty())
            return fields.error("image", "must not be empty");
        type.references.push_back({std::move(*stage), std::filesystem::path(*image)});
    }
    return success();
}

Result<void> readDefectClasses(const nlohmann::json& json, ModuleType& type, std::string_view source) {
    const auto it = json.find("defect_classes");
    if (it == json.end())
        return success();
    const FieldReader top(source, "");
    if (it->is_string()) {
        auto preset = defectClassPreset(it->get<std::string>());
        if (!preset)
            return top.error("defect_classes", fmt::format("'{}' is not a shipped class list (itk, deeppcb)",
                                                           it->get<std::string>()));
        type.defectClasses = std::move(*preset);
        return success();
    }
    if (!it->is_array() || it->size() > kMaxDefectClasses)
        return top.error("defect_classes", "must be \"itk\", \"deeppcb\" or a list of class names");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const auto& name = (*it)[i];
        if (!name.is_string() || name.get<std::string>().empty() ||
            name.get<std::string>().size() > kMaxNameLength)
            return top.error(fmt::format("defect_classes[{}]", i), "must be a non-empty name");
        if (!seen.insert(name.get<std::string>()).second)
            return top.error(fmt::format("defect_classes[{}]", i),
                             fmt::format("'{}' appears twice", name.get<std::string>()));
        type.defectClasses.push_back(name.get<std::string>());
    }
    return success();
}

Result<void> checkFormat(const nlohmann::json& json, const FieldReader& top) {
    if (!json.is_object())
        return top.error("", "not a module-type file (the top level must be a JSON object)");
    const auto format = json.find("format");
    if (format == json.end() || *format != kModuleTypeFormat)
        return top.error("format", fmt::format("must be \"{}\"", kModuleTypeFormat));
    const auto version = json.find("version");
    if (version == json.end() || !version->is_number_integer() || version->get<std::int64_t>() < 1)
        return top.error("version", "must be a positive integer");
    if (version->get<std::int64_t>() > kModuleTypeVersion)
        return top.error("version", fmt::format("{} is newer than this lupa reads ({}); update lupa",
                                                version->get<std::int64_t>(), kModuleTypeVersion));
    return success();
}

} // namespace

nlohmann::json toJson(const ModuleType& type) {
    nlohmann::json json{{"format", kModuleTypeFormat},
                        {"version", kModuleTypeVersion},
                        {"name", type.name},
                        {"pixel_scale_um", type.micrometresPerPixel}};
    if (!type.description.empty())
        json["description"] = type.description;
    json["references"] = nlohmann::json::array();
    for (const auto& reference : type.references)
        json["references"].push_back({{"stage", reference.stage}, {"image", reference.image.string()}});
    json["regions"] = nlohmann::json::array();
    for (const auto& region : type.regions) {
        nlohmann::json polygon = nlohmann::json::array();
        for (const auto& point : region.polygon)
            polygon.push_back({point.x, point.y});
        json["regions"].push_back({{"name", region.name},
                                   {"kind", toString(region.kind)},
                                   {"sensitivity", region.sensitivity},
                                   {"polygon", std::move(polygon)}});
    }
    json["defect_classes"] = type.defectClasses;
    return json;
}

Result<ModuleType> moduleTypeFromJson(const nlohmann::json& json, std::string_view sourceName) {
    const FieldReader top(sourceName, "");
    LUPA_TRY(checkFormat(json, top));
    ModuleType type;
    auto name = top.text(json, "name", true);
    if (!name)
        return std::move(name).error();
    type.name = std::move(*name);
    auto description = top.text(json, "description", false);
    if (!description)
        return std::move(description).error();
    type.description = std::move(*description);
    auto scale = top.number(json, "pixel_scale_um", 0.0, 0.0, 1e6);
    if (!scale)
        return std::move(scale).error();
    type.micrometresPerPixel = *scale;
    LUPA_TRY(readReferences(json, type, sourceName));
    LUPA_TRY(readRegions(json, type, sourceName));
    LUPA_TRY(readDefectClasses(json, type, sourceName));
    return type;
}

Result<ModuleType> readModuleTypeFile(const std::filesystem::path& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return Error::io("cannot read the module-type file", path.string());
    if (size > kMaxModuleTypeBytes)
        return Error::badInput(
            fmt::format("{} bytes is too large for a module-type file (at most 16 MB)", size), path.string());
    auto json = readJsonFile(path);
    if (!json)
        return std::move(json).error();
    return moduleTypeFromJson(*json, path.string());
}

Result<void> writeModuleTypeFile(const std::filesystem::path& path, const ModuleType& type) {
    return writeJsonFile(path, toJson(type));
}

} // namespace lupa::inspection
