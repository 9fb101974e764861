// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/visualization/Colour.hpp>
#include <lupa/visualization/ColourMap.hpp>

#include <cstddef>
#include <vector>

class vtkActor;
class vtkRenderer;

namespace lupa::visualization {

/// Points to draw, for example detector hits.
struct PointCloudData {
    std::vector<float> positions; ///< x, y, z of each point, interleaved [mm]; size 3 * N
    std::vector<float> values;    ///< one value per point for colouring (any unit), or empty for one colour

    /// The number of points N.
    [[nodiscard]] std::size_t size() const { return positions.size() / 3; }
};

/// How a point cloud looks.
struct PointCloudStyle {
    double pointSize = 3.0;                   ///< diameter of a point [screen pixels]
    Rgb colour{1.0, 1.0, 1.0};                ///< colour of every point when the data has no values
    ColourMap colourMap = ColourMap::Viridis; ///< map from value to colour
    double valueMin = 0.0;                    ///< value drawn with the map's low end; see valueMax
    double valueMax = 0.0;    ///< value drawn with the high end; min >= max means the data's range
    bool roundPoints = false; ///< draw points as shaded spheres (nicer, slower)
    double opacity = 1.0;     ///< [0, 1]
};

/// Adds all points as one actor holding one polydata of vertices (fast for 10^6 points) and returns it;
/// the renderer keeps it alive. BadInput when positions is not a multiple of 3 or values has the wrong size.
Result<vtkActor*> addPointCloud(vtkRenderer* renderer, const PointCloudData& data,
                                const PointCloudStyle& style = {});

} // namespace lupa::visualization
