// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Needs an X server (run under xvfb-run): Debian's VTK has no EGL or OSMesa.
#include <lupa/visualization/OffscreenRenderer.hpp>
#include <lupa/visualization/PointCloud.hpp>
#include <lupa/visualization/Primitives.hpp>

#include <gtest/gtest.h>
#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkMapper.h>
#include <vtkPolyData.h>
#include <vtkRenderer.h>

#include <filesystem>
#include <fstream>

namespace lupa::visualization {
namespace {

constexpr int kWidth = 200;
constexpr int kHeight = 150;

std::unique_ptr<OffscreenRenderer> makeRenderer() {
    auto created = OffscreenRenderer::create(kWidth, kHeight);
    EXPECT_TRUE(created.ok()) << created.error().describe();
    return created.ok() ? std::move(created).value() : nullptr;
}

// Looks at the xy plane from +z with a parallel projection, showing [-10, 10] mm vertically.
void lookDownZ(vtkRenderer* renderer) {
    vtkCamera* camera = renderer->GetActiveCamera();
    camera->SetParallelProjection(true);
    camera->SetPosition(0, 0, 100);
    camera->SetFocalPoint(0, 0, 0);
    camera->SetViewUp(0, 1, 0);
    camera->SetParallelScale(10.0);
    renderer->ResetCameraClippingRange();
}

TEST(OffscreenRenderer, RedBoxOnBlackBackground) {
    auto view = makeRenderer();
    ASSERT_TRUE(view);
    setBackground(view->renderer(), {0, 0, 0});
    addBox(view->renderer(), {0, 0, 0}, {8, 8, 8}, {1, 0, 0});
    lookDownZ(view->renderer());
    const RgbImage image = view->render();
    ASSERT_EQ(image.width, kWidth);
    ASSERT_EQ(image.height, kHeight);
    const auto centre = image.at(kWidth / 2, kHeight / 2);
    EXPECT_GT(centre[0], 200);
    EXPECT_LT(centre[1], 30);
    EXPECT_LT(centre[2], 30);
    const auto corner = image.at(5, 5);
    EXPECT_LT(corner[0] + corner[1] + corner[2], 10);
}

TEST(OffscreenRenderer, BoxOffCentreLandsOnTheRightSide) {
    auto view = makeRenderer();
    ASSERT_TRUE(view);
    setBackground(view->renderer(), {0, 0, 0});
    addBox(view->renderer(), {6, 0, 0}, {4, 4, 4}, {0, 1, 0});
    lookDownZ(view->renderer());
    const RgbImage image = view->render();
    // x = 6 mm at 7.5 px/mm right of the centre; x = -6 mm is background.
    EXPECT_GT(image.at(kWidth / 2 + 45, kHeight / 2)[1], 200);
    EXPECT_LT(image.at(kWidth / 2 - 45, kHeight / 2)[1], 10);
}

TEST(PointCloud, OnePolyDataWithAVertexPerPoint) {
    auto view = makeRenderer();
    ASSERT_TRUE(view);
    PointCloudData data;
    for (int i = 0; i < 1000; ++i)
        data.positions.insert(data.positions.end(), {float(i % 10), float(i / 10 % 10), float(i / 100)});
    data.values.assign(1000, 1.0f);
    auto actor = addPointCloud(view->renderer(), data);
    ASSERT_TRUE(actor.ok()) << actor.error().describe();
    auto* polyData = vtkPolyData::SafeDownCast((*actor)->GetMapper()->GetInput());
    ASSERT_NE(polyData, nullptr);
    EXPECT_EQ(polyData->GetNumberOfPoints(), 1000);
    EXPECT_EQ(polyData->GetNumberOfVerts(), 1000);
    EXPECT_EQ(view->renderer()->GetActors()->GetNumberOfItems(), 1);
}

TEST(PointCloud, RejectsMismatchedSizes) {
    auto view = makeRenderer();
    ASSERT_TRUE(view);
    PointCloudData ragged;
    ragged.positions = {1, 2, 3, 4};
    EXPECT_EQ(addPointCloud(view->renderer(), ragged).error().kind, ErrorKind::BadInput);
    PointCloudData wrongValues;
    wrongValues.positions = {1, 2, 3, 4, 5, 6};
    wrongValues.values = {1};
    EXPECT_EQ(addPointCloud(view->renderer(), wrongValues).error().kind, ErrorKind::BadInput);
}

TEST(PointCloud, PointsAreColouredByValue) {
    auto view = makeRenderer();
    ASSERT_TRUE(view);
    setBackground(view->renderer(), {0, 0, 0});
    PointCloudData data;
    data.positions = {-5, 0, 0, 5, 0, 0};
    data.values = {0.0f, 1.0f};
    PointCloudStyle style;
    style.pointSize = 12;
    style.colourMap = ColourMap::Rainbow;
    ASSERT_TRUE(addPointCloud(view->renderer(), data, style).ok());
    lookDownZ(view->renderer());
    const RgbImage image = view->render();
    const auto low = image.at(kWidth / 2 - 37, kHeight / 2);  // x = -5 mm: blue end
    const auto high = image.at(kWidth / 2 + 37, kHeight / 2); // x = +5 mm: red end
    EXPECT_GT(low[2], 200);
    EXPECT_LT(low[0], 30);
    EXPECT_GT(high[0], 200);
    EXPECT_LT(high[2], 30);
}

TEST(OffscreenRenderer, SavesAPng) {
    auto view = makeRenderer();
    ASSERT_TRUE(view);
    addSphere(view->renderer(), {0, 0, 0}, 5, {1, 1, 0});
    const auto path = std::filesystem::temp_directory_path() / "lupa-offscreen-test.png";
    std::filesystem::remove(path);
    ASSERT_TRUE(view->savePng(path).ok());
    std::ifstream file(path, std::ios::binary);
    char magic[4] = {};
    file.read(magic, 4);
    EXPECT_EQ(std::string(magic + 1, 3), "PNG");
    std::filesystem::remove(path);
}

TEST(OffscreenRenderer, SaveIntoAMissingFolderIsAnIoError) {
    auto view = makeRenderer();
    ASSERT_TRUE(view);
    const auto result = view->savePng("/nonexistent-lupa-folder/picture.png");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Io);
}

} // namespace
} // namespace lupa::visualization
