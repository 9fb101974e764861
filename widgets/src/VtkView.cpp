// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AtomicSave.hpp"
#include "ViewInteractorStyle.hpp"
#include "VtkFramebuffer.hpp"
#include "VtkKeys.hpp"
#include "VtkViewInteractor.hpp"

#include <lupa/visualization/Picking.hpp>
#include <lupa/widgets/VtkView.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QScopedValueRollback>
#include <QSurfaceFormat>
#include <QWheelEvent>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkNew.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkUnsignedCharArray.h>

#include <cmath>
#include <cstring>

namespace lupa::widgets {

namespace {

constexpr int kWheelStep = 120; // one notch of a mouse wheel in Qt's angleDelta units (1/8 degree)

QImage readPixels(vtkGenericOpenGLRenderWindow* window, QSize size) {
    vtkNew<vtkUnsignedCharArray> data;
    window->GetPixelData(0, 0, size.width() - 1, size.height() - 1, 0, data, 0);
    if (data->GetNumberOfValues() < static_cast<vtkIdType>(size.width()) * size.height() * 3)
        return {};
    QImage image(size, QImage::Format_RGB888);
    const auto rowBytes = static_cast<std::size_t>(size.width()) * 3;
    for (int y = 0; y < size.height(); ++y) // OpenGL rows run bottom to top
        std::memcpy(image.scanLine(size.height() - 1 - y),
                    data->GetPointer(static_cast<vtkIdType>(rowBytes) * y), rowBytes);
    return image;
}

} // namespace

struct VtkView::Impl {
    explicit Impl(VtkView* owner)
        : view(owner) {}

    void observe(unsigned long event) {
        observers.push_back(window->AddObserver(event, this, &Impl::onWindowEvent));
    }
    void onWindowEvent(vtkObject* caller, unsigned long event, void* callData);
    void setEventPosition(QPointF position, Qt::KeyboardModifiers modifiers, int repeat = 0);

    VtkView* view;
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
    vtkNew<VtkViewInteractor> interactor;
    vtkNew<ViewInteractorStyle> style;
    std::vector<unsigned long> observers;
    QMetaObject::Connection contextConnection;
    bool renderPending = true;
    bool inPaint = false;
    double lastFrameMilliseconds = 0.0;
    int wheelDelta = 0;
    bool clickCandidate = false;
    QPointF pressPosition;
};

void VtkView::Impl::onWindowEvent(vtkObject* /*caller*/, unsigned long event, void* callData) {
    QOpenGLContext* context = view->context();
    switch (event) {
    case vtkCommand::WindowMakeCurrentEvent:
        // Not QOpenGLWidget::makeCurrent(): that would rebind Qt's framebuffer behind VTK's back.
        if (context && QOpenGLContext::currentContext() != context)
            context->makeCurrent(context->surface());
        break;
    case vtkCommand::WindowIsCurrentEvent:
        *static_cast<bool*>(callData) = context && QOpenGLContext::currentContext() == context;
        break;
    case vtkCommand::WindowSupportsOpenGLEvent:
        *static_cast<int*>(callData) = context && context->isValid() ? 1 : 0;
        break;
    case vtkCommand::WindowIsDirectEvent:
        *static_cast<int*>(callData) = 1;
        break;
    case vtkCommand::WindowFrameEvent:
        // A render outside paintGL that is meant to be shown (not a pick or a grab): show it.
        if (!inPaint && window->GetSwapBuffers())
            view->update();
        break;
    default:
        break;
    }
}

void VtkView::Impl::setEventPosition(QPointF position, Qt::KeyboardModifiers modifiers, int repeat) {
    const double ratio = view->devicePixelRatioF();
    interactor->SetEventInformationFlipY(static_cast<int>(std::lround(position.x() * ratio)),
                                         static_cast<int>(std::lround(position.y() * ratio)),
                                         modifiers.testFlag(Qt::ControlModifier) ? 1 : 0,
                                         modifiers.testFlag(Qt::ShiftModifier) ? 1 : 0, 0, repeat);
    interactor->SetAltKey(modifiers.testFlag(Qt::AltModifier) ? 1 : 0);
}

void VtkView::prepareApplication() {
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setRedBufferSize(8);
    format.setGreenBufferSize(8);
    format.setBlueBufferSize(8);
    format.setAlphaBufferSize(8);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    format.setSamples(0);
    format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    QSurfaceFormat::setDefaultFormat(format);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

VtkView::VtkView(QWidget* parent)
    : QOpenGLWidget(parent)
    , m_impl(std::make_unique<Impl>(this)) {
    qRegisterMetaType<vtkProp*>();
    vtkGenericOpenGLRenderWindow* window = m_impl->window;
    window->AddRenderer(m_impl->renderer);
    window->SetMultiSamples(0);
    m_impl->renderer->SetBackground(0.0, 0.0, 0.0);
    m_impl->interactor->SetRenderWindow(window);
    m_impl->interactor->SetInteractorStyle(m_impl->style);
    m_impl->interactor->setRenderRequest([this] { requestRender(); });
    for (unsigned long event : {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent,
                                vtkCommand::WindowSupportsOpenGLEvent, vtkCommand::WindowIsDirectEvent,
                                vtkCommand::WindowFrameEvent})
        m_impl->observe(event);
    setFocusPolicy(Qt::WheelFocus);
    setMouseTracking(true);
    setMinimumSize(64, 48);
}

VtkView::~VtkView() {
    QObject::disconnect(m_impl->contextConnection);
    releaseGraphics();
    for (unsigned long id : m_impl->observers)
        m_impl->window->RemoveObserver(id);
    m_impl->window->SetReadyForRendering(false);
    m_impl->interactor->setRenderRequest({});
}

vtkRenderer* VtkView::renderer() const {
    return m_impl->renderer;
}

vtkGenericOpenGLRenderWindow* VtkView::renderWindow() const {
    return m_impl->window;
}

void VtkView::resetCamera() {
    m_impl->renderer->ResetCamera();
    requestRender();
}

void VtkView::requestRender() {
    m_impl->renderPending = true;
    update();
}

double VtkView::lastFrameMilliseconds() const {
    return m_impl->lastFrameMilliseconds;
}

QSize VtkView::deviceSize() const {
    const double ratio = devicePixelRatioF();
    return {std::max(1, static_cast<int>(std::lround(width() * ratio))),
            std::max(1, static_cast<int>(std::lround(height() * ratio)))};
}

void VtkView::initializeGL() {
    vtkGenericOpenGLRenderWindow* window = m_impl->window;
    window->SetOwnContext(false);
    window->SetReadyForRendering(true);
    window->SetFrameBlitModeToNoBlit();
    window->OpenGLInitContext();
    QObject::disconnect(m_impl->contextConnection);
    m_impl->contextConnection = connect(
        context(), &QOpenGLContext::aboutToBeDestroyed, this, [this] { releaseGraphics(); },
        Qt::DirectConnection);
    if (!m_impl->interactor->GetInitialized())
        m_impl->interactor->Initialize();
    m_impl->renderPending = true;
}

void VtkView::resizeGL(int /*width*/, int /*height*/) {
    const QSize size = deviceSize();
    m_impl->interactor->UpdateSize(size.width(), size.height());
    m_impl->window->SetSize(size.width(), size.height());
    m_impl->window->SetDPI(static_cast<int>(std::lround(72.0 * devicePixelRatioF())));
    m_impl->renderPending = true;
}

void VtkView::paintGL() {
    QElapsedTimer timer;
    timer.start();
    const bool render = m_impl->renderPending;
    if (render) {
        QScopedValueRollback inPaint(m_impl->inPaint, true);
        m_impl->renderPending = false;
        m_impl->window->Render();
    }
    const QSize size = deviceSize();
    blitLastFrame(m_impl->window, defaultFramebufferObject(), size.width(), size.height());
    if (render) {
        // Wait for the GPU (or llvmpipe) so that the time is the real cost of the frame.
        context()->functions()->glFinish();
        m_impl->lastFrameMilliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        Q_EMIT frameRendered(m_impl->lastFrameMilliseconds);
    }
}

bool VtkView::ensureContext() {
    if (!isValid())
        (void)grabFramebuffer(); // creates the context and renders once, even while hidden
    return isValid() && m_impl->window->GetReadyForRendering();
}

void VtkView::releaseGraphics() {
    if (!context())
        return;
    makeCurrent();
    m_impl->window->Finalize();
    doneCurrent();
}

QImage VtkView::grabImage(QSize size) {
    if (!ensureContext())
        return {};
    const QSize shown = deviceSize();
    const QSize target = size.isEmpty() ? shown : size;
    vtkGenericOpenGLRenderWindow* window = m_impl->window;
    // VTK renders into its own framebuffer, which may be larger than the widget. Without swapping, the
    // frame stays there and the widget keeps showing the previous one.
    window->SetSize(target.width(), target.height());
    window->SwapBuffersOff();
    window->Render();
    QImage image = readPixels(window, target);
    window->SwapBuffersOn();
    window->SetSize(shown.width(), shown.height());
    requestRender();
    return image;
}

lupa::Result<void> VtkView::saveScreenshot(const QString& path, QSize size) {
    const QImage image = grabImage(size);
    if (image.isNull())
        return lupa::Error::runtime(tr("cannot render the view: OpenGL is not available").toStdString());
    return saveImageAtomically(image, path, "PNG");
}

void VtkView::pickAt(QPointF position) {
    const double ratio = devicePixelRatioF();
    const double x = position.x() * ratio;
    const double y = deviceSize().height() - 1 - position.y() * ratio; // VTK counts rows from the bottom
    const auto result = lupa::visualization::pick(m_impl->renderer, x, y);
    Q_EMIT picked(result.prop, result.world[0], result.world[1], result.world[2], result.pointId);
}

void VtkView::mousePressEvent(QMouseEvent* event) {
    m_impl->setEventPosition(event->position(), event->modifiers());
    switch (event->button()) {
    case Qt::LeftButton:
        m_impl->clickCandidate = true;
        m_impl->pressPosition = event->position();
        m_impl->interactor->LeftButtonPressEvent();
        break;
    case Qt::MiddleButton:
        m_impl->interactor->MiddleButtonPressEvent();
        break;
    case Qt::RightButton:
        m_impl->interactor->RightButtonPressEvent();
        break;
    default:
        break;
    }
    event->accept();
}

void VtkView::mouseReleaseEvent(QMouseEvent* event) {
    m_impl->setEventPosition(event->position(), event->modifiers());
    switch (event->button()) {
    case Qt::LeftButton:
        m_impl->interactor->LeftButtonReleaseEvent();
        if (m_impl->clickCandidate)
            pickAt(event->position());
        m_impl->clickCandidate = false;
        break;
    case Qt::MiddleButton:
        m_impl->interactor->MiddleButtonReleaseEvent();
        break;
    case Qt::RightButton:
        m_impl->interactor->RightButtonReleaseEvent();
        break;
    default:
        break;
    }
    event->accept();
}

void VtkView::mouseDoubleClickEvent(QMouseEvent* event) {
    // VTK recognises a double click as a press with repeat count 1.
    m_impl->setEventPosition(event->position(), event->modifiers(), 1);
    if (event->button() == Qt::LeftButton)
        m_impl->interactor->LeftButtonPressEvent();
    event->accept();
}

void VtkView::mouseMoveEvent(QMouseEvent* event) {
    if (m_impl->clickCandidate &&
        (event->position() - m_impl->pressPosition).manhattanLength() > QApplication::startDragDistance())
        m_impl->clickCandidate = false;
    m_impl->setEventPosition(event->position(), event->modifiers());
    m_impl->interactor->MouseMoveEvent();
    event->accept();
}

void VtkView::wheelEvent(QWheelEvent* event) {
    m_impl->setEventPosition(event->position(), event->modifiers());
    // Touchpads send small deltas: accumulate them into whole notches.
    m_impl->wheelDelta += event->angleDelta().y();
    for (; m_impl->wheelDelta >= kWheelStep; m_impl->wheelDelta -= kWheelStep)
        m_impl->interactor->MouseWheelForwardEvent();
    for (; m_impl->wheelDelta <= -kWheelStep; m_impl->wheelDelta += kWheelStep)
        m_impl->interactor->MouseWheelBackwardEvent();
    event->accept();
}

void VtkView::keyPressEvent(QKeyEvent* event) {
    if (!isApplicationKey(*event)) {
        setKeyInformation(m_impl->interactor, *event);
        m_impl->interactor->KeyPressEvent();
    }
    // Ignored either way, so that parents and the application's shortcuts see every key.
    QOpenGLWidget::keyPressEvent(event);
}

void VtkView::keyReleaseEvent(QKeyEvent* event) {
    if (!isApplicationKey(*event)) {
        setKeyInformation(m_impl->interactor, *event);
        m_impl->interactor->KeyReleaseEvent();
    }
    QOpenGLWidget::keyReleaseEvent(event);
}

void VtkView::enterEvent(QEnterEvent* event) {
    m_impl->setEventPosition(event->position(), event->modifiers());
    m_impl->interactor->EnterEvent();
    QOpenGLWidget::enterEvent(event);
}

void VtkView::leaveEvent(QEvent* event) {
    m_impl->interactor->LeaveEvent();
    QOpenGLWidget::leaveEvent(event);
}

} // namespace lupa::widgets
