// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/visualization/RgbImage.hpp>

#include <filesystem>
#include <memory>

class vtkRenderWindow;
class vtkRenderer;

namespace lupa::visualization {

/// A renderer in a hidden render window, for pictures without a GUI (tests, `lupa-cli render`).
/// Debian's VTK renders through X11 only, so an X server is needed (e.g. `xvfb-run -a`).
class OffscreenRenderer {
public:
    /// Opens an offscreen window of the given size [pixels]; a Runtime error when no X display is set.
    [[nodiscard]] static Result<std::unique_ptr<OffscreenRenderer>> create(int width, int height);
    ~OffscreenRenderer();
    OffscreenRenderer(const OffscreenRenderer&) = delete;
    OffscreenRenderer& operator=(const OffscreenRenderer&) = delete;

    /// The one renderer filling the window; add actors here.
    [[nodiscard]] vtkRenderer* renderer() const;
    /// The hidden window.
    [[nodiscard]] vtkRenderWindow* renderWindow() const;

    /// Renders the scene and returns the picture.
    [[nodiscard]] RgbImage render();

    /// Renders the scene and writes it as PNG, atomically (an Io error names the file).
    Result<void> savePng(const std::filesystem::path& path);

private:
    OffscreenRenderer();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace lupa::visualization
