// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/trackml/Detectors.hpp>
#include <lupa/visualization/DetectorGeometry.hpp>

#include <fmt/format.h>
#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkIdTypeArray.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkUnsignedCharArray.h>

#include <cmath>

namespace lupa::visualization {
namespace {

// Corner order: bottom face (w = -t/2) counter-clockwise from (-u, -v), then the top face.
constexpr std::array<std::array<int, 4>, 6> kFaces{{
    {0, 3, 2, 1}, // bottom
    {4, 5, 6, 7}, // top
    {0, 1, 5, 4}, // v = -halfV
    {1, 2, 6, 5}, // u = +
    {2, 3, 7, 6}, // v = +halfV
    {3, 0, 4, 7}, // u = -
}};

void addCorners(const ModuleShape& module, vtkPoints* points) {
    const double halfW = 0.5 * module.thickness;
    const std::array<std::array<double, 2>, 4> uv{{{-module.halfUMin, -module.halfV},
                                                   {module.halfUMin, -module.halfV},
                                                   {module.halfUMax, module.halfV},
                                                   {-module.halfUMax, module.halfV}}};
    const auto& r = module.rotation;
    for (const double w : {-halfW, halfW})
        for (const auto& [u, v] : uv)
            points->InsertNextPoint(module.centre[0] + r[0] * u + r[1] * v + r[2] * w,
                                    module.centre[1] + r[3] * u + r[4] * v + r[5] * w,
                                    module.centre[2] + r[6] * u + r[7] * v + r[8] * w);
}

Result<void> checkShape(const ModuleShape& module, std::size_t index) {
    for (const double size : {module.halfUMin, module.halfUMax, module.halfV, module.thickness})
        if (!(size > 0) || !std::isfinite(size))
            return Error::badInput(fmt::format("module {} has a size that is not positive", index));
    return success();
}

} // namespace

std::vector<ModuleShape> moduleShapes(const trackml::Detectors& detectors) {
    std::vector<ModuleShape> shapes;
    shapes.reserve(detectors.modules().size());
    for (const auto& module : detectors.modules())
        shapes.push_back({module.centre, module.rotation, module.halfLengthUMin, module.halfLengthUMax,
                          module.halfLengthV, module.thickness, module.volume});
    return shapes;
}

Rgb groupColour(int group) {
    // Okabe-Ito plus a few more, distinguishable on a dark background.
    static constexpr std::array<Rgb, 10> kPalette{{{0.90, 0.62, 0.00},
                                                   {0.34, 0.71, 0.91},
                                                   {0.00, 0.62, 0.45},
                                                   {0.94, 0.89, 0.26},
                                                   {0.00, 0.45, 0.70},
                                                   {0.84, 0.37, 0.00},
                                                   {0.80, 0.47, 0.65},
                                                   {0.60, 0.60, 0.60},
                                                   {0.65, 0.85, 0.33},
                                                   {0.55, 0.43, 0.85}}};
    const auto index = static_cast<std::size_t>(group >= 0 ? group : -group) % kPalette.size();
    return kPalette[index];
}

Result<vtkActor*> addModules(vtkRenderer* renderer, const std::vector<ModuleShape>& modules,
                             const GeometryStyle& style) {
    auto points = vtkSmartPointer<vtkPoints>::New();
    auto faces = vtkSmartPointer<vtkCellArray>::New();
    auto colours = vtkSmartPointer<vtkUnsignedCharArray>::New();
    colours->SetName("colour");
    colours->SetNumberOfComponents(3);
    points->Allocate(static_cast<vtkIdType>(8 * modules.size()));
    for (std::size_t i = 0; i < modules.size(); ++i) {
        const ModuleShape& module = modules[i];
        LUPA_TRY(checkShape(module, i));
        if (style.hiddenGroups.contains(module.group))
            continue;
        const vtkIdType first = points->GetNumberOfPoints();
        addCorners(module, points);
        const Rgb colour = groupColour(module.group);
        for (const auto& face : kFaces) {
            const vtkIdType ids[4] = {first + face[0], first + face[1], first + face[2], first + face[3]};
            faces->InsertNextCell(4, ids);
            colours->InsertNextTuple3(colour.r * 255, colour.g * 255, colour.b * 255);
        }
    }
    auto polyData = vtkSmartPointer<vtkPolyData>::New();
    polyData->SetPoints(points);
    polyData->SetPolys(faces);
    polyData->GetCellData()->SetScalars(colours);
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputData(polyData);
    mapper->SetScalarModeToUseCellData();
    mapper->SetColorModeToDirectScalars();
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    actor->GetProperty()->SetOpacity(style.opacity);
    renderer->AddActor(actor);
    return actor.Get();
}

} // namespace lupa::visualization
