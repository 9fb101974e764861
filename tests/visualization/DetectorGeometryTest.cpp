// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Detector modules as one merged polydata. Needs an X server for the rendering test.
#include <lupa/visualization/DetectorGeometry.hpp>
#include <lupa/visualization/OffscreenRenderer.hpp>
#include <lupa/visualization/Primitives.hpp>

#include <gtest/gtest.h>
#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

namespace lupa::visualization {
namespace {

// A module in the xy plane (u = x, v = y, w = z) at `x`.
ModuleShape flatModule(double x, int group, double halfUMax = 2.0) {
    return {{x, 0, 0}, {1, 0, 0, 0, 1, 0, 0, 0, 1}, 2.0, halfUMax, 3.0, 0.3, group};
}

vtkPolyData* polyDataOf(vtkActor* actor) {
    return vtkPolyData::SafeDownCast(actor->GetMapper()->GetInput());
}

TEST(DetectorGeometry, AllModulesInOnePolyData) {
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    const auto actor = addModules(renderer, {flatModule(-5, 7), flatModule(5, 8), flatModule(15, 9)});
    ASSERT_TRUE(actor.ok()) << actor.error().describe();
    EXPECT_EQ(renderer->GetActors()->GetNumberOfItems(), 1);
    vtkPolyData* data = polyDataOf(*actor);
    EXPECT_EQ(data->GetNumberOfPoints(), 3 * 8);
    EXPECT_EQ(data->GetNumberOfPolys(), 3 * 6);
    double bounds[6];
    data->GetBounds(bounds);
    EXPECT_NEAR(bounds[0], -7.0, 1e-5); // points are stored as float
    EXPECT_NEAR(bounds[1], 17.0, 1e-5);
    EXPECT_NEAR(bounds[5] - bounds[4], 0.3, 1e-5) << "thickness along w = z";
}

TEST(DetectorGeometry, TrapezoidsAndRotationsPlaceTheCorners) {
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    // u along global y, v along global z, w along global x: a barrel-like module at x = 100.
    ModuleShape module{{100, 0, 0}, {0, 0, 1, 1, 0, 0, 0, 1, 0}, 1.0, 3.0, 5.0, 0.2, 1};
    const auto actor = addModules(renderer, {module});
    ASSERT_TRUE(actor.ok());
    double bounds[6];
    polyDataOf(*actor)->GetBounds(bounds);
    EXPECT_NEAR(bounds[0], 99.9, 1e-4);
    EXPECT_NEAR(bounds[1], 100.1, 1e-4);
    EXPECT_NEAR(bounds[2], -3.0, 1e-4) << "the wide end of the trapezoid";
    EXPECT_NEAR(bounds[3], 3.0, 1e-4);
    EXPECT_NEAR(bounds[4], -5.0, 1e-4);
    EXPECT_NEAR(bounds[5], 5.0, 1e-4);
}

TEST(DetectorGeometry, HiddenGroupsAreLeftOutAndBadSizesRefused) {
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    GeometryStyle style;
    style.hiddenGroups = {8};
    const auto actor = addModules(renderer, {flatModule(-5, 7), flatModule(5, 8)}, style);
    ASSERT_TRUE(actor.ok());
    EXPECT_EQ(polyDataOf(*actor)->GetNumberOfPoints(), 8);
    ModuleShape bad = flatModule(0, 1);
    bad.thickness = 0;
    const auto refused = addModules(renderer, {flatModule(-5, 7), bad});
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("module 1"), std::string::npos) << refused.error().message;
}

TEST(DetectorGeometry, ModulesRenderInTheirGroupColour) {
    auto created = OffscreenRenderer::create(200, 150);
    ASSERT_TRUE(created.ok()) << created.error().describe();
    auto& view = **created;
    setBackground(view.renderer(), {0, 0, 0});
    GeometryStyle opaque;
    opaque.opacity = 1.0;
    ASSERT_TRUE(addModules(view.renderer(), {flatModule(0, 2, 2.0)}, opaque).ok());
    vtkCamera* camera = view.renderer()->GetActiveCamera();
    camera->SetParallelProjection(true);
    camera->SetPosition(0, 0, 100);
    camera->SetFocalPoint(0, 0, 0);
    camera->SetViewUp(0, 1, 0);
    camera->SetParallelScale(10.0);
    view.renderer()->ResetCameraClippingRange();
    const RgbImage image = view.render();
    const auto centre = image.at(100, 75);
    const Rgb expected = groupColour(2);
    EXPECT_NEAR(centre[0], expected.r * 255, 40);
    EXPECT_NEAR(centre[1], expected.g * 255, 40);
    EXPECT_NEAR(centre[2], expected.b * 255, 40);
    const auto corner = image.at(5, 5);
    EXPECT_LT(corner[0] + corner[1] + corner[2], 10);
}

TEST(DetectorGeometry, GroupColoursDiffer) {
    const Rgb a = groupColour(7);
    const Rgb b = groupColour(8);
    EXPECT_GT(std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b), 0.2);
    EXPECT_EQ(groupColour(7).r, a.r) << "stable";
}

} // namespace
} // namespace lupa::visualization
