// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/ml/DenseModel.hpp>

#include <filesystem>

namespace lupa::anomaly {

/// Writes an anomaly model as a TorchScript file (atomically), for tools that run TorchScript (e.g.
/// `torch.jit.load` in Python, libtorch in C++). The module holds the whole score: its `forward(x)`
/// takes raw events [N, columns] in the model's column order and returns the anomaly scores [N]
/// exactly as lupa computes them (log(1 + pT) of "_pt" columns, standardisation, padded objects set
/// to 0 and left out of the mean squared error; the reconstruction score also for VAEs);
/// `reconstruct(x)` returns the network's output in
/// standardised units. Parameters: `layer<k>_weight`, `layer<k>_bias`; buffers `mean`, `std`.
/// Needs libtorch (core_ml). A BadInput error when the model is not an anomaly model.
[[nodiscard]] Result<void> exportTorchScript(const ml::DenseModel& model, const std::filesystem::path& path);

} // namespace lupa::anomaly
