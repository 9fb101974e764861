// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "LookupTable.hpp"

#include <lupa/visualization/PointCloud.hpp>

#include <fmt/format.h>
#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkFloatArray.h>
#include <vtkIdTypeArray.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace lupa::visualization {
namespace {

vtkSmartPointer<vtkPoints> makePoints(const std::vector<float>& positions) {
    auto coordinates = vtkSmartPointer<vtkFloatArray>::New();
    coordinates->SetNumberOfComponents(3);
    coordinates->SetNumberOfTuples(static_cast<vtkIdType>(positions.size() / 3));
    std::memcpy(coordinates->GetPointer(0), positions.data(), positions.size() * sizeof(float));
    auto points = vtkSmartPointer<vtkPoints>::New();
    points->SetData(coordinates);
    return points;
}

// One vertex cell per point, built directly from offsets and connectivity (no per-cell insertion).
vtkSmartPointer<vtkCellArray> makeVertices(vtkIdType count) {
    auto offsets = vtkSmartPointer<vtkIdTypeArray>::New();
    offsets->SetNumberOfValues(count + 1);
    std::iota(offsets->GetPointer(0), offsets->GetPointer(0) + count + 1, vtkIdType{0});
    auto connectivity = vtkSmartPointer<vtkIdTypeArray>::New();
    connectivity->SetNumberOfValues(count);
    std::iota(connectivity->GetPointer(0), connectivity->GetPointer(0) + count, vtkIdType{0});
    auto cells = vtkSmartPointer<vtkCellArray>::New();
    cells->SetData(offsets, connectivity);
    return cells;
}

vtkSmartPointer<vtkFloatArray> makeValues(const std::vector<float>& values) {
    auto array = vtkSmartPointer<vtkFloatArray>::New();
    array->SetName("value");
    array->SetNumberOfValues(static_cast<vtkIdType>(values.size()));
    std::copy(values.begin(), values.end(), array->GetPointer(0));
    return array;
}

void colourByValues(vtkPolyDataMapper* mapper, const PointCloudData& data, const PointCloudStyle& style) {
    double low = style.valueMin;
    double high = style.valueMax;
    if (low >= high && !data.values.empty()) {
        const auto [minIt, maxIt] = std::minmax_element(data.values.begin(), data.values.end());
        low = *minIt;
        high = *maxIt > *minIt ? *maxIt : *minIt + 1.0;
    }
    mapper->SetLookupTable(makeLookupTable(style.colourMap, low, high));
    mapper->SetScalarRange(low, high);
    mapper->SetScalarModeToUsePointData();
    mapper->SetColorModeToMapScalars();
    mapper->ScalarVisibilityOn();
}

Result<void> validate(const PointCloudData& data) {
    if (data.positions.size() % 3 != 0)
        return Error::badInput(
            fmt::format("point positions hold {} numbers, not a multiple of 3", data.positions.size()));
    if (!data.values.empty() && data.values.size() != data.size())
        return Error::badInput(fmt::format("{} values given for {} points", data.values.size(), data.size()));
    return success();
}

} // namespace

Result<vtkActor*> addPointCloud(vtkRenderer* renderer, const PointCloudData& data,
                                const PointCloudStyle& style) {
    LUPA_TRY(validate(data));
    auto polyData = vtkSmartPointer<vtkPolyData>::New();
    polyData->SetPoints(makePoints(data.positions));
    polyData->SetVerts(makeVertices(static_cast<vtkIdType>(data.size())));
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputData(polyData);
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    if (data.values.empty()) {
        mapper->ScalarVisibilityOff();
        actor->GetProperty()->SetColor(style.colour.r, style.colour.g, style.colour.b);
    } else {
        polyData->GetPointData()->SetScalars(makeValues(data.values));
        colourByValues(mapper, data, style);
    }
    actor->GetProperty()->SetPointSize(static_cast<float>(style.pointSize));
    actor->GetProperty()->SetRenderPointsAsSpheres(style.roundPoints);
    actor->GetProperty()->SetOpacity(style.opacity);
    // Flat points have no normals to light; unlit they show their colour exactly.
    actor->GetProperty()->SetLighting(style.roundPoints);
    renderer->AddActor(actor);
    return actor.GetPointer();
}

} // namespace lupa::visualization
