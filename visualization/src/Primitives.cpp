// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/visualization/Primitives.hpp>

#include <vtkActor.h>
#include <vtkAlgorithmOutput.h>
#include <vtkAxesActor.h>
#include <vtkCubeSource.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkSphereSource.h>

#include <algorithm>

namespace lupa::visualization {
namespace {

vtkActor* addSurface(vtkRenderer* renderer, vtkAlgorithmOutput* source, const Rgb& colour) {
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputConnection(source);
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(colour.r, colour.g, colour.b);
    renderer->AddActor(actor);
    return actor;
}

} // namespace

vtkActor* addBox(vtkRenderer* renderer, const Vector3& centre, const Vector3& size, const Rgb& colour) {
    auto cube = vtkSmartPointer<vtkCubeSource>::New();
    cube->SetCenter(centre.data());
    cube->SetXLength(size[0]);
    cube->SetYLength(size[1]);
    cube->SetZLength(size[2]);
    return addSurface(renderer, cube->GetOutputPort(), colour);
}

vtkActor* addSphere(vtkRenderer* renderer, const Vector3& centre, double radius, const Rgb& colour,
                    int resolution) {
    auto sphere = vtkSmartPointer<vtkSphereSource>::New();
    sphere->SetCenter(centre.data());
    sphere->SetRadius(radius);
    sphere->SetThetaResolution(std::max(resolution, 3));
    sphere->SetPhiResolution(std::max(resolution / 2, 3));
    return addSurface(renderer, sphere->GetOutputPort(), colour);
}

vtkProp* addAxes(vtkRenderer* renderer, double length) {
    auto axes = vtkSmartPointer<vtkAxesActor>::New();
    axes->SetTotalLength(length, length, length);
    axes->SetAxisLabels(false);
    renderer->AddActor(axes);
    return axes;
}

void setBackground(vtkRenderer* renderer, const Rgb& colour) {
    renderer->GradientBackgroundOff();
    renderer->SetBackground(colour.r, colour.g, colour.b);
}

} // namespace lupa::visualization
