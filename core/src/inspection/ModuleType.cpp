// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/inspection/Detection.hpp>
#include <lupa/core/inspection/ModuleType.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace lupa::inspection {
namespace {

constexpr std::array<std::pair<RegionKind, const char*>, 6> kRegionKindNames{{
    {RegionKind::Ignore, "ignore"},
    {RegionKind::WireBondPads, "wire_bond_pads"},
    {RegionKind::Connector, "connector"},
    {RegionKind::Component, "component"},
    {RegionKind::Sensor, "sensor"},
    {RegionKind::Generic, "generic"},
}};

} // namespace

const char* toString(RegionKind kind) {
    for (const auto& [known, name] : kRegionKindNames)
        if (known == kind)
            return name;
    return "generic";
}

std::optional<RegionKind> parseRegionKind(std::string_view name) {
    for (const auto& [kind, known] : kRegionKindNames)
        if (name == known)
            return kind;
    return std::nullopt;
}

const std::vector<std::string>& itkVisualInspectionClassNames() {
    static const std::vector<std::string> names{
        "component misalignment",     "data connector", "HV/LV connector",
        "particulate contamination",  "scratches",      "shorts or close proximity",
        "soldermask irregularities",  "solder spills",  "watermarks",
        "wire-bond pad contamination"};
    return names;
}

std::optional<std::vector<std::string>> defectClassPreset(std::string_view name) {
    if (name == "itk")
        return itkVisualInspectionClassNames();
    if (name == "deeppcb")
        return std::vector<std::string>(deepPcbClassNames().begin() + 1, deepPcbClassNames().end());
    return std::nullopt;
}

bool polygonContains(const std::vector<PixelPoint>& polygon, PixelPoint point) {
    bool inside = false;
    for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const PixelPoint& a = polygon[i];
        const PixelPoint& b = polygon[j];
        if ((a.y > point.y) != (b.y > point.y) && point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

const ReferenceImage* ModuleType::referenceFor(std::string_view stage) const {
    const auto named =
        std::find_if(references.begin(), references.end(),
                     [&](const ReferenceImage& reference) { return reference.stage == stage; });
    if (named != references.end())
        return &*named;
    const auto anyStage =
        std::find_if(references.begin(), references.end(),
                     [](const ReferenceImage& reference) { return reference.stage.empty(); });
    if (anyStage != references.end())
        return &*anyStage;
    return references.empty() ? nullptr : &references.front();
}

const RegionOfInterest* topmostRegionAt(const std::vector<RegionOfInterest>& regions, PixelPoint point) {
    for (auto it = regions.rbegin(); it != regions.rend(); ++it)
        if (polygonContains(it->polygon, point))
            return &*it;
    return nullptr;
}

const RegionOfInterest* ModuleType::regionAt(PixelPoint point) const {
    return topmostRegionAt(regions, point);
}

std::filesystem::path resolveReferencePath(const std::filesystem::path& moduleTypeFile,
                                           const ReferenceImage& reference) {
    if (reference.image.is_absolute())
        return reference.image;
    return moduleTypeFile.parent_path() / reference.image;
}

} // namespace lupa::inspection
