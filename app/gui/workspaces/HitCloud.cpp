// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "HitCloud.hpp"

#include <lupa/visualization/PointCloud.hpp>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <algorithm>

namespace lupa::app {

Result<vtkActor*> HitCloud::addTo(vtkRenderer* renderer, const std::vector<DemoHit>& hits) {
    visualization::PointCloudData data;
    data.positions.reserve(3 * hits.size());
    data.values.reserve(hits.size());
    int layers = 1;
    for (const DemoHit& hit : hits) {
        data.positions.insert(data.positions.end(), {static_cast<float>(hit.x), static_cast<float>(hit.y),
                                                     static_cast<float>(hit.z)});
        data.values.push_back(static_cast<float>(hit.layer));
        layers = std::max(layers, hit.layer + 1);
    }
    visualization::PointCloudStyle style;
    style.pointSize = 4.0;
    style.roundPoints = true;
    style.colourMap = visualization::ColourMap::Rainbow;
    style.valueMin = 0.0;
    style.valueMax = std::max(1, layers - 1);
    return visualization::addPointCloud(renderer, data, style);
}

void HitCloud::placeCamera(vtkRenderer* renderer) {
    vtkCamera* camera = renderer->GetActiveCamera();
    camera->SetFocalPoint(0, 0, 0);
    camera->SetPosition(1.0, 0.5, 0.7);
    camera->SetViewUp(0, 1, 0);
    renderer->ResetCamera();
    camera->Zoom(1.3);
}

} // namespace lupa::app
