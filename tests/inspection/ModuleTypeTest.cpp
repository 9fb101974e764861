// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "../core/TempDir.hpp"

#include <lupa/core/Json.hpp>
#include <lupa/core/inspection/ModuleType.hpp>

#include <gtest/gtest.h>

namespace lupa::inspection {
namespace {

ModuleType hybrid() {
    ModuleType type;
    type.name = "strip hybrid";
    type.description = "two ASIC rows";
    type.micrometresPerPixel = 12.5;
    type.references = {{"reception", "golden-reception.png"}, {"", "golden.png"}};
    type.regions = {{"sensor", RegionKind::Sensor, {{0, 0}, {100, 0}, {100, 100}, {0, 100}}, 1.0},
                    {"label", RegionKind::Ignore, {{10, 10}, {30, 10}, {30, 20}, {10, 20}}, 1.0},
                    {"pads", RegionKind::WireBondPads, {{50, 50}, {70, 50}, {60, 80}}, 2.5}};
    type.defectClasses = itkVisualInspectionClassNames();
    return type;
}

Json validJson() {
    return toJson(hybrid());
}

// The error a reader gives for `json`, which must be a BadInput naming the source.
std::string errorFor(const Json& json) {
    const auto type = moduleTypeFromJson(json, "hybrid.json");
    EXPECT_FALSE(type.ok()) << json.dump();
    if (type.ok())
        return {};
    EXPECT_EQ(type.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(type.error().file, "hybrid.json");
    return type.error().message;
}

TEST(ModuleType, FileRoundTripKeepsEverything) {
    const test::TempDir dir;
    ASSERT_TRUE(writeModuleTypeFile(dir / "hybrid.json", hybrid()).ok());
    const auto read = readModuleTypeFile(dir / "hybrid.json");
    ASSERT_TRUE(read.ok()) << read.error().describe();
    EXPECT_EQ(*read, hybrid());
}

TEST(ModuleType, RegionLookupTakesTheTopmostRegion) {
    const ModuleType type = hybrid();
    ASSERT_NE(type.regionAt({20, 15}), nullptr);
    EXPECT_EQ(type.regionAt({20, 15})->name, "label"); // drawn on top of the sensor
    EXPECT_EQ(type.regionAt({60, 60})->name, "pads");
    EXPECT_EQ(type.regionAt({90, 90})->name, "sensor");
    EXPECT_EQ(type.regionAt({150, 50}), nullptr);
    EXPECT_FALSE(polygonContains(type.regions[2].polygon, {51, 79})); // outside the triangle's slanted edge
}

TEST(ModuleType, ReferenceForAStagePrefersItsOwnThenTheStagelessOne) {
    const ModuleType type = hybrid();
    EXPECT_EQ(type.referenceFor("reception")->image, "golden-reception.png");
    EXPECT_EQ(type.referenceFor("after wire-bonding")->image, "golden.png");
    EXPECT_EQ(ModuleType{}.referenceFor("reception"), nullptr);
    EXPECT_EQ(resolveReferencePath("/site/types/hybrid.json", type.references[1]), "/site/types/golden.png");
    EXPECT_EQ(resolveReferencePath("/site/types/hybrid.json", {"", "/data/golden.png"}), "/data/golden.png");
}

TEST(ModuleType, ClassPresetsNameTheShippedLists) {
    Json json = validJson();
    json["defect_classes"] = "deeppcb";
    const auto type = moduleTypeFromJson(json, "hybrid.json");
    ASSERT_TRUE(type.ok()) << type.error().describe();
    EXPECT_EQ(type->defectClasses, (std::vector<std::string>{"open", "short", "mousebite", "spur",
                                                             "spurious copper", "pin-hole"}));
    EXPECT_EQ(itkVisualInspectionClassNames().size(), 10U);
    EXPECT_FALSE(defectClassPreset("cms").has_value());
}

TEST(ModuleType, MistakesAreNamedByTheirField) {
    struct Case {
        const char* pointer; // JSON pointer of the field to replace
        Json value;
        const char* expected; // part of the message
    };
    const std::vector<Case> cases{
        {"/regions/1/polygon/2", Json::array({30, "twenty"}), "regions[1].polygon[2]"},
        {"/regions/0/polygon/0", Json::array({1e7, 0}), "regions[0].polygon[0]: coordinates"},
        {"/regions/2/kind", "bond pads", "regions[2].kind: 'bond pads' is not one of"},
        {"/regions/2/sensitivity", 0, "regions[2].sensitivity: must be above 0"},
        {"/regions/2/sensitivity", 1000, "regions[2].sensitivity: must be a finite number"},
        {"/regions/1/name", "sensor", "regions[1].name: 'sensor' names two regions"},
        {"/regions/0/polygon", Json::array({Json::array({0, 0}), Json::array({1, 1})}),
         "regions[0].polygon: must be"},
        {"/references/0/image", "", "references[0].image: must not be empty"},
        {"/defect_classes", "cms", "defect_classes: 'cms' is not a shipped class list"},
        {"/defect_classes/3", "scratches", "defect_classes[4]: 'scratches' appears twice"},
        {"/pixel_scale_um", -1, "pixel_scale_um: must be a finite number"},
        {"/version", 2, "version: 2 is newer than this lupa reads"},
        {"/format", "phoenix", "format: must be \"lupa-module-type\""},
        {"/name", 7, "name: must be a string"},
    };
    for (const Case& c : cases) {
        Json json = validJson();
        json[Json::json_pointer(c.pointer)] = c.value;
        const std::string message = errorFor(json);
        EXPECT_NE(message.find(c.expected), std::string::npos) << c.pointer << ": " << message;
    }
    EXPECT_NE(errorFor(Json::array()).find("not a module-type file"), std::string::npos);
}

TEST(ModuleType, UnreadableFilesAreRefusedWithTheirName) {
    const test::TempDir dir;
    const auto truncated = dir.write("cut.json", validJson().dump().substr(0, 80));
    const auto read = readModuleTypeFile(truncated);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().file, truncated.string());
    EXPECT_FALSE(readModuleTypeFile(dir / "missing.json").ok());
}

} // namespace
} // namespace lupa::inspection
