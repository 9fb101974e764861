// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/TorchThreads.hpp"

#include <torch/version.h>
#include <ATen/Parallel.h>

namespace lupa::ml::detail {

void setTorchThreads(int threads) { at::set_num_threads(threads); }

const char* torchVersion() { return TORCH_VERSION; }

} // namespace lupa::ml::detail
