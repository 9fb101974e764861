// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/visualization/OffscreenRenderer.hpp>

#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkPNGWriter.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkUnsignedCharArray.h>
#include <vtkWindowToImageFilter.h>

#include <cstdlib>
#include <cstring>

namespace lupa::visualization {

struct OffscreenRenderer::Impl {
    vtkSmartPointer<vtkRenderWindow> window = vtkSmartPointer<vtkRenderWindow>::New();
    vtkSmartPointer<vtkRenderer> renderer = vtkSmartPointer<vtkRenderer>::New();
};

OffscreenRenderer::OffscreenRenderer()
    : m_impl(std::make_unique<Impl>()) {}

OffscreenRenderer::~OffscreenRenderer() = default;

Result<std::unique_ptr<OffscreenRenderer>> OffscreenRenderer::create(int width, int height) {
    if (width <= 0 || height <= 0)
        return Error::usage("the picture size must be positive");
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display)
        return Error::runtime("rendering needs an X server but DISPLAY is not set (run under xvfb-run -a)");
    std::unique_ptr<OffscreenRenderer> renderer(new OffscreenRenderer());
    vtkRenderWindow* window = renderer->m_impl->window;
    window->SetOffScreenRendering(true);
    window->SetMultiSamples(0);
    window->SetSize(width, height);
    window->AddRenderer(renderer->m_impl->renderer);
    return renderer;
}

vtkRenderer* OffscreenRenderer::renderer() const {
    return m_impl->renderer;
}

vtkRenderWindow* OffscreenRenderer::renderWindow() const {
    return m_impl->window;
}

RgbImage OffscreenRenderer::render() {
    vtkRenderWindow* window = m_impl->window;
    window->Render();
    const int* size = window->GetSize();
    RgbImage image{size[0], size[1], {}};
    vtkNew<vtkUnsignedCharArray> data;
    window->GetPixelData(0, 0, image.width - 1, image.height - 1, 0, data, 0);
    const auto rowBytes = static_cast<std::size_t>(image.width) * 3;
    image.pixels.resize(rowBytes * static_cast<std::size_t>(image.height));
    // OpenGL rows run bottom to top.
    for (int y = 0; y < image.height; ++y)
        std::memcpy(image.pixels.data() + rowBytes * static_cast<std::size_t>(image.height - 1 - y),
                    data->GetPointer(static_cast<vtkIdType>(rowBytes) * y), rowBytes);
    return image;
}

Result<void> OffscreenRenderer::savePng(const std::filesystem::path& path) {
    vtkNew<vtkWindowToImageFilter> grab;
    grab->SetInput(m_impl->window);
    grab->SetInputBufferTypeToRGB();
    grab->ReadFrontBufferOff();
    grab->ShouldRerenderOn();
    const auto temporary = temporarySiblingOf(path);
    vtkNew<vtkPNGWriter> writer;
    writer->SetFileName(temporary.c_str());
    writer->SetInputConnection(grab->GetOutputPort());
    writer->Write();
    if (writer->GetErrorCode() != 0) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return Error::io("cannot write the PNG picture", path.string());
    }
    return replaceAtomically(temporary, path);
}

} // namespace lupa::visualization
