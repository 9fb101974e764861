// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/visualization/Colour.hpp>
#include <lupa/visualization/ColourMap.hpp>

#include <array>
#include <cstddef>
#include <vector>

class vtkActor;
class vtkRenderer;

namespace lupa::visualization {

/// Lines through points, for example tracks through their hits.
struct PolylineData {
    std::vector<float> positions; ///< x, y, z of every point of every line, interleaved [mm]
    std::vector<std::size_t>
        starts;                ///< index (in points) where each line starts; lines end where the next starts
    std::vector<float> values; ///< one value per line for colouring (e.g. pT), or empty for one colour

    /// Appends a line through `points` (x, y, z interleaved), for data drawn in one colour.
    void add(const std::vector<float>& points);
    /// Appends a line through `points` with the value that colours it.
    void add(const std::vector<float>& points, float value);
    /// Appends a line through `points` given as (x, y, z) triplets [mm], for data drawn in one colour.
    void add(const std::vector<std::array<double, 3>>& points);
    /// The number of lines.
    [[nodiscard]] std::size_t size() const { return starts.size(); }
};

/// How lines look.
struct PolylineStyle {
    double lineWidth = 2.0;                   ///< [screen pixels]
    Rgb colour{0.95, 0.95, 0.95};             ///< colour of every line when the data has no values
    ColourMap colourMap = ColourMap::Viridis; ///< map from value to colour
    double valueMin = 0.0;                    ///< value drawn with the map's low end
    double valueMax = 0.0;                    ///< high end; min >= max means the data's range
    double opacity = 1.0;                     ///< [0, 1]
};

/// Adds all lines as ONE actor over one polydata (one cell per line) and returns it; the renderer keeps
/// it alive. BadInput when positions is not a multiple of 3, starts are not ascending or out of range,
/// a line has fewer than two points, or values has the wrong size.
Result<vtkActor*> addPolylines(vtkRenderer* renderer, const PolylineData& data,
                               const PolylineStyle& style = {});

} // namespace lupa::visualization
