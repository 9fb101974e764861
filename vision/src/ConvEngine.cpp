// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ConvEngine.hpp"

#include <opencv2/core.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace lupa::vision::detail {
namespace {

// Output pixels per stripe: keeps a stripe's im2col columns and accumulators in the L2 cache.
constexpr int kStripePixels = 1024;

// One input offset of a convolution, relative to (stride * y, stride * x) (px of the input level).
struct Tap {
    int dy = 0;
    int dx = 0;
};

// A convolution as a list of taps: out[o](y, x) = bias[o] + sum_{i, t} w[o][i][t] in[i](s y + dy_t, s x +
// dx_t), zero outside the input; written at (step * y + phaseY, step * x + phaseX) of the output.
struct TapConv {
    int inChannels = 0;
    int outChannels = 0;
    int stride = 1;
    std::vector<Tap> taps;
    std::vector<float> weights; // [out][in][tap]
    const float* biases = nullptr;
    bool relu = false;
    int step = 1;
    int phaseY = 0;
    int phaseX = 0;
};

// The im2col rows of output rows [y0, y1) (outWidth columns each), one row per (channel, tap).
void fillColumns(const FeatureMap& in, const TapConv& conv, int y0, int y1, int outWidth, float* columns) {
    const int taps = static_cast<int>(conv.taps.size());
    const std::size_t count = static_cast<std::size_t>(y1 - y0) * outWidth;
    const int s = conv.stride;
    for (int c = 0; c < in.channels; ++c) {
        const float* plane = in.plane(c);
        for (int t = 0; t < taps; ++t) {
            const auto [dy, dx] = conv.taps[static_cast<std::size_t>(t)];
            float* row = columns + static_cast<std::size_t>(c * taps + t) * count;
            // Columns x with 0 <= s x + dx < width.
            const int xBegin = std::min(outWidth, std::max(0, (-dx + s - 1) / s));
            const int xEnd = std::clamp((in.width - 1 - dx) / s + 1, xBegin, outWidth);
            for (int y = y0; y < y1; ++y, row += outWidth) {
                const int sourceRow = s * y + dy;
                if (sourceRow < 0 || sourceRow >= in.height || in.width - 1 - dx < 0) {
                    std::fill(row, row + outWidth, 0.0f);
                    continue;
                }
                const float* source = plane + static_cast<std::size_t>(sourceRow) * in.width + dx;
                std::fill(row, row + xBegin, 0.0f);
                if (s == 1)
                    std::memcpy(row + xBegin, source + xBegin,
                                sizeof(float) * static_cast<std::size_t>(xEnd - xBegin));
                else
                    for (int x = xBegin; x < xEnd; ++x)
                        row[x] = source[s * x];
                std::fill(row + xEnd, row + outWidth, 0.0f);
            }
        }
    }
}

// accumulators[m][n] = bias[m] + sum_k weights[m][k] columns[k][n], four output channels at a time so
// that each column row is read once per four channels.
void multiply(const TapConv& conv, const float* __restrict columns, std::size_t count,
              float* __restrict acc) {
    const int k = conv.inChannels * static_cast<int>(conv.taps.size());
    for (int m0 = 0; m0 < conv.outChannels; m0 += 4) {
        const int block = std::min(4, conv.outChannels - m0);
        for (int j = 0; j < block; ++j)
            std::fill(acc + (m0 + j) * count, acc + (m0 + j + 1) * count, conv.biases[m0 + j]);
        const float* w = conv.weights.data() + static_cast<std::size_t>(m0) * k;
        if (block == 4) {
            float* __restrict a0 = acc + m0 * count;
            float* __restrict a1 = a0 + count;
            float* __restrict a2 = a1 + count;
            float* __restrict a3 = a2 + count;
            for (int kk = 0; kk < k; ++kk) {
                const float w0 = w[kk], w1 = w[k + kk], w2 = w[2 * k + kk], w3 = w[3 * k + kk];
                const float* __restrict row = columns + static_cast<std::size_t>(kk) * count;
                for (std::size_t n = 0; n < count; ++n) {
                    const float v = row[n];
                    a0[n] += w0 * v;
                    a1[n] += w1 * v;
                    a2[n] += w2 * v;
                    a3[n] += w3 * v;
                }
            }
            continue;
        }
        for (int j = 0; j < block; ++j) {
            float* __restrict a = acc + (m0 + j) * count;
            for (int kk = 0; kk < k; ++kk) {
                const float wj = w[static_cast<std::size_t>(j) * k + kk];
                const float* __restrict row = columns + static_cast<std::size_t>(kk) * count;
                for (std::size_t n = 0; n < count; ++n)
                    a[n] += wj * row[n];
            }
        }
    }
}

void storeStripe(const TapConv& conv, const float* acc, int y0, int y1, int outWidth, FeatureMap& out) {
    const std::size_t count = static_cast<std::size_t>(y1 - y0) * outWidth;
    for (int m = 0; m < conv.outChannels; ++m) {
        const float* source = acc + m * count;
        float* plane = out.plane(m);
        for (int y = y0; y < y1; ++y, source += outWidth) {
            float* target =
                plane + static_cast<std::size_t>(conv.step * y + conv.phaseY) * out.width + conv.phaseX;
            if (conv.step == 1 && !conv.relu) {
                std::memcpy(target, source, sizeof(float) * static_cast<std::size_t>(outWidth));
                continue;
            }
            for (int x = 0; x < outWidth; ++x)
                target[conv.step * x] = conv.relu ? std::max(source[x], 0.0f) : source[x];
        }
    }
}

// Runs the convolutions `convs` (all of the same output size outHeight x outWidth at their own level)
// over row stripes in parallel.
void runTapConvs(const FeatureMap& in, const std::vector<TapConv>& convs, int outHeight, int outWidth,
                 FeatureMap& out) {
    const int rows = std::max(1, kStripePixels / std::max(1, outWidth));
    const int stripes = (outHeight + rows - 1) / rows;
    const int total = stripes * static_cast<int>(convs.size());
    cv::parallel_for_(cv::Range(0, total), [&](const cv::Range& range) {
        std::vector<float> columns;
        std::vector<float> acc;
        for (int index = range.start; index < range.end; ++index) {
            const auto& conv = convs[static_cast<std::size_t>(index % static_cast<int>(convs.size()))];
            const int y0 = (index / static_cast<int>(convs.size())) * rows;
            const int y1 = std::min(outHeight, y0 + rows);
            const std::size_t count = static_cast<std::size_t>(y1 - y0) * outWidth;
            columns.resize(count * conv.inChannels * conv.taps.size());
            acc.resize(count * conv.outChannels);
            fillColumns(in, conv, y0, y1, outWidth, columns.data());
            multiply(conv, columns.data(), count, acc.data());
            storeStripe(conv, acc.data(), y0, y1, outWidth, out);
        }
    });
}

FeatureMap convolve(const FeatureMap& in, const ml::ConvLayer& layer, bool relu) {
    TapConv conv;
    conv.inChannels = static_cast<int>(layer.inChannels);
    conv.outChannels = static_cast<int>(layer.outChannels);
    conv.stride = layer.stride;
    for (int ky = 0; ky < 3; ++ky)
        for (int kx = 0; kx < 3; ++kx)
            conv.taps.push_back({ky - 1, kx - 1});
    conv.weights = layer.weights; // (out, in, 3, 3) is [out][in][tap] already
    conv.biases = layer.biases.data();
    conv.relu = relu;
    const int outHeight = (in.height - 1) / layer.stride + 1;
    const int outWidth = (in.width - 1) / layer.stride + 1;
    auto out = FeatureMap::zeros(conv.outChannels, outHeight, outWidth);
    runTapConvs(in, {conv}, outHeight, outWidth, out);
    return out;
}

// Kernel rows (or columns) that a nearest upsampling x2 maps onto each low-resolution offset, per
// output phase: phase 0 reads rows y-1 (kernel row 0) and y (rows 1, 2); phase 1 reads y (rows 0, 1)
// and y+1 (row 2).
struct PhaseTaps {
    std::array<int, 2> offsets;
    std::array<std::array<bool, 3>, 2> kernelRows;
};
constexpr std::array<PhaseTaps, 2> kPhaseTaps{{{{-1, 0}, {{{true, false, false}, {false, true, true}}}},
                                               {{0, 1}, {{{true, true, false}, {false, false, true}}}}}};

TapConv phaseConv(const ml::ConvLayer& layer, bool relu, int phaseY, int phaseX) {
    TapConv conv;
    conv.inChannels = static_cast<int>(layer.inChannels);
    conv.outChannels = static_cast<int>(layer.outChannels);
    conv.biases = layer.biases.data();
    conv.relu = relu;
    conv.step = 2;
    conv.phaseY = phaseY;
    conv.phaseX = phaseX;
    const auto& rows = kPhaseTaps[static_cast<std::size_t>(phaseY)];
    const auto& cols = kPhaseTaps[static_cast<std::size_t>(phaseX)];
    for (int a = 0; a < 2; ++a)
        for (int b = 0; b < 2; ++b)
            conv.taps.push_back(
                {rows.offsets[static_cast<std::size_t>(a)], cols.offsets[static_cast<std::size_t>(b)]});
    conv.weights.assign(static_cast<std::size_t>(conv.outChannels) * conv.inChannels * 4, 0.0f);
    for (std::size_t oi = 0; oi < static_cast<std::size_t>(conv.outChannels) * conv.inChannels; ++oi)
        for (std::size_t a = 0; a < 2; ++a)
            for (std::size_t b = 0; b < 2; ++b)
                for (std::size_t ky = 0; ky < 3; ++ky)
                    for (std::size_t kx = 0; kx < 3; ++kx)
                        if (rows.kernelRows[a][ky] && cols.kernelRows[b][kx])
                            conv.weights[oi * 4 + a * 2 + b] += layer.weights[oi * 9 + ky * 3 + kx];
    return conv;
}

FeatureMap upsampleConvolve(const FeatureMap& in, const ml::ConvLayer& layer, bool relu) {
    std::vector<TapConv> convs;
    for (int phaseY = 0; phaseY < 2; ++phaseY)
        for (int phaseX = 0; phaseX < 2; ++phaseX)
            convs.push_back(phaseConv(layer, relu, phaseY, phaseX));
    auto out = FeatureMap::zeros(static_cast<int>(layer.outChannels), 2 * in.height, 2 * in.width);
    runTapConvs(in, convs, in.height, in.width, out);
    return out;
}

FeatureMap upsample(const FeatureMap& in) {
    auto out = FeatureMap::zeros(in.channels, 2 * in.height, 2 * in.width);
    for (int c = 0; c < in.channels; ++c)
        for (int y = 0; y < out.height; ++y)
            for (int x = 0; x < out.width; ++x)
                out.plane(c)[y * out.width + x] = in.plane(c)[(y / 2) * in.width + x / 2];
    return out;
}

FeatureMap maxPool(const FeatureMap& in) {
    auto out = FeatureMap::zeros(in.channels, in.height / 2, in.width / 2);
    for (int c = 0; c < in.channels; ++c) {
        const float* p = in.plane(c);
        for (int y = 0; y < out.height; ++y)
            for (int x = 0; x < out.width; ++x) {
                const float* q = p + (2 * y) * in.width + 2 * x;
                out.plane(c)[y * out.width + x] =
                    std::max(std::max(q[0], q[1]), std::max(q[in.width], q[in.width + 1]));
            }
    }
    return out;
}

FeatureMap globalAveragePool(const FeatureMap& in) {
    auto out = FeatureMap::zeros(in.channels, 1, 1);
    const std::size_t count = static_cast<std::size_t>(in.height) * in.width;
    for (int c = 0; c < in.channels; ++c) {
        double sum = 0;
        for (std::size_t i = 0; i < count; ++i)
            sum += in.plane(c)[i];
        out.values[static_cast<std::size_t>(c)] = static_cast<float>(sum / static_cast<double>(count));
    }
    return out;
}

FeatureMap linear(const FeatureMap& in, const ml::ConvLayer& layer) {
    auto out = FeatureMap::zeros(static_cast<int>(layer.outChannels), 1, 1);
    for (std::size_t o = 0; o < out.values.size(); ++o) {
        double sum = layer.biases[o];
        for (std::size_t i = 0; i < in.values.size(); ++i)
            sum += static_cast<double>(layer.weights[o * in.values.size() + i]) * in.values[i];
        out.values[o] = static_cast<float>(sum);
    }
    return out;
}

bool isStep(const std::vector<ml::ConvLayer>& layers, std::size_t index, ml::ConvStep step) {
    return index < layers.size() && layers[index].step == step;
}

} // namespace

FeatureMap FeatureMap::zeros(int channels, int height, int width) {
    return {channels, height, width,
            std::vector<float>(static_cast<std::size_t>(channels) * static_cast<std::size_t>(height) * width,
                               0.0f)};
}

FeatureMap runConvNetwork(const ml::ConvNetwork& network, FeatureMap x) {
    using ml::ConvStep;
    const auto& layers = network.layers;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const auto& layer = layers[i];
        switch (layer.step) {
        case ConvStep::Conv3x3: {
            const bool relu = isStep(layers, i + 1, ConvStep::Relu);
            x = convolve(x, layer, relu);
            i += relu ? 1 : 0;
            break;
        }
        case ConvStep::Upsample2:
            if (isStep(layers, i + 1, ConvStep::Conv3x3) && layers[i + 1].stride == 1) {
                const bool relu = isStep(layers, i + 2, ConvStep::Relu);
                x = upsampleConvolve(x, layers[i + 1], relu);
                i += relu ? 2 : 1;
            } else {
                x = upsample(x);
            }
            break;
        case ConvStep::Relu:
            for (auto& value : x.values)
                value = std::max(value, 0.0f);
            break;
        case ConvStep::Sigmoid:
            for (auto& value : x.values)
                value = 1.0f / (1.0f + std::exp(-value));
            break;
        case ConvStep::MaxPool2:
            x = maxPool(x);
            break;
        case ConvStep::GlobalAvgPool:
            x = globalAveragePool(x);
            break;
        case ConvStep::Linear:
            x = linear(x, layer);
            break;
        }
    }
    return x;
}

} // namespace lupa::vision::detail
