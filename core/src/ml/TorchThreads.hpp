// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

namespace lupa::ml::detail {

/// Sets libtorch's intra-op thread count (Debian's libtorch starts with one thread).
void setTorchThreads(int threads);

/// libtorch's version string ("1.13.0").
const char* torchVersion();

} // namespace lupa::ml::detail
