// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

namespace lupa {

/// Lets the C library keep freed buffers of up to 512 MB in the heap for reuse instead of handing each
/// one back to the kernel. Image processing allocates and frees many buffers of tens of megabytes
/// (a 4096 x 4096 float map is 64 MB); by default glibc maps each with mmap and unmaps it on free, so
/// every new buffer is page-faulted in again: that took half of the time of a 4096 x 4096 inspection
/// (docs/benchmarks.md). Call once at the start of main(); does nothing outside glibc.
void keepLargeBuffersInTheHeap();

} // namespace lupa
