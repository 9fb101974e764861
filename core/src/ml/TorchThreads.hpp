// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

namespace lupa::ml::detail {

/// Sets libtorch's intra-op thread count (Debian's libtorch starts with one thread); counts below
/// one are ignored.
void setTorchThreads(int threads);

/// Gives libtorch lupa's thread count (lupa::threadCount()) when it has another one. Every entry
/// point of the ML layer calls this, so Preferences > Threads reaches libtorch at its next use.
void followThreadCount();

/// libtorch's intra-op thread count now.
int torchThreads();

} // namespace lupa::ml::detail
