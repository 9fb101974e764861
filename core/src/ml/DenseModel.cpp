// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/WeightsCodec.hpp"

#include <lupa/core/Parallel.hpp>
#include <lupa/core/ml/DenseAutoencoder.hpp>
#include <lupa/core/ml/DenseModel.hpp>
#include <lupa/core/ml/Mlp.hpp>

#include <fmt/format.h>

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace lupa::ml {
namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
constexpr std::int64_t kBlockRows = 256; // rows per Eigen product: keeps activations in cache

// Appends Linear layers through `sizes`, numbering them as torch::nn::Sequential numbers its
// modules (an activation module follows every layer but the last), so that weight names match.
void appendStack(const std::vector<std::int64_t>& sizes, Activation activation, std::int64_t& moduleIndex,
                 std::vector<DenseLayer>& layers, std::vector<detail::NamedValues>& expected) {
    for (std::size_t i = 1; i < sizes.size(); ++i) {
        DenseLayer layer;
        layer.inputs = sizes[i - 1];
        layer.outputs = sizes[i];
        const bool last = i + 1 == sizes.size();
        layer.activation = last ? "linear" : toString(activation);
        expected.push_back({fmt::format("{}.weight", moduleIndex), {layer.outputs, layer.inputs}, {}});
        expected.push_back({fmt::format("{}.bias", moduleIndex), {layer.outputs}, {}});
        moduleIndex += last ? 1 : 2;
        layers.push_back(std::move(layer));
    }
}

struct Structure {
    std::vector<DenseLayer> layers;
    std::vector<detail::NamedValues> expected;
    std::size_t encoderLayers = 0;
    std::int64_t variationalLatent = 0;
};

Result<Structure> structureOf(const NetworkSpec& spec) {
    Structure structure;
    std::int64_t moduleIndex = 0;
    bool sigmoid = false;
    if (spec.kind == kinds::kMlp) {
        auto params = MlpParams::fromSpec(spec);
        if (!params)
            return std::move(params).error();
        appendStack(params->layerSizes, params->activation, moduleIndex, structure.layers,
                    structure.expected);
        sigmoid = params->sigmoidOutput;
    } else if (spec.kind == kinds::kDenseAutoencoder) {
        auto params = DenseAutoencoderParams::fromSpec(spec);
        if (!params)
            return std::move(params).error();
        appendStack(params->encoderWidths(), params->activation, moduleIndex, structure.layers,
                    structure.expected);
        structure.encoderLayers = structure.layers.size();
        if (params->variational) {
            ++moduleIndex;
            structure.variationalLatent = params->latentSize;
        }
        appendStack(params->decoderWidths(), params->activation, moduleIndex, structure.layers,
                    structure.expected);
        sigmoid = params->sigmoidOutput;
    } else {
        return Error::badInput(fmt::format("the dense engine runs '{}' and '{}' networks, not '{}'",
                                           kinds::kMlp, kinds::kDenseAutoencoder, spec.kind));
    }
    if (sigmoid)
        structure.layers.back().activation = "sigmoid";
    return structure;
}

float activate(const std::string& activation, float value) {
    if (activation == "relu")
        return std::max(value, 0.0F);
    if (activation == "leaky_relu")
        return value > 0 ? value : 0.01F * value;
    if (activation == "tanh")
        return std::tanh(value);
    if (activation == "sigmoid")
        return 1.0F / (1.0F + std::exp(-value));
    return value;
}

void activateAll(const std::string& activation, std::span<float> values) {
    if (activation == "linear")
        return;
    if (activation == "relu") {
        for (auto& v : values)
            v = std::max(v, 0.0F);
        return;
    }
    for (auto& v : values)
        v = activate(activation, v);
}

// out = activation(in * W^T + b) for `rows` rows.
void denseLayer(const DenseLayer& layer, const float* in, std::int64_t rows, float* out) {
    const Eigen::Map<const RowMatrix> x(in, rows, layer.inputs);
    const Eigen::Map<const RowMatrix> w(layer.weights.data(), layer.outputs, layer.inputs);
    const Eigen::Map<const Eigen::RowVectorXf> b(layer.biases.data(), layer.outputs);
    Eigen::Map<RowMatrix> y(out, rows, layer.outputs);
    y.noalias() = x * w.transpose();
    y.rowwise() += b;
    activateAll(layer.activation, {out, static_cast<std::size_t>(rows * layer.outputs)});
}

// One fixed-point layer: every product and sum exact, the result rounded to the data format, the
// activation applied and rounded again.
void fixedLayer(const DenseLayer& layer, const std::vector<double>& weights,
                const std::vector<double>& biases, const FixedPointFormat& data, std::span<const double> in,
                std::span<double> out) {
    for (std::int64_t o = 0; o < layer.outputs; ++o) {
        double sum = biases[static_cast<std::size_t>(o)];
        const double* w = weights.data() + o * layer.inputs;
        for (std::int64_t i = 0; i < layer.inputs; ++i)
            sum += w[i] * in[static_cast<std::size_t>(i)];
        const double rounded = data.quantise(sum);
        out[static_cast<std::size_t>(o)] =
            layer.activation == "linear" || layer.activation == "relu"
                ? std::max(rounded, layer.activation == "relu" ? 0.0 : rounded)
                : data.quantise(activate(layer.activation, static_cast<float>(rounded)));
    }
}

// Keeps the first `keep` of `width` columns of `rows` rows, packed: the means of a VAE's encoder output.
void keepLeadingColumns(float* data, std::int64_t rows, std::int64_t width, std::int64_t keep) {
    for (std::int64_t r = 1; r < rows; ++r)
        std::memmove(data + r * keep, data + r * width, static_cast<std::size_t>(keep) * sizeof(float));
}

std::vector<double> quantised(const std::vector<float>& values, const FixedPointFormat& format) {
    std::vector<double> result(values.size());
    std::transform(values.begin(), values.end(), result.begin(), [&](float v) { return format.quantise(v); });
    return result;
}

Result<void> checkPrepared(const Tensor& prepared, std::int64_t inputSize, const std::string& name) {
    return checkBatchShape(prepared, {inputSize}, name);
}

} // namespace

Result<DenseModel> DenseModel::fromContent(const ModelFileContent& content, const std::string& fileName) {
    auto structure = structureOf(content.spec);
    auto located = [&](Error error) {
        error.kind = ErrorKind::BadInput;
        error.file = fileName;
        return error;
    };
    if (!structure)
        return located(std::move(structure).error());
    auto values = detail::decodeWeights(content.weights, structure->expected);
    if (!values)
        return located(std::move(values).error());
    DenseModel model;
    model.m_spec = content.spec;
    model.m_metadata = content.metadata;
    model.m_layers = std::move(structure->layers);
    model.m_encoderLayers = structure->encoderLayers;
    model.m_variationalLatent = structure->variationalLatent;
    model.m_source = fileName;
    for (std::size_t k = 0; k < model.m_layers.size(); ++k) {
        model.m_layers[k].weights = std::move((*values)[2 * k].values);
        model.m_layers[k].biases = std::move((*values)[2 * k + 1].values);
    }
    if (!model.m_metadata.normalisation.fits(model.inputSize()))
        return located(
            Error::badInput(fmt::format("a normalisation of {} features does not fit {} inputs",
                                        model.m_metadata.normalisation.mean.size(), model.inputSize())));
    return model;
}

Result<DenseModel> DenseModel::load(const std::filesystem::path& path) {
    auto content = readModelFile(path);
    if (!content)
        return std::move(content).error();
    return fromContent(*content, path.string());
}

std::string DenseModel::name() const {
    return m_metadata.kind.empty() ? m_spec.kind : m_metadata.kind;
}

Result<Tensor> DenseModel::prepare(const Tensor& batch) const {
    LUPA_TRY(checkPrepared(batch, inputSize(), name()));
    return m_metadata.normalisation.apply(batch);
}

void DenseModel::forwardRows(std::span<const float> prepared, std::int64_t rows, std::span<float> outputs,
                             std::vector<float>& scratch) const {
    std::int64_t widest = inputSize();
    for (const auto& layer : m_layers)
        widest = std::max(widest, layer.outputs);
    scratch.resize(static_cast<std::size_t>(2 * kBlockRows * widest));
    float* buffers[2] = {scratch.data(), scratch.data() + kBlockRows * widest};
    for (std::int64_t first = 0; first < rows; first += kBlockRows) {
        const auto count = std::min(kBlockRows, rows - first);
        const float* in = prepared.data() + first * inputSize();
        for (std::size_t k = 0; k < m_layers.size(); ++k) {
            const bool last = k + 1 == m_layers.size();
            float* out = last ? outputs.data() + first * outputSize() : buffers[k % 2];
            denseLayer(m_layers[k], in, count, out);
            if (feedsDecoderMeans(k))
                keepLeadingColumns(out, count, m_layers[k].outputs, m_variationalLatent);
            in = out;
        }
    }
}

Result<Tensor> DenseModel::run(const Tensor& prepared, std::size_t layerCount,
                               std::vector<Tensor>* layerOutputs) const {
    LUPA_TRY(checkPrepared(prepared, inputSize(), name()));
    const auto rows = prepared.rowCount();
    Tensor current = prepared;
    if (layerOutputs != nullptr)
        layerOutputs->clear();
    for (std::size_t k = 0; k < layerCount; ++k) {
        auto next = Tensor::zeros({rows, m_layers[k].outputs});
        parallelFor(
            static_cast<std::size_t>(rows),
            [&](std::size_t begin, std::size_t end) {
                for (auto first = static_cast<std::int64_t>(begin); first < static_cast<std::int64_t>(end);
                     first += kBlockRows) {
                    const auto count =
                        std::min<std::int64_t>(kBlockRows, static_cast<std::int64_t>(end) - first);
                    denseLayer(m_layers[k], current.values.data() + first * m_layers[k].inputs, count,
                               next.values.data() + first * m_layers[k].outputs);
                }
            },
            4096);
        if (layerOutputs != nullptr)
            layerOutputs->push_back(next);
        if (feedsDecoderMeans(k) && k + 1 < layerCount) {
            keepLeadingColumns(next.values.data(), rows, m_layers[k].outputs, m_variationalLatent);
            next.shape = {rows, m_variationalLatent};
            next.values.resize(static_cast<std::size_t>(rows * m_variationalLatent));
        }
        current = std::move(next);
    }
    return current;
}

bool DenseModel::feedsDecoderMeans(std::size_t layer) const {
    return m_variationalLatent > 0 && layer + 1 == m_encoderLayers;
}

Result<Tensor> DenseModel::forward(const Tensor& prepared, std::vector<Tensor>* layerOutputs) const {
    return run(prepared, m_layers.size(), layerOutputs);
}

Result<Tensor> DenseModel::encode(const Tensor& prepared) const {
    if (m_encoderLayers == 0)
        return Error::usage(fmt::format("model '{}' has no encoder", name()));
    return run(prepared, m_encoderLayers, nullptr);
}

Result<Tensor> DenseModel::forwardFixed(const Tensor& prepared, const FixedPointConfig& config,
                                        std::vector<Tensor>* layerOutputs) const {
    LUPA_TRY(checkPrepared(prepared, inputSize(), name()));
    LUPA_TRY(config.weights.validate());
    LUPA_TRY(config.data.validate());
    std::vector<std::vector<double>> weights;
    std::vector<std::vector<double>> biases;
    for (const auto& layer : m_layers) {
        weights.push_back(quantised(layer.weights, config.weights));
        biases.push_back(quantised(layer.biases, config.weights));
    }
    const auto rows = prepared.rowCount();
    std::vector<Tensor> outputs;
    for (const auto& layer : m_layers)
        outputs.push_back(Tensor::zeros({rows, layer.outputs}));
    parallelFor(
        static_cast<std::size_t>(rows),
        [&](std::size_t begin, std::size_t end) {
            std::vector<double> in;
            std::vector<double> out;
            for (auto row = static_cast<std::int64_t>(begin); row < static_cast<std::int64_t>(end); ++row) {
                const auto sample = prepared.row(row);
                in.resize(sample.size());
                std::transform(sample.begin(), sample.end(), in.begin(),
                               [&](float v) { return config.data.quantise(v); });
                for (std::size_t k = 0; k < m_layers.size(); ++k) {
                    out.resize(static_cast<std::size_t>(m_layers[k].outputs));
                    fixedLayer(m_layers[k], weights[k], biases[k], config.data, in, out);
                    std::copy(out.begin(), out.end(), outputs[k].row(row).begin());
                    std::swap(in, out);
                    if (feedsDecoderMeans(k))
                        in.resize(static_cast<std::size_t>(m_variationalLatent)); // the means
                }
            }
        },
        256);
    Tensor result = outputs.back();
    if (layerOutputs != nullptr)
        *layerOutputs = std::move(outputs);
    return result;
}

nlohmann::json DenseModel::toExportJson() const {
    auto layers = nlohmann::json::array();
    for (const auto& layer : m_layers)
        layers.push_back({{"inputs", layer.inputs},
                          {"outputs", layer.outputs},
                          {"activation", layer.activation},
                          {"weights", layer.weights},
                          {"biases", layer.biases}});
    auto metadata = m_metadata.toJson();
    return {{"format", "lupa-dense-model"},
            {"version", 1},
            {"kind", name()},
            {"network", m_spec.toJson()},
            {"encoder_layers", m_encoderLayers},
            {"normalisation", m_metadata.normalisation.toJson()},
            {"metadata", metadata},
            {"layers", layers}};
}

} // namespace lupa::ml
