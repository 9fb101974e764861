// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/TorchThreads.hpp"

#include <lupa/core/Parallel.hpp>

#include <ATen/Parallel.h>
#include <exception>

namespace lupa::ml::detail {

void setTorchThreads(int threads) {
    if (threads < 1)
        return; // libtorch throws on a count below one
    try {
        at::set_num_threads(threads);
    } catch (const std::exception&) {
        // A thread count libtorch refuses leaves its previous one: not worth failing the caller.
    }
}

void followThreadCount() {
    const int wanted = threadCount();
    if (at::get_num_threads() != wanted)
        setTorchThreads(wanted);
}

int torchThreads() {
    return at::get_num_threads();
}

} // namespace lupa::ml::detail
