// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: module-type files (JSON: references, regions of interest, defect classes). A file that
// reads must write back and read again to the same module type, and its regions must answer lookups.
#include <lupa/core/Json.hpp>
#include <lupa/core/inspection/ModuleType.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto json = lupa::parseJson(text, "fuzz.json");
    if (!json)
        return 0;
    auto type = lupa::inspection::moduleTypeFromJson(*json, "fuzz.json");
    if (!type)
        return 0;
    auto again = lupa::inspection::moduleTypeFromJson(lupa::inspection::toJson(*type), "again.json");
    if (!again || !(*again == *type))
        std::abort(); // what lupa writes it must read back unchanged
    for (const auto& region : type->regions)
        (void)type->regionAt(region.polygon.front());
    (void)type->referenceFor("reception");
    return 0;
}
