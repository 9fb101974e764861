// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// A module type: what lupa knows about one kind of detector module before it sees a photo of one. The
// golden reference image(s), the pixel scale, the named regions of interest with their kind and
// sensitivity, and the defect classes used for this type. Stored as a JSON file next to its reference
// images (docs/module-types.md describes the format); pure data, no OpenCV.

#include <lupa/core/Result.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lupa::inspection {

/// What a region of interest is for; every kind but Ignore is inspected with the region's sensitivity.
enum class RegionKind {
    Ignore,       ///< never inspected (labels, fiducials, areas that change from module to module)
    WireBondPads, ///< wire-bond pads and bonds
    Connector,    ///< data or HV/LV connectors
    Component,    ///< SMD components
    Sensor,       ///< the sensor surface
    Generic,      ///< anything else
};

/// "ignore", "wire_bond_pads", "connector", "component", "sensor", "generic".
[[nodiscard]] const char* toString(RegionKind kind);
/// Parses what toString writes; nullopt for anything else.
[[nodiscard]] std::optional<RegionKind> parseRegionKind(std::string_view name);

/// A point in reference-image pixels (x to the right, y down; px).
struct PixelPoint {
    double x = 0.0; ///< column (px)
    double y = 0.0; ///< row (px)
    friend bool operator==(const PixelPoint&, const PixelPoint&) = default;
};

/// A named region of interest drawn on the reference image.
struct RegionOfInterest {
    std::string name; ///< unique within the module type, e.g. "pads left"
    RegionKind kind = RegionKind::Generic;
    std::vector<PixelPoint> polygon; ///< closed polygon in reference pixels, at least three vertices
    /// Multiplies the normalised anomaly score inside the region: 2 finds defects half as strong, 0.5 only
    /// twice as strong ones. Ignored for RegionKind::Ignore.
    double sensitivity = 1.0;
    friend bool operator==(const RegionOfInterest&, const RegionOfInterest&) = default;
};

/// One golden reference image and the production stage it shows ("" = any stage).
struct ReferenceImage {
    std::string stage;
    std::filesystem::path image; ///< as written in the file: relative paths are relative to the file
    friend bool operator==(const ReferenceImage&, const ReferenceImage&) = default;
};

/// Everything a module-type file holds.
struct ModuleType {
    std::string name; ///< e.g. "ITk strip hybrid R0H0"
    std::string description;
    double micrometresPerPixel = 0.0; ///< pixel scale of the reference images (µm/px; 0 = unknown)
    std::vector<ReferenceImage> references;
    std::vector<RegionOfInterest> regions;  ///< later regions lie on top of earlier ones where they overlap
    std::vector<std::string> defectClasses; ///< index + 1 = class id, as the classifier numbers them
    friend bool operator==(const ModuleType&, const ModuleType&) = default;

    /// The reference for `stage`: the one named so, else the one with no stage, else the first; nullptr
    /// when there is none.
    [[nodiscard]] const ReferenceImage* referenceFor(std::string_view stage) const;
    /// The topmost region containing the point, or nullptr.
    [[nodiscard]] const RegionOfInterest* regionAt(PixelPoint point) const;
};

/// The ITk visual-inspection defect categories.
[[nodiscard]] const std::vector<std::string>& itkVisualInspectionClassNames();
/// Class lists shipped with lupa by name: "itk" or "deeppcb" (without "unclassified"); nullopt otherwise.
[[nodiscard]] std::optional<std::vector<std::string>> defectClassPreset(std::string_view name);

/// The last region in `regions` whose polygon contains the point (later regions lie on top), or nullptr.
[[nodiscard]] const RegionOfInterest* topmostRegionAt(const std::vector<RegionOfInterest>& regions,
                                                      PixelPoint point);

/// True when the point lies inside the polygon (even-odd rule; points on an edge may go either way).
[[nodiscard]] bool polygonContains(const std::vector<PixelPoint>& polygon, PixelPoint point);

/// The JSON form (format "lupa-module-type", version 1).
[[nodiscard]] nlohmann::json toJson(const ModuleType& type);
/// Reads the JSON form, validating every field; errors name `sourceName` and the field, e.g.
/// "regions[2].polygon[1]: coordinates must be finite numbers".
[[nodiscard]] Result<ModuleType> moduleTypeFromJson(const nlohmann::json& json, std::string_view sourceName);
/// Reads a module-type file (at most 16 MB).
[[nodiscard]] Result<ModuleType> readModuleTypeFile(const std::filesystem::path& path);
/// Writes a module-type file atomically.
Result<void> writeModuleTypeFile(const std::filesystem::path& path, const ModuleType& type);
/// The path of a reference image as written in the file at `moduleTypeFile`: absolute paths stay,
/// relative ones are taken relative to the file's folder.
[[nodiscard]] std::filesystem::path resolveReferencePath(const std::filesystem::path& moduleTypeFile,
                                                         const ReferenceImage& reference);

} // namespace lupa::inspection
