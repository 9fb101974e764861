// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ModuleTypeRegions.hpp"

namespace lupa::app {

std::vector<widgets::RegionShape> regionShapesOf(const std::vector<inspection::RegionOfInterest>& regions) {
    std::vector<widgets::RegionShape> shapes;
    shapes.reserve(regions.size());
    for (const auto& region : regions) {
        QPolygonF polygon;
        for (const auto& point : region.polygon)
            polygon.append(QPointF(point.x, point.y));
        shapes.push_back({QString::fromStdString(region.name),
                          QString::fromLatin1(inspection::toString(region.kind)), polygon,
                          region.sensitivity});
    }
    return shapes;
}

std::vector<inspection::RegionOfInterest>
regionsOfInterestOf(const std::vector<widgets::RegionShape>& shapes) {
    std::vector<inspection::RegionOfInterest> regions;
    regions.reserve(shapes.size());
    for (const auto& shape : shapes) {
        inspection::RegionOfInterest region;
        region.name = shape.name.toStdString();
        region.kind =
            inspection::parseRegionKind(shape.kind.toStdString()).value_or(inspection::RegionKind::Generic);
        region.sensitivity = shape.sensitivity;
        for (const QPointF& point : shape.polygon)
            region.polygon.push_back({point.x(), point.y()});
        regions.push_back(std::move(region));
    }
    return regions;
}

} // namespace lupa::app
