// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/MemoryTuning.hpp>

#include <cstddef> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace lupa {

void keepLargeBuffersInTheHeap() {
#if defined(__GLIBC__)
    constexpr int kLargestHeapBuffer = 512 << 20; // bytes; larger ones are still mapped and unmapped
    constexpr int kTrimAbove = 1 << 30;           // free bytes at the heap top before it shrinks
    mallopt(M_MMAP_THRESHOLD, kLargestHeapBuffer);
    mallopt(M_TRIM_THRESHOLD, kTrimAbove);
#endif
}

} // namespace lupa
