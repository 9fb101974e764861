// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: lupa model files read without libtorch (header, checksum, JSON, spec, metadata,
// weights) into the dense engine, which then runs one event in float and in fixed point.
#include <lupa/core/anomaly/Scoring.hpp>
#include <lupa/core/ml/DenseModel.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto content = lupa::ml::parseModelFile(bytes, "fuzz.lupa");
    if (!content)
        return 0;
    auto model = lupa::ml::DenseModel::fromContent(*content, "fuzz.lupa");
    if (!model)
        return 0;
    const auto input = lupa::ml::Tensor::zeros({1, model->inputSize()});
    (void)model->forward(input);
    (void)model->forwardFixed(input, {{16, 6}, {16, 6}});
    (void)lupa::anomaly::AnomalyModelInfo::fromMetadata(model->metadata());
    return 0;
}
