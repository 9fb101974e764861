// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: inspection model files (container header, checksum, settings, parts), each part read as a
// lupa model file into the convolutional engine's network description.
#include <lupa/core/Json.hpp>
#include <lupa/core/inspection/InspectionModelFile.hpp>
#include <lupa/core/ml/ConvLayers.hpp>
#include <lupa/core/ml/ModelFileFormat.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

void readPart(const std::string& bytes) {
    if (bytes.empty())
        return;
    auto content = lupa::ml::parseModelFile(bytes, "part.lupa");
    if (content)
        (void)lupa::ml::convNetworkFromContent(*content, "part.lupa");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto model = lupa::inspection::parseInspectionModel(bytes, "fuzz.lupa");
    if (!model)
        return 0;
    readPart(model->autoencoder);
    readPart(model->classifier);
    return 0;
}
