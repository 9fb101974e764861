// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: DeepPCB box files, as ground truth (`x1 y1 x2 y2 type`) and as predictions
// (`x1,y1,x2,y2,confidence,type`).
#include "FuzzInput.hpp"

#include <lupa/core/inspection/DeepPcb.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto path = lupa::fuzz::asFile(data, size, "00000001.txt");
    (void)lupa::inspection::readBoxFile(path);
    (void)lupa::inspection::readDetectionFile(path);
    return 0;
}
