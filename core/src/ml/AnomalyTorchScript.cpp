// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// anomaly::exportTorchScript (core/include/lupa/core/anomaly/TorchScriptExport.hpp): here because only
// core/src/ml may include libtorch.
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/anomaly/Scoring.hpp>
#include <lupa/core/anomaly/TorchScriptExport.hpp>

#include <fmt/format.h>
#include <torch/script.h>

#include <sstream>

namespace lupa::anomaly {
namespace {

torch::Tensor floats(const std::vector<float>& values, std::vector<std::int64_t> shape) {
    return torch::tensor(values, torch::kFloat32).reshape(shape).clone();
}

torch::Tensor doubles(const std::vector<double>& values) {
    return torch::tensor(values, torch::kFloat64).to(torch::kFloat32);
}

// TorchScript for one layer's non-linearity applied to `x`.
std::string activationSource(const std::string& activation) {
    if (activation == "relu")
        return "torch.relu(x)";
    if (activation == "tanh")
        return "torch.tanh(x)";
    if (activation == "leaky_relu")
        return "torch.leaky_relu(x, 0.01)";
    if (activation == "sigmoid")
        return "torch.sigmoid(x)";
    return "x";
}

std::string reconstructSource(const ml::DenseModel& model) {
    std::string body = "def reconstruct(self, x):\n";
    for (std::size_t k = 0; k < model.layers().size(); ++k) {
        body += fmt::format("    x = torch.matmul(x, self.layer{0}_weight.t()) + self.layer{0}_bias\n"
                            "    x = {1}\n",
                            k, activationSource(model.layers()[k].activation));
        if (model.variationalLatent() > 0 && k + 1 == model.encoderLayerCount())
            body += fmt::format("    x = x[:, :{}]\n", model.variationalLatent()); // a VAE decodes the means
    }
    return body + "    return x\n";
}

// The inputs as the network sees them and their mask, then the masked mean squared error.
const char* kScoreSource = R"(
def prepare(self, x):
    present = torch.logical_or(self.unkeyed, torch.index_select(x, 1, self.keys) != 0)
    x = torch.where(self.log_pt, torch.log1p(torch.clamp(x, min=0.0)), x)
    x = (x - self.mean) / self.std
    return torch.where(present, x, torch.zeros_like(x)), present

def forward(self, x):
    inputs, present = self.prepare(x)
    output = self.reconstruct(inputs)
    weight = present.float()
    squares = torch.square(output - inputs) * weight
    return torch.sum(squares, 1) / torch.clamp(torch.sum(weight, 1), min=1.0)
)";

void registerBuffers(torch::jit::Module& module, const ml::DenseModel& model, const AnomalyModelInfo& info) {
    const auto width = static_cast<std::int64_t>(info.columns.size());
    const auto& normalisation = model.metadata().normalisation;
    const auto mean = normalisation.isIdentity() ? torch::zeros({width}) : doubles(normalisation.mean);
    const auto stdDev = normalisation.isIdentity() ? torch::ones({width}) : doubles(normalisation.stdDev);
    module.register_buffer("mean", mean.expand({width}).clone());
    module.register_buffer("std", stdDev.expand({width}).clone());
    auto keys = info.maskPaddedObjects ? paddingKeys(info.columns)
                                       : std::vector<std::int64_t>(info.columns.size(), -1);
    std::vector<bool> unkeyed, logPt;
    for (std::size_t c = 0; c < keys.size(); ++c) {
        unkeyed.push_back(keys[c] < 0);
        keys[c] = keys[c] < 0 ? static_cast<std::int64_t>(c) : keys[c];
        logPt.push_back(info.logPt && info.columns[c].ends_with("_pt"));
    }
    module.register_buffer("keys", torch::tensor(keys, torch::kInt64));
    auto asBool = [](const std::vector<bool>& flags) {
        std::vector<std::uint8_t> bytes(flags.begin(), flags.end());
        return torch::tensor(bytes, torch::kUInt8).to(torch::kBool);
    };
    module.register_buffer("unkeyed", asBool(unkeyed));
    module.register_buffer("log_pt", asBool(logPt));
}

} // namespace

Result<void> exportTorchScript(const ml::DenseModel& model, const std::filesystem::path& path) {
    auto info = AnomalyModelInfo::fromMetadata(model.metadata());
    if (!info)
        return Error::badInput(info.error().message, model.source());
    try {
        torch::NoGradGuard noGrad;
        torch::jit::Module module("LupaAnomalyAutoencoder");
        for (std::size_t k = 0; k < model.layers().size(); ++k) {
            const auto& layer = model.layers()[k];
            module.register_parameter(fmt::format("layer{}_weight", k),
                                      floats(layer.weights, {layer.outputs, layer.inputs}), false);
            module.register_parameter(fmt::format("layer{}_bias", k), floats(layer.biases, {layer.outputs}),
                                      false);
        }
        registerBuffers(module, model, *info);
        module.define(reconstructSource(model));
        module.define(kScoreSource);
        std::ostringstream bytes;
        module.save(bytes);
        return writeFileAtomically(path, bytes.str());
    } catch (const c10::Error& error) {
        return Error::runtime(fmt::format("cannot write the TorchScript module {}: {}", path.string(),
                                          error.what_without_backtrace()));
    } catch (const std::exception& error) {
        return Error::runtime(
            fmt::format("cannot write the TorchScript module {}: {}", path.string(), error.what()));
    }
}

} // namespace lupa::anomaly
