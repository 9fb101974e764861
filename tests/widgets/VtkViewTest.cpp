// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/visualization/Picking.hpp>
#include <lupa/visualization/Primitives.hpp>
#include <lupa/widgets/VtkView.hpp>

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <gtest/gtest.h>
#include <vtkActor.h>
#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkProperty.h>
#include <vtkRenderWindowInteractor.h>
#include <vtkRenderer.h>

#include <cmath>

namespace lupa::widgets {
namespace {

namespace viz = lupa::visualization;

bool isRed(QRgb pixel) {
    return qRed(pixel) > 200 && qGreen(pixel) < 40 && qBlue(pixel) < 40;
}
bool isBlue(QRgb pixel) {
    return qBlue(pixel) > 200 && qRed(pixel) < 40 && qGreen(pixel) < 40;
}
bool isBlack(QRgb pixel) {
    return qRed(pixel) < 10 && qGreen(pixel) < 10 && qBlue(pixel) < 10;
}

// Looks at the xy plane from +z, parallel projection, [-10, 10] mm tall.
void lookDownZ(vtkRenderer* renderer) {
    vtkCamera* camera = renderer->GetActiveCamera();
    camera->SetParallelProjection(true);
    camera->SetPosition(0, 0, 100);
    camera->SetFocalPoint(0, 0, 0);
    camera->SetViewUp(0, 1, 0);
    camera->SetParallelScale(10.0);
    renderer->ResetCameraClippingRange();
}

// A red box in the centre of a black view, shown on screen.
class VtkViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_view.resize(400, 300);
        viz::setBackground(m_view.renderer(), {0, 0, 0});
        m_box = viz::addBox(m_view.renderer(), {0, 0, 0}, {8, 8, 8}, {1, 0, 0});
        lookDownZ(m_view.renderer());
        m_view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_view));
    }

    // The widget position [logical pixels] where a world point [mm] appears.
    QPoint widgetPositionOf(const std::array<double, 3>& world) {
        const auto display = viz::worldToDisplay(m_view.renderer(), world);
        const double ratio = m_view.devicePixelRatioF();
        const int deviceHeight = m_view.renderWindow()->GetSize()[1];
        return {static_cast<int>(std::lround(display[0] / ratio)),
                static_cast<int>(std::lround((deviceHeight - 1 - display[1]) / ratio))};
    }

    VtkView m_view;
    vtkActor* m_box = nullptr;
};

TEST_F(VtkViewTest, RendersAKnownScene) {
    // widgets.VtkView.hidpi runs this with QT_SCALE_FACTOR=2.
    EXPECT_DOUBLE_EQ(m_view.devicePixelRatioF(), qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                                                     ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble()
                                                     : 1.0);
    const QImage image = m_view.grabImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), m_view.size() * m_view.devicePixelRatioF());
    EXPECT_TRUE(isRed(image.pixel(image.width() / 2, image.height() / 2)));
    EXPECT_TRUE(isBlack(image.pixel(10, 10)));
}

TEST_F(VtkViewTest, WidgetShowsTheFrameOpaque) {
    // What Qt composes on screen: VTK's frame blitted into the widget's framebuffer.
    const QImage shown = m_view.grabFramebuffer();
    ASSERT_FALSE(shown.isNull());
    EXPECT_TRUE(isRed(shown.pixel(shown.width() / 2, shown.height() / 2)));
    EXPECT_TRUE(isBlack(shown.pixel(5, 5)));
    EXPECT_EQ(qAlpha(shown.pixel(5, 5)), 255);
}

TEST_F(VtkViewTest, ReportsFrameTimes) {
    QSignalSpy frames(&m_view, &VtkView::frameRendered);
    m_view.requestRender();
    ASSERT_TRUE(frames.wait(5000));
    EXPECT_GT(frames.first().at(0).toDouble(), 0.0);
    EXPECT_GT(m_view.lastFrameMilliseconds(), 0.0);
}

TEST_F(VtkViewTest, ClickPicksTheActorUnderTheCursor) {
    vtkActor* sphere = viz::addSphere(m_view.renderer(), {7, 0, 0}, 2, {0, 0, 1});
    m_view.requestRender();
    QTest::qWait(50);
    QSignalSpy picks(&m_view, &VtkView::picked);
    ASSERT_TRUE(picks.isValid());

    QTest::mouseClick(&m_view, Qt::LeftButton, {}, widgetPositionOf({7, 0, 0}));
    ASSERT_EQ(picks.count(), 1);
    EXPECT_EQ(picks.at(0).at(0).value<vtkProp*>(), sphere);
    EXPECT_NEAR(picks.at(0).at(1).toDouble(), 7.0, 0.5);

    QTest::mouseClick(&m_view, Qt::LeftButton, {}, widgetPositionOf({0, 0, 0}));
    ASSERT_EQ(picks.count(), 2);
    EXPECT_EQ(picks.at(1).at(0).value<vtkProp*>(), m_box);
    EXPECT_NEAR(picks.at(1).at(3).toDouble(), 4.0, 0.5); // the box's front face, z = 4 mm

    QTest::mouseClick(&m_view, Qt::LeftButton, {}, QPoint(5, 5));
    ASSERT_EQ(picks.count(), 3);
    EXPECT_EQ(picks.at(2).at(0).value<vtkProp*>(), nullptr);
}

TEST_F(VtkViewTest, DragRotatesInsteadOfPicking) {
    QSignalSpy picks(&m_view, &VtkView::picked);
    ASSERT_TRUE(picks.isValid());
    const double before[3] = {m_view.renderer()->GetActiveCamera()->GetPosition()[0],
                              m_view.renderer()->GetActiveCamera()->GetPosition()[1],
                              m_view.renderer()->GetActiveCamera()->GetPosition()[2]};
    const QPoint start(200, 150);
    QTest::mousePress(&m_view, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(&m_view, start + QPoint(12 * step, 0));
    QTest::mouseRelease(&m_view, Qt::LeftButton, {}, start + QPoint(60, 0));
    EXPECT_EQ(picks.count(), 0);
    const double* after = m_view.renderer()->GetActiveCamera()->GetPosition();
    EXPECT_GT(std::abs(after[0] - before[0]) + std::abs(after[2] - before[2]), 1.0);
}

TEST_F(VtkViewTest, WheelZoomsPerWholeNotch) {
    const double scale = m_view.renderer()->GetActiveCamera()->GetParallelScale();
    const QPointF centre(200, 150);
    auto sendWheel = [&](int delta) {
        QWheelEvent event(centre, m_view.mapToGlobal(centre), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&m_view, &event);
    };
    sendWheel(60); // half a notch: accumulated, nothing yet
    EXPECT_DOUBLE_EQ(m_view.renderer()->GetActiveCamera()->GetParallelScale(), scale);
    sendWheel(60); // completes the notch: zoom in
    EXPECT_LT(m_view.renderer()->GetActiveCamera()->GetParallelScale(), scale);
}

// Records the keys that reach it from its child.
class KeyRecorder : public QWidget {
public:
    QList<int> keys;

protected:
    void keyPressEvent(QKeyEvent* event) override { keys.append(event->key()); }
};

TEST(VtkViewKeys, LetterKeysReachTheApplicationNotVtk) {
    KeyRecorder parent;
    auto* view = new VtkView(&parent);
    view->resize(200, 150);
    vtkActor* box = viz::addBox(view->renderer(), {0, 0, 0}, {1, 1, 1}, {1, 0, 0});
    parent.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&parent));
    view->setFocus();
    const double scaleBefore = view->renderer()->GetActiveCamera()->GetParallelScale();
    for (char key : {'w', 'r', 's', 'e', 'q', '3', 'f', 'p'})
        QTest::keyClick(view, key);
    // VTK's default style would have switched to wireframe ('w'), reset the camera ('r'), quit ('q')...
    EXPECT_EQ(box->GetProperty()->GetRepresentation(), VTK_SURFACE);
    EXPECT_EQ(view->renderer()->GetActiveCamera()->GetParallelScale(), scaleBefore);
    EXPECT_EQ(parent.keys.size(), 8);
    EXPECT_TRUE(parent.keys.contains(Qt::Key_W));
    EXPECT_TRUE(view->isVisible());
}

TEST_F(VtkViewTest, VtkTimersRunOnQtTimers) {
    vtkRenderWindowInteractor* interactor = m_view.renderWindow()->GetInteractor();
    ASSERT_NE(interactor, nullptr);
    int ticks = 0;
    vtkNew<vtkCallbackCommand> counter;
    counter->SetClientData(&ticks);
    counter->SetCallback(
        [](vtkObject*, unsigned long, void* ticksPointer, void*) { ++*static_cast<int*>(ticksPointer); });
    interactor->AddObserver(vtkCommand::TimerEvent, counter);
    const int timer = interactor->CreateRepeatingTimer(10);
    ASSERT_GT(timer, 0);
    (void)QTest::qWaitFor([&] { return ticks >= 3; }, 2000);
    EXPECT_GE(ticks, 3);
    interactor->DestroyTimer(timer);
    const int stopped = ticks;
    QTest::qWait(60);
    EXPECT_EQ(ticks, stopped);
    interactor->RemoveObserver(counter);
}

TEST_F(VtkViewTest, ScreenshotAtAnyResolution) {
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("view.png"));
    const auto saved = m_view.saveScreenshot(path, QSize(1600, 1200));
    ASSERT_TRUE(saved.ok()) << saved.error().describe();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(4), QByteArray("\x89PNG", 4));
    file.close();
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(1600, 1200));
    EXPECT_TRUE(isRed(image.pixel(800, 600)));
    EXPECT_TRUE(isBlack(image.pixel(20, 20)));
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("view.png")});
    // The widget itself is untouched and keeps rendering at its own size.
    const QImage shown = m_view.grabFramebuffer();
    EXPECT_EQ(shown.size(), m_view.size() * m_view.devicePixelRatioF());
    EXPECT_TRUE(isRed(shown.pixel(shown.width() / 2, shown.height() / 2)));
}

TEST_F(VtkViewTest, GrabsPostersLargerThanTheScreen) {
    const QImage image = m_view.grabImage(QSize(4000, 3000));
    ASSERT_EQ(image.size(), QSize(4000, 3000));
    EXPECT_TRUE(isRed(image.pixel(2000, 1500)));
    EXPECT_TRUE(isBlack(image.pixel(100, 100)));
}

TEST_F(VtkViewTest, ScreenshotIntoAMissingFolderFails) {
    const auto saved = m_view.saveScreenshot(QStringLiteral("/nonexistent-lupa-folder/view.png"));
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, lupa::ErrorKind::Io);
}

TEST(VtkViewHidden, GrabsWithoutBeingShown) {
    VtkView view;
    view.resize(120, 90);
    viz::addBox(view.renderer(), {0, 0, 0}, {8, 8, 8}, {1, 0, 0});
    lookDownZ(view.renderer());
    const QImage image = view.grabImage(QSize(320, 240));
    ASSERT_EQ(image.size(), QSize(320, 240));
    EXPECT_TRUE(isRed(image.pixel(160, 120)));
}

TEST(VtkViewDocking, RendersAfterFloatingAndRedocking) {
    QMainWindow window;
    auto* dock = new QDockWidget(QStringLiteral("view"), &window);
    auto* view = new VtkView(dock);
    dock->setWidget(view);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.setCentralWidget(new QWidget);
    window.resize(800, 500);
    viz::setBackground(view->renderer(), {0, 0, 0});
    vtkActor* sphere = viz::addSphere(view->renderer(), {0, 0, 0}, 5, {0, 0, 1});
    lookDownZ(view->renderer());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto expectRendersBlueCentre = [&](const char* when) {
        SCOPED_TRACE(when);
        const QImage shown = view->grabFramebuffer();
        ASSERT_FALSE(shown.isNull());
        EXPECT_TRUE(isBlue(shown.pixel(shown.width() / 2, shown.height() / 2)));
        const QImage grabbed = view->grabImage(QSize(200, 150));
        ASSERT_FALSE(grabbed.isNull());
        EXPECT_TRUE(isBlue(grabbed.pixel(100, 75)));
    };
    expectRendersBlueCentre("docked");

    dock->setFloating(true);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dock));
    QTest::qWait(50);
    expectRendersBlueCentre("floating");

    dock->setFloating(false);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    expectRendersBlueCentre("re-docked");

    // Interaction still works too: a click picks the sphere.
    QSignalSpy picks(view, &VtkView::picked);
    ASSERT_TRUE(picks.isValid());
    QTest::mouseClick(view, Qt::LeftButton, {}, view->rect().center());
    ASSERT_EQ(picks.count(), 1);
    EXPECT_EQ(picks.at(0).at(0).value<vtkProp*>(), sphere);
}

} // namespace
} // namespace lupa::widgets
