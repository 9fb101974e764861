// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/visualization/Cones.hpp>
#include <lupa/visualization/Polylines.hpp>

#include <fmt/format.h>
#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lupa::visualization {
namespace {

Vector3 coneCross(const Vector3& a, const Vector3& b) {
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

double coneNorm(const Vector3& v) {
    return std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
}

Vector3 coneScaled(const Vector3& v, double factor) {
    return {v[0] * factor, v[1] * factor, v[2] * factor};
}

// Two unit vectors perpendicular to the unit vector `axis` and to each other.
std::pair<Vector3, Vector3> basisAround(const Vector3& axis) {
    const Vector3 helper = std::abs(axis[2]) < 0.9 ? Vector3{0, 0, 1} : Vector3{1, 0, 0};
    const Vector3 u = coneCross(axis, helper);
    const Vector3 unitU = coneScaled(u, 1.0 / coneNorm(u));
    return {unitU, coneCross(axis, unitU)};
}

void addOneCone(const Cone& cone, const ConeStyle& style, vtkPoints* points, vtkCellArray* cells) {
    const int sides = std::max(style.sides, 3);
    const double length = coneNorm(cone.axis);
    const auto [u, v] = basisAround(coneScaled(cone.axis, 1.0 / length));
    const vtkIdType apex = points->GetNumberOfPoints();
    const Vector3 a = project(style.projection, cone.apex);
    points->InsertNextPoint(a[0], a[1], a[2]);
    std::vector<vtkIdType> base;
    for (int i = 0; i < sides; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / sides;
        Vector3 p{};
        for (int k = 0; k < 3; ++k)
            p[k] =
                cone.apex[k] + cone.axis[k] + cone.radius * (std::cos(angle) * u[k] + std::sin(angle) * v[k]);
        const Vector3 q = project(style.projection, p);
        base.push_back(points->InsertNextPoint(q[0], q[1], q[2]));
    }
    for (int i = 0; i < sides; ++i) {
        const vtkIdType triangle[3] = {apex, base[i], base[(i + 1) % sides]};
        cells->InsertNextCell(3, triangle);
    }
    cells->InsertNextCell(static_cast<vtkIdType>(base.size()), base.data());
}

} // namespace

Result<vtkActor*> addCones(vtkRenderer* renderer, const std::vector<Cone>& cones, const ConeStyle& style) {
    auto points = vtkSmartPointer<vtkPoints>::New();
    auto cells = vtkSmartPointer<vtkCellArray>::New();
    for (std::size_t i = 0; i < cones.size(); ++i) {
        const double length = coneNorm(cones[i].axis);
        if (!(length > 0) || !std::isfinite(length) || !std::isfinite(cones[i].radius) ||
            !std::isfinite(coneNorm(cones[i].apex)))
            return Error::badInput(fmt::format("cone {} has a zero or non-finite axis or size", i));
        addOneCone(cones[i], style, points, cells);
    }
    auto polyData = vtkSmartPointer<vtkPolyData>::New();
    polyData->SetPoints(points);
    polyData->SetPolys(cells);
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputData(polyData);
    mapper->ScalarVisibilityOff();
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(style.colour.r, style.colour.g, style.colour.b);
    actor->GetProperty()->SetOpacity(style.opacity);
    actor->GetProperty()->SetLighting(false); // flat: the colour reads the same from every side
    renderer->AddActor(actor);
    return actor.GetPointer();
}

Result<vtkActor*> addArrow(vtkRenderer* renderer, const Vector3& from, const Vector3& to, const Rgb& colour,
                           double lineWidth, Projection projection) {
    const Vector3 along{to[0] - from[0], to[1] - from[1], to[2] - from[2]};
    const double length = coneNorm(along);
    if (!(length > 0) || !std::isfinite(length))
        return Error::badInput("an arrow needs two different, finite end points");
    const double headLength = 0.15 * length;
    const Vector3 headBase{to[0] - along[0] * 0.15, to[1] - along[1] * 0.15, to[2] - along[2] * 0.15};
    PolylineData shaft;
    const Vector3 a = project(projection, from);
    const Vector3 b = project(projection, headBase);
    shaft.add(std::vector<std::array<double, 3>>{a, b});
    PolylineStyle shaftStyle;
    shaftStyle.colour = colour;
    shaftStyle.lineWidth = lineWidth;
    LUPA_TRY(addPolylines(renderer, shaft, shaftStyle));
    ConeStyle headStyle;
    headStyle.colour = colour;
    headStyle.opacity = 1.0;
    headStyle.projection = projection;
    return addCones(renderer, {Cone{to, coneScaled(along, -0.15), 0.4 * headLength}}, headStyle);
}

} // namespace lupa::visualization
