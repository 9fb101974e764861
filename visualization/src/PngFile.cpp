// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/visualization/PngFile.hpp>

#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkPNGReader.h>

#include <cstdlib>

namespace lupa::visualization {

Result<RgbImage> readPng(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return Error::io("no such PNG file", path.string());
    vtkNew<vtkPNGReader> reader;
    if (reader->CanReadFile(path.c_str()) == 0)
        return Error::io("not a PNG picture", path.string());
    reader->SetFileName(path.c_str());
    reader->Update();
    vtkImageData* data = reader->GetOutput();
    const int* dimensions = data->GetDimensions();
    const int channels = data->GetNumberOfScalarComponents();
    if (data->GetScalarType() != VTK_UNSIGNED_CHAR || channels < 1 || channels > 4 || dimensions[0] <= 0 ||
        dimensions[1] <= 0)
        return Error::io("not an 8-bit PNG picture", path.string());
    RgbImage image{dimensions[0], dimensions[1], {}};
    image.pixels.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 3);
    const auto* source = static_cast<const unsigned char*>(data->GetScalarPointer());
    for (int y = 0; y < image.height; ++y) // VTK images start at the bottom row
        for (int x = 0; x < image.width; ++x) {
            const unsigned char* in =
                source + (static_cast<std::size_t>(image.height - 1 - y) * image.width + x) * channels;
            std::uint8_t* out = image.pixels.data() + (static_cast<std::size_t>(y) * image.width + x) * 3;
            for (int c = 0; c < 3; ++c)
                out[c] = in[channels >= 3 ? c : 0];
        }
    return image;
}

std::size_t countPixelsNear(const RgbImage& image, const std::array<std::uint8_t, 3>& colour, int tolerance) {
    std::size_t count = 0;
    for (std::size_t i = 0; i + 2 < image.pixels.size(); i += 3)
        if (std::abs(image.pixels[i] - colour[0]) <= tolerance &&
            std::abs(image.pixels[i + 1] - colour[1]) <= tolerance &&
            std::abs(image.pixels[i + 2] - colour[2]) <= tolerance)
            ++count;
    return count;
}

} // namespace lupa::visualization
