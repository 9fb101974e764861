// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Lines (tracks) as one polydata. Needs an X server for the rendering test.
#include <lupa/visualization/OffscreenRenderer.hpp>
#include <lupa/visualization/Polylines.hpp>
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

TEST(Polylines, OneCellPerLine) {
    PolylineData data;
    data.add({0, 0, 0, 1, 0, 0, 2, 1, 0}, 1.0F);
    data.add({0, 0, 0, 0, 5, 0}, 2.0F);
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    const auto actor = addPolylines(renderer, data);
    ASSERT_TRUE(actor.ok()) << actor.error().describe();
    auto* polyData = vtkPolyData::SafeDownCast((*actor)->GetMapper()->GetInput());
    EXPECT_EQ(polyData->GetNumberOfPoints(), 5);
    EXPECT_EQ(polyData->GetNumberOfLines(), 2);
    EXPECT_EQ(renderer->GetActors()->GetNumberOfItems(), 1);
}

TEST(Polylines, RefusesBrokenData) {
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    PolylineData single;
    single.add({0, 0, 0});
    EXPECT_FALSE(addPolylines(renderer, single).ok()) << "a line needs two points";
    PolylineData mixed;
    mixed.add({0, 0, 0, 1, 1, 1}, 1.0F);
    mixed.add({0, 0, 0, 1, 1, 1});
    EXPECT_FALSE(addPolylines(renderer, mixed).ok()) << "values for some lines only";
    PolylineData ragged;
    ragged.positions = {0, 0, 0, 1};
    ragged.starts = {0};
    EXPECT_FALSE(addPolylines(renderer, ragged).ok());
}

TEST(Polylines, ALineRendersInItsColour) {
    auto created = OffscreenRenderer::create(200, 150);
    ASSERT_TRUE(created.ok()) << created.error().describe();
    auto& view = **created;
    setBackground(view.renderer(), {0, 0, 0});
    PolylineData data;
    data.add({-8, 0, 0, 8, 0, 0});
    PolylineStyle style;
    style.colour = {0, 1, 0};
    style.lineWidth = 5;
    ASSERT_TRUE(addPolylines(view.renderer(), data, style).ok());
    vtkCamera* camera = view.renderer()->GetActiveCamera();
    camera->SetParallelProjection(true);
    camera->SetPosition(0, 0, 100);
    camera->SetFocalPoint(0, 0, 0);
    camera->SetViewUp(0, 1, 0);
    camera->SetParallelScale(10.0);
    view.renderer()->ResetCameraClippingRange();
    const RgbImage image = view.render();
    const auto onLine = image.at(100, 75);
    EXPECT_GT(onLine[1], 200);
    EXPECT_LT(onLine[0], 40);
    const auto above = image.at(100, 20);
    EXPECT_LT(above[0] + above[1] + above[2], 10);
}

} // namespace
} // namespace lupa::visualization
