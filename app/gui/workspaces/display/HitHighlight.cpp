// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "HitHighlight.hpp"

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

namespace lupa::app {

HitHighlight::HitHighlight(vtkRenderer* renderer)
    : m_points(vtkSmartPointer<vtkPoints>::New())
    , m_actor(vtkSmartPointer<vtkActor>::New()) {
    m_points->InsertNextPoint(0, 0, 0);
    auto vertices = vtkSmartPointer<vtkCellArray>::New();
    const vtkIdType only = 0;
    vertices->InsertNextCell(1, &only);
    auto polyData = vtkSmartPointer<vtkPolyData>::New();
    polyData->SetPoints(m_points);
    polyData->SetVerts(vertices);
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputData(polyData);
    mapper->ScalarVisibilityOff();
    m_actor->SetMapper(mapper);
    vtkProperty* property = m_actor->GetProperty();
    property->SetColor(kColour.r, kColour.g, kColour.b);
    property->SetPointSize(static_cast<float>(kPointSize));
    property->SetRenderPointsAsSpheres(true);
    m_actor->PickableOff();
    m_actor->VisibilityOff();
    renderer->AddActor(m_actor);
}

void HitHighlight::showAt(const std::array<double, 3>& position) {
    m_points->SetPoint(0, position.data());
    m_points->Modified();
    m_actor->VisibilityOn();
}

void HitHighlight::hide() {
    m_actor->VisibilityOff();
}

bool HitHighlight::isShown() const {
    return m_actor->GetVisibility() != 0;
}

std::array<double, 3> HitHighlight::position() const {
    std::array<double, 3> position{};
    m_points->GetPoint(0, position.data());
    return position;
}

} // namespace lupa::app
