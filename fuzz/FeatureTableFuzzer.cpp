// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: the feature-table reader of anomaly detection on CSV input (plain or gzip), with a
// label and a weight column and each NaN policy.
#include "FuzzInput.hpp"

#include <lupa/core/anomaly/FeatureTable.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto path = lupa::fuzz::asFile(data, size, "table.csv");
    lupa::anomaly::TableOptions options;
    (void)lupa::anomaly::readFeatureTable(path, options);
    options.labelColumn = "label";
    options.weightColumn = "weight";
    options.nonFinite = size % 2 == 0 ? lupa::anomaly::NonFinitePolicy::Mask : lupa::anomaly::NonFinitePolicy::Drop;
    (void)lupa::anomaly::readFeatureTable(path, options);
    return 0;
}
