// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "LookupTable.hpp"

#include <lupa/visualization/Polylines.hpp>

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

namespace lupa::visualization {
namespace {

Result<void> validate(const PolylineData& data) {
    if (data.positions.size() % 3 != 0)
        return Error::badInput(
            fmt::format("line positions hold {} numbers, not a multiple of 3", data.positions.size()));
    const std::size_t points = data.positions.size() / 3;
    for (std::size_t line = 0; line < data.size(); ++line) {
        const std::size_t end = line + 1 < data.size() ? data.starts[line + 1] : points;
        if (data.starts[line] > end || end > points)
            return Error::badInput(fmt::format("line {} starts or ends outside the points", line));
        if (end - data.starts[line] < 2)
            return Error::badInput(fmt::format("line {} has fewer than two points", line));
    }
    if (!data.values.empty() && data.values.size() != data.size())
        return Error::badInput(fmt::format("{} values given for {} lines", data.values.size(), data.size()));
    return success();
}

vtkSmartPointer<vtkCellArray> makeLines(const PolylineData& data) {
    const std::size_t points = data.positions.size() / 3;
    auto lines = vtkSmartPointer<vtkCellArray>::New();
    for (std::size_t line = 0; line < data.size(); ++line) {
        const std::size_t end = line + 1 < data.size() ? data.starts[line + 1] : points;
        lines->InsertNextCell(static_cast<vtkIdType>(end - data.starts[line]));
        for (std::size_t point = data.starts[line]; point < end; ++point)
            lines->InsertCellPoint(static_cast<vtkIdType>(point));
    }
    return lines;
}

void colourByValues(vtkPolyData* polyData, vtkPolyDataMapper* mapper, const PolylineData& data,
                    const PolylineStyle& style) {
    auto values = vtkSmartPointer<vtkFloatArray>::New();
    values->SetName("value");
    values->SetNumberOfValues(static_cast<vtkIdType>(data.values.size()));
    std::copy(data.values.begin(), data.values.end(), values->GetPointer(0));
    polyData->GetCellData()->SetScalars(values);
    double low = style.valueMin;
    double high = style.valueMax;
    if (low >= high) {
        const auto [minIt, maxIt] = std::minmax_element(data.values.begin(), data.values.end());
        low = *minIt;
        high = *maxIt > *minIt ? *maxIt : *minIt + 1.0;
    }
    mapper->SetLookupTable(makeLookupTable(style.colourMap, low, high));
    mapper->SetScalarRange(low, high);
    mapper->SetScalarModeToUseCellData();
    mapper->ScalarVisibilityOn();
}

} // namespace

void PolylineData::add(const std::vector<float>& points) {
    starts.push_back(positions.size() / 3);
    positions.insert(positions.end(), points.begin(), points.end());
}

void PolylineData::add(const std::vector<std::array<double, 3>>& points) {
    starts.push_back(positions.size() / 3);
    for (const auto& [x, y, z] : points)
        positions.insert(positions.end(),
                         {static_cast<float>(x), static_cast<float>(y), static_cast<float>(z)});
}

void PolylineData::add(const std::vector<float>& points, float value) {
    add(points);
    values.push_back(value);
}

Result<vtkActor*> addPolylines(vtkRenderer* renderer, const PolylineData& data, const PolylineStyle& style) {
    LUPA_TRY(validate(data));
    auto points = vtkSmartPointer<vtkPoints>::New();
    points->SetDataTypeToFloat();
    points->SetNumberOfPoints(static_cast<vtkIdType>(data.positions.size() / 3));
    for (std::size_t i = 0; i < data.positions.size() / 3; ++i)
        points->SetPoint(static_cast<vtkIdType>(i), data.positions[3 * i], data.positions[3 * i + 1],
                         data.positions[3 * i + 2]);
    auto polyData = vtkSmartPointer<vtkPolyData>::New();
    polyData->SetPoints(points);
    polyData->SetLines(makeLines(data));
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputData(polyData);
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    if (data.values.empty()) {
        mapper->ScalarVisibilityOff();
        actor->GetProperty()->SetColor(style.colour.r, style.colour.g, style.colour.b);
    } else {
        colourByValues(polyData, mapper, data, style);
    }
    actor->GetProperty()->SetLineWidth(static_cast<float>(style.lineWidth));
    actor->GetProperty()->SetOpacity(style.opacity);
    actor->GetProperty()->SetLighting(false); // lines have no normals: show their colour exactly
    renderer->AddActor(actor);
    return actor.GetPointer();
}

} // namespace lupa::visualization
