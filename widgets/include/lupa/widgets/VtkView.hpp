// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <QImage>
#include <QMetaType>
#include <QOpenGLWidget>
#include <QSize>
#include <QString>

#include <memory>

class vtkGenericOpenGLRenderWindow;
class vtkProp;
class vtkRenderer;

// vtkProp* travels in the picked() signal (queued connections, QSignalSpy): an opaque pointer type.
Q_DECLARE_OPAQUE_POINTER(vtkProp*)
Q_DECLARE_METATYPE(vtkProp*)

namespace lupa::widgets {

/// A Qt6 widget showing a VTK scene: hosts a vtkGenericOpenGLRenderWindow in the widget's OpenGL
/// context, forwards mouse, wheel and keyboard input to a trackball-camera interactor, reports picks,
/// and renders pictures at any resolution. Call prepareApplication() before constructing QApplication.
class VtkView : public QOpenGLWidget {
    Q_OBJECT
public:
    /// Sets what VtkView needs process-wide and must come before QApplication: the default surface
    /// format (OpenGL 3.2 core, depth and stencil, no multisampling) and Qt::AA_ShareOpenGLContexts
    /// (so that docking and floating keep the OpenGL context).
    static void prepareApplication();

    /// An empty view with one renderer, black background.
    explicit VtkView(QWidget* parent = nullptr);
    ~VtkView() override;

    /// The renderer filling the view; add actors here, then call requestRender().
    [[nodiscard]] vtkRenderer* renderer() const;
    /// The VTK window drawn into this widget.
    [[nodiscard]] vtkGenericOpenGLRenderWindow* renderWindow() const;

    /// Frames all visible props and schedules a render.
    void resetCamera();
    /// Schedules a render (coalesced with other requests into the next repaint).
    void requestRender();

    /// Renders the scene into an image of `size` [device pixels], independent of the widget's size
    /// (e.g. 4000x3000); an empty size means the widget's size in device pixels. A null image when
    /// OpenGL is unavailable.
    [[nodiscard]] QImage grabImage(QSize size = {});
    /// Renders at `size` (see grabImage) and writes a PNG to `path` atomically.
    lupa::Result<void> saveScreenshot(const QString& path, QSize size = {});

    /// Time the last render took, including the copy to the widget [ms].
    [[nodiscard]] double lastFrameMilliseconds() const;

Q_SIGNALS:
    /// A left click without drag picked `prop` (nullptr on background) at world position
    /// (worldX, worldY, worldZ) [mm]; pointId is the nearest data point of the prop, or -1.
    void picked(vtkProp* prop, double worldX, double worldY, double worldZ, long long pointId);
    /// A render finished and took `milliseconds` [ms].
    void frameRendered(double milliseconds);

protected:
    void initializeGL() override;
    void resizeGL(int width, int height) override;
    void paintGL() override;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    [[nodiscard]] QSize deviceSize() const;
    bool ensureContext();
    void releaseGraphics();
    void pickAt(QPointF position);

    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace lupa::widgets
