// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "BarrelOutline.hpp"

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkNew.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lupa::app {
namespace {

constexpr int kSegments = 96; // per circle
constexpr int kLongitudinalLines = 12;

void addCircle(vtkPoints* points, vtkCellArray* lines, double radius, double z) {
    const vtkIdType first = points->GetNumberOfPoints();
    for (int i = 0; i < kSegments; ++i) {
        const double phi = 2 * std::numbers::pi * i / kSegments;
        points->InsertNextPoint(radius * std::cos(phi), radius * std::sin(phi), z);
    }
    lines->InsertNextCell(kSegments + 1);
    for (int i = 0; i <= kSegments; ++i)
        lines->InsertCellPoint(first + i % kSegments);
}

void addLine(vtkPoints* points, vtkCellArray* lines, double radius, double phi, double halfLength) {
    const vtkIdType a = points->InsertNextPoint(radius * std::cos(phi), radius * std::sin(phi), -halfLength);
    const vtkIdType b = points->InsertNextPoint(radius * std::cos(phi), radius * std::sin(phi), halfLength);
    const vtkIdType ids[2] = {a, b};
    lines->InsertNextCell(2, ids);
}

} // namespace

vtkActor* BarrelOutline::addTo(vtkRenderer* renderer, const std::vector<double>& radii, double halfLength) {
    vtkNew<vtkPoints> points;
    vtkNew<vtkCellArray> lines;
    for (const double radius : radii) {
        addCircle(points, lines, radius, -halfLength);
        addCircle(points, lines, radius, halfLength);
    }
    if (!radii.empty()) {
        const double outer = *std::max_element(radii.begin(), radii.end());
        for (int i = 0; i < kLongitudinalLines; ++i)
            addLine(points, lines, outer, 2 * std::numbers::pi * i / kLongitudinalLines, halfLength);
    }
    vtkNew<vtkPolyData> outline;
    outline->SetPoints(points);
    outline->SetLines(lines);
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputData(outline);
    vtkNew<vtkActor> actor;
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(0.55, 0.65, 0.80);
    actor->GetProperty()->SetOpacity(0.35);
    actor->GetProperty()->SetLineWidth(1.0);
    actor->PickableOff();
    renderer->AddActor(actor);
    return actor;
}

} // namespace lupa::app
