// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/visualization/Camera.hpp>

#include <vtkCamera.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>

#include <algorithm>

namespace lupa::visualization {

std::optional<ViewPreset> parseViewPreset(std::string_view name) {
    if (name == "3d")
        return ViewPreset::ThreeD;
    if (name == "xy")
        return ViewPreset::Transverse;
    if (name == "rz")
        return ViewPreset::Side;
    if (name == "etaphi")
        return ViewPreset::EtaPhi;
    return std::nullopt;
}

namespace {

// ResetCamera frames the bounding sphere, which for a detector (long in z) leaves the x-y picture
// small: fit the parallel scale to the visible bounds across the plane instead, with a 5 % margin.
void fitParallelView(vtkRenderer* renderer) {
    double bounds[6];
    renderer->ComputeVisiblePropBounds(bounds);
    if (bounds[0] > bounds[1])
        return; // nothing visible
    double aspect = 1.0;
    if (vtkRenderWindow* window = renderer->GetRenderWindow(); window != nullptr && window->GetSize()[1] > 0)
        aspect = static_cast<double>(window->GetSize()[0]) / window->GetSize()[1];
    const double halfWidth = 0.5 * (bounds[1] - bounds[0]);
    const double halfHeight = 0.5 * (bounds[3] - bounds[2]);
    vtkCamera* camera = renderer->GetActiveCamera();
    const double centre[3] = {0.5 * (bounds[0] + bounds[1]), 0.5 * (bounds[2] + bounds[3]),
                              0.5 * (bounds[4] + bounds[5])};
    const double distance = camera->GetDistance();
    camera->SetFocalPoint(centre);
    camera->SetPosition(centre[0], centre[1], centre[2] + distance);
    camera->SetParallelScale(1.05 * std::max(halfHeight, halfWidth / aspect));
    renderer->ResetCameraClippingRange();
}

} // namespace

void applyViewPreset(vtkRenderer* renderer, ViewPreset preset) {
    vtkCamera* camera = renderer->GetActiveCamera();
    camera->SetFocalPoint(0, 0, 0);
    switch (preset) {
    case ViewPreset::ThreeD:
        camera->SetParallelProjection(false);
        camera->SetPosition(1, 0.6, 0.8);
        camera->SetViewUp(0, 1, 0);
        break;
    case ViewPreset::Transverse:
        camera->SetParallelProjection(true);
        camera->SetPosition(0, 0, 1);
        camera->SetViewUp(0, 1, 0);
        break;
    case ViewPreset::Side:
    case ViewPreset::EtaPhi:
        camera->SetParallelProjection(true);
        camera->SetPosition(0, 0, 1); // r-z and eta-phi are drawn in the x-y plane
        camera->SetViewUp(0, 1, 0);
        break;
    }
    renderer->ResetCamera();
    if (preset != ViewPreset::ThreeD)
        fitParallelView(renderer);
}

void applyLegoView(vtkRenderer* renderer) {
    vtkCamera* camera = renderer->GetActiveCamera();
    camera->SetParallelProjection(false);
    camera->SetFocalPoint(0, 0, 0);
    camera->SetPosition(0.35, -1.6, 1.3);
    camera->SetViewUp(0, 0, 1);
    renderer->ResetCamera();
    camera->Zoom(1.3); // the bounding sphere of a flat plot leaves wide margins
    renderer->ResetCameraClippingRange();
}

} // namespace lupa::visualization
