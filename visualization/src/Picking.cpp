// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/visualization/Picking.hpp>

#include <vtkActor.h>
#include <vtkNew.h>
#include <vtkPointPicker.h>
#include <vtkPropPicker.h>
#include <vtkRenderer.h>

namespace lupa::visualization {
namespace {

// The id of the picked actor's point nearest the pick ray, restricted to that actor.
long long nearestPointId(vtkRenderer* renderer, vtkProp* prop, double x, double y, double tolerance) {
    if (!vtkActor::SafeDownCast(prop))
        return -1;
    vtkNew<vtkPointPicker> picker;
    picker->SetTolerance(tolerance);
    picker->PickFromListOn();
    picker->AddPickList(prop);
    if (picker->Pick(x, y, 0.0, renderer) == 0)
        return -1;
    return picker->GetPointId();
}

} // namespace

PickResult pick(vtkRenderer* renderer, double displayX, double displayY, double pointTolerance) {
    PickResult result;
    vtkNew<vtkPropPicker> picker;
    if (picker->Pick(displayX, displayY, 0.0, renderer) == 0)
        return result;
    result.prop = picker->GetViewProp();
    picker->GetPickPosition(result.world.data());
    result.pointId = nearestPointId(renderer, result.prop, displayX, displayY, pointTolerance);
    return result;
}

std::array<double, 2> worldToDisplay(vtkRenderer* renderer, const std::array<double, 3>& world) {
    renderer->SetWorldPoint(world[0], world[1], world[2], 1.0);
    renderer->WorldToDisplay();
    double display[3];
    renderer->GetDisplayPoint(display);
    return {display[0], display[1]};
}

} // namespace lupa::visualization
