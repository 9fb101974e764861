// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Needs an X server (run under xvfb-run): Debian's VTK has no EGL or OSMesa.
#include <lupa/visualization/OffscreenRenderer.hpp>
#include <lupa/visualization/Picking.hpp>
#include <lupa/visualization/PointCloud.hpp>
#include <lupa/visualization/Primitives.hpp>

#include <gtest/gtest.h>
#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkRenderer.h>

namespace lupa::visualization {
namespace {

class Picking : public ::testing::Test {
protected:
    void SetUp() override {
        auto created = OffscreenRenderer::create(300, 200);
        ASSERT_TRUE(created.ok()) << created.error().describe();
        m_view = std::move(created).value();
        m_left = addBox(renderer(), {-6, 0, 0}, {4, 4, 4}, {1, 0, 0});
        m_right = addSphere(renderer(), {6, 0, 0}, 2, {0, 0, 1});
        vtkCamera* camera = renderer()->GetActiveCamera();
        camera->SetPosition(0, 0, 60);
        camera->SetFocalPoint(0, 0, 0);
        renderer()->ResetCameraClippingRange();
        (void)m_view->render();
    }
    vtkRenderer* renderer() const { return m_view->renderer(); }

    std::unique_ptr<OffscreenRenderer> m_view;
    vtkActor* m_left = nullptr;
    vtkActor* m_right = nullptr;
};

TEST_F(Picking, FindsTheActorUnderTheCursor) {
    const auto left = worldToDisplay(renderer(), {-6, 0, 2});
    const PickResult onLeft = pick(renderer(), left[0], left[1]);
    ASSERT_TRUE(onLeft.hit());
    EXPECT_EQ(onLeft.prop, m_left);
    EXPECT_NEAR(onLeft.world[0], -6.0, 0.3);
    EXPECT_NEAR(onLeft.world[2], 2.0, 0.3); // the front face of the box

    const auto right = worldToDisplay(renderer(), {6, 0, 0});
    EXPECT_EQ(pick(renderer(), right[0], right[1]).prop, m_right);
}

TEST_F(Picking, BackgroundPicksNothing) {
    const PickResult result = pick(renderer(), 2, 2);
    EXPECT_FALSE(result.hit());
    EXPECT_EQ(result.pointId, -1);
}

TEST_F(Picking, ReportsThePointIdOfAPointCloud) {
    PointCloudData data;
    data.positions = {0, 6, 0, 0, -6, 0, 3, -6, 0};
    PointCloudStyle style;
    style.pointSize = 10;
    auto cloud = addPointCloud(renderer(), data, style);
    ASSERT_TRUE(cloud.ok());
    (void)m_view->render();
    const auto second = worldToDisplay(renderer(), {0, -6, 0});
    const PickResult result = pick(renderer(), second[0], second[1]);
    ASSERT_TRUE(result.hit());
    EXPECT_EQ(result.prop, *cloud);
    EXPECT_EQ(result.pointId, 1);
}

} // namespace
} // namespace lupa::visualization
