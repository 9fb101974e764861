// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "trackml/CsvTable.hpp"

#include <lupa/core/trackml/Detectors.hpp>

#include <fmt/format.h>

#include <cmath>

namespace lupa::trackml {
namespace {

using detail::field;
using detail::Row;

const std::vector<std::string> kColumns{
    "volume_id", "layer_id", "module_id",    "cx",           "cy",        "cz",      "rot_xu",
    "rot_xv",    "rot_xw",   "rot_yu",       "rot_yv",       "rot_yw",    "rot_zu",  "rot_zv",
    "rot_zw",    "module_t", "module_minhu", "module_maxhu", "module_hv", "pitch_u", "pitch_v"};

// The columns of the rotation are the module's local axes in global coordinates: unit length and
// perpendicular, within the precision the file prints (about 1e-6).
bool isOrthonormal(const std::array<double, 9>& m) {
    constexpr double kTolerance = 1e-4;
    for (int a = 0; a < 3; ++a)
        for (int b = a; b < 3; ++b) {
            const double dot = m[a] * m[b] + m[3 + a] * m[3 + b] + m[6 + a] * m[6 + b];
            if (std::abs(dot - (a == b ? 1.0 : 0.0)) > kTolerance)
                return false;
        }
    return true;
}

Result<DetectorModule> readModule(const Row& row) {
    DetectorModule module;
    LUPA_TRY(field(row, 0, module.volume));
    LUPA_TRY(field(row, 1, module.layer));
    LUPA_TRY(field(row, 2, module.module));
    for (std::size_t i = 0; i < 3; ++i)
        LUPA_TRY(field(row, 3 + i, module.centre[i]));
    for (std::size_t i = 0; i < 9; ++i)
        LUPA_TRY(field(row, 6 + i, module.rotation[i]));
    LUPA_TRY(field(row, 15, module.thickness));
    LUPA_TRY(field(row, 16, module.halfLengthUMin));
    LUPA_TRY(field(row, 17, module.halfLengthUMax));
    LUPA_TRY(field(row, 18, module.halfLengthV));
    LUPA_TRY(field(row, 19, module.pitchU));
    LUPA_TRY(field(row, 20, module.pitchV));
    for (const double size : {module.thickness, module.halfLengthUMin, module.halfLengthUMax,
                              module.halfLengthV, module.pitchU, module.pitchV})
        if (!(size > 0))
            return row.error("module sizes and pitches must be positive");
    if (!isOrthonormal(module.rotation))
        return row.error("the rotation (rot_xu ... rot_zw) is not orthonormal");
    return module;
}

} // namespace

std::uint64_t Detectors::key(int volume, int layer, int module) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(volume)) << 40) ^
           (static_cast<std::uint64_t>(static_cast<std::uint32_t>(layer)) << 20) ^
           static_cast<std::uint64_t>(static_cast<std::uint32_t>(module));
}

Result<Detectors> Detectors::read(const std::filesystem::path& path) {
    Detectors detectors;
    LUPA_TRY(detail::forEachRow(path, kColumns, {}, [&](const Row& row) -> Result<void> {
        auto module = readModule(row);
        if (!module)
            return std::move(module).error();
        const auto id = key(module->volume, module->layer, module->module);
        if (!detectors.m_index.emplace(id, detectors.m_modules.size()).second)
            return row.error(fmt::format("module {}/{}/{} (volume/layer/module) appears twice",
                                         module->volume, module->layer, module->module));
        detectors.m_modules.push_back(*module);
        return {};
    }));
    if (detectors.m_modules.empty())
        return Error::badInput("the detector description has no modules", path.string());
    return detectors;
}

const DetectorModule* Detectors::find(int volume, int layer, int module) const {
    const auto found = m_index.find(key(volume, layer, module));
    return found == m_index.end() ? nullptr : &m_modules[found->second];
}

} // namespace lupa::trackml
