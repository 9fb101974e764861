// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <unordered_map>
#include <vector>

namespace lupa::trackml {

/// One sensitive module of the TrackML detector (a row of `detectors.csv`): a planar, possibly
/// trapezoidal sensor placed by a centre and a rotation from local (u, v, w) to global (x, y, z).
struct DetectorModule {
    int volume = 0;
    int layer = 0;
    int module = 0;
    std::array<double, 3> centre{}; ///< cx, cy, cz [mm]
    /// Rotation matrix, row-major: global = centre + rotation * local; rows are (rot_xu, rot_xv, rot_xw), ...
    std::array<double, 9> rotation{};
    double thickness = 0;      ///< module_t, full thickness [mm]
    double halfLengthUMin = 0; ///< module_minhu, half width at -v [mm]
    double halfLengthUMax = 0; ///< module_maxhu, half width at +v (differs from min for trapezoids) [mm]
    double halfLengthV = 0;    ///< module_hv [mm]
    double pitchU = 0;         ///< pitch_u [mm]
    double pitchV = 0;         ///< pitch_v [mm]
};

/// The TrackML detector description with lookup by (volume, layer, module).
class Detectors {
public:
    /// Reads `detectors.csv` (plain or gzip). BadInput errors name the file and line: missing columns,
    /// non-numbers, a non-positive size, a rotation that is not orthonormal, a repeated module id.
    [[nodiscard]] static Result<Detectors> read(const std::filesystem::path& path);

    [[nodiscard]] const std::vector<DetectorModule>& modules() const { return m_modules; }
    /// The module with these ids, or nullptr.
    [[nodiscard]] const DetectorModule* find(int volume, int layer, int module) const;

private:
    static std::uint64_t key(int volume, int layer, int module);
    std::vector<DetectorModule> m_modules;
    std::unordered_map<std::uint64_t, std::size_t> m_index;
};

} // namespace lupa::trackml
