// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Hdf5File.hpp>
#include <lupa/core/Json.hpp>
#include <lupa/core/Version.hpp>
#include <lupa/core/anomaly/EventSimulator.hpp>
#include <lupa/core/anomaly/FeatureTable.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace lupa::anomaly {
namespace {

constexpr std::size_t kBlockEvents = 10000;

Result<void> checkOptions(const EventSimulatorOptions& options) {
    const bool signal = options.process != Process::Background;
    if (signal && !(options.massScale >= 0.01 && options.massScale <= 100.0))
        return Error::usage(fmt::format("the mass scale must be in [0.01, 100], not {}", options.massScale));
    if (options.quantisationBits < 0 || options.quantisationBits > 20)
        return Error::usage(fmt::format("the quantisation must be 0 to 20 fractional bits, not {}",
                                        options.quantisationBits));
    return success();
}

Json settingsJson(const EventSimulatorOptions& options, std::uint64_t events) {
    return {{"generator", "lupa toy ADC2021 event generator"},
            {"process", std::string(processName(options.process))},
            {"events", events},
            {"seed", options.seed},
            {"mass_scale", options.massScale},
            {"quantisation_bits", options.quantisationBits},
            {"lupa_version", version()}};
}

} // namespace

Result<void> writeSimulatedEvents(const std::filesystem::path& path, const EventSimulatorOptions& options,
                                  std::uint64_t events, ProgressSink& progress) {
    LUPA_TRY(checkOptions(options));
    auto file = Hdf5File::create(path);
    if (!file)
        return std::move(file).error();
    LUPA_TRY(file->createRowDataset<float>(kAdcDataset, Shape{kAdcObjects, kAdcValuesPerObject}));
    const EventSimulator simulator(options);
    for (std::uint64_t first = 0; first < events; first += kBlockEvents) {
        if (progress.isCancelled())
            return Error::cancelled(); // the file's destructor removes the temporary
        const auto count = static_cast<std::size_t>(std::min<std::uint64_t>(kBlockEvents, events - first));
        const std::vector<float> block = simulator.simulate(first, count);
        LUPA_TRY(file->appendRows<float>(kAdcDataset, block));
        progress.report(static_cast<double>(first + count) / static_cast<double>(events),
                        "simulating events");
    }
    LUPA_TRY(file->writeAttribute("lupa_simulation", settingsJson(options, events).dump()));
    return file->commit();
}

} // namespace lupa::anomaly
