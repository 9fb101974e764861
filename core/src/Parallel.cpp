// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Parallel.hpp>

#include <tbb/blocked_range.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <thread>

namespace lupa {
namespace {

std::mutex g_mutex;
std::unique_ptr<tbb::global_control> g_control;
int g_threads = 0; // 0: not set, use the hardware

} // namespace

int hardwareThreadCount() {
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

void setThreadCount(int threads) {
    std::lock_guard lock(g_mutex);
    g_threads = threads > 0 ? threads : hardwareThreadCount();
    g_control = std::make_unique<tbb::global_control>(tbb::global_control::max_allowed_parallelism,
                                                      static_cast<std::size_t>(g_threads));
}

int threadCount() {
    std::lock_guard lock(g_mutex);
    return g_threads > 0 ? g_threads : hardwareThreadCount();
}

void parallelFor(std::size_t count, const std::function<void(std::size_t, std::size_t)>& body,
                 std::size_t grain) {
    if (count == 0)
        return;
    tbb::parallel_for(
        tbb::blocked_range<std::size_t>(0, count, std::max<std::size_t>(grain, 1)),
        [&](const tbb::blocked_range<std::size_t>& range) { body(range.begin(), range.end()); });
}

} // namespace lupa
