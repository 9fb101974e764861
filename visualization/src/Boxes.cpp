// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "LookupTable.hpp"

#include <lupa/visualization/Boxes.hpp>

#include <fmt/format.h>
#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkFloatArray.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>

namespace lupa::visualization {
namespace {

// Corners: index bits (a0, a1, a2) give the sign along each half axis.
constexpr std::array<std::array<int, 4>, 6> kBoxFaces{{
    {0, 2, 3, 1}, // -a2; each face lists its corners around it
    {4, 5, 7, 6},
    {0, 1, 5, 4},
    {2, 6, 7, 3},
    {0, 4, 6, 2},
    {1, 3, 7, 5},
}};

bool boxIsFinite(const Box& box) {
    auto finite = [](const Vector3& v) {
        return std::isfinite(v[0]) && std::isfinite(v[1]) && std::isfinite(v[2]);
    };
    return finite(box.centre) && std::all_of(box.halfAxes.begin(), box.halfAxes.end(), finite) &&
           std::isfinite(box.value);
}

void addBoxCorners(const Box& box, Projection projection, vtkPoints* points) {
    for (int corner = 0; corner < 8; ++corner) {
        Vector3 p = box.centre;
        for (int axis = 0; axis < 3; ++axis) {
            const double sign = (corner >> axis) & 1 ? 1.0 : -1.0;
            for (int k = 0; k < 3; ++k)
                p[k] += sign * box.halfAxes[axis][k];
        }
        const Vector3 q = project(projection, p);
        points->InsertNextPoint(q[0], q[1], q[2]);
    }
}

std::pair<double, double> boxValueRange(const std::vector<Box>& boxes, const BoxStyle& style) {
    if (style.valueMin < style.valueMax || boxes.empty())
        return {style.valueMin, style.valueMax > style.valueMin ? style.valueMax : style.valueMin + 1.0};
    const auto [low, high] = std::minmax_element(
        boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.value < b.value; });
    return {low->value, high->value > low->value ? high->value : low->value + 1.0};
}

} // namespace

Result<vtkActor*> addBoxes(vtkRenderer* renderer, const std::vector<Box>& boxes, const BoxStyle& style) {
    auto points = vtkSmartPointer<vtkPoints>::New();
    points->Allocate(static_cast<vtkIdType>(8 * boxes.size()));
    auto faces = vtkSmartPointer<vtkCellArray>::New();
    auto values = vtkSmartPointer<vtkFloatArray>::New();
    values->SetName("value");
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (!boxIsFinite(boxes[i]))
            return Error::badInput(fmt::format("box {} has a position, size or value that is not finite", i));
        const auto first = static_cast<vtkIdType>(8 * i);
        addBoxCorners(boxes[i], style.projection, points);
        for (const auto& face : kBoxFaces) {
            const vtkIdType ids[4] = {first + face[0], first + face[1], first + face[2], first + face[3]};
            faces->InsertNextCell(4, ids);
            values->InsertNextValue(static_cast<float>(boxes[i].value));
        }
    }
    auto polyData = vtkSmartPointer<vtkPolyData>::New();
    polyData->SetPoints(points);
    polyData->SetPolys(faces);
    polyData->GetCellData()->SetScalars(values);
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputData(polyData);
    const auto [low, high] = boxValueRange(boxes, style);
    mapper->SetLookupTable(makeLookupTable(style.colourMap, low, high));
    mapper->SetScalarRange(low, high);
    mapper->SetScalarModeToUseCellData();
    mapper->ScalarVisibilityOn();
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    actor->GetProperty()->SetOpacity(style.opacity);
    actor->GetProperty()->SetLighting(style.lighting);
    renderer->AddActor(actor);
    return actor.GetPointer();
}

} // namespace lupa::visualization
